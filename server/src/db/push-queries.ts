import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { idList } from "./id-list";
import { keepNewest, saveDeviceRow } from "./device-rows";
import { returned } from "./returned";

/** A browser's subscription as stored. */
export interface PushSubscriptionRow {
  user_id: number | string;
  endpoint: string;
  p256dh: string;
  auth: string;
  expiration_time: number | string | null;
  created_at: number | string;
}

export type NewSubscription = {
  userId: number;
  endpoint: string;
  p256dh: string;
  auth: string;
  expirationTime: number | null;
  userAgent: string | null;
  createdAt: number;
};

const COLUMNS = `"user_id", "endpoint", "p256dh", "auth", "expiration_time", "created_at"`;

/** Every statement about `push_subscriptions` and `push_preferences`. */
export class PushQueries {
  private readonly insertNew: CompiledQuery<NewSubscription>;
  private readonly takeOver: CompiledQuery<NewSubscription>;
  private readonly trim: CompiledQuery<{ userId: number; keep: number }>;
  private readonly deleteOwn: CompiledQuery<{ userId: number; endpoint: string }>;
  private readonly deleteAny: CompiledQuery<{ endpoint: string }>;
  private readonly previewsOf: CompiledQuery<{ userId: number }>;
  private readonly upsertPreviews: CompiledQuery<{ userId: number; previews: boolean | number }>;

  constructor(private readonly dataSource: DataSource) {
    const fields = ["userId", "endpoint", "p256dh", "auth", "expirationTime", "userAgent", "createdAt"] as const;
    this.insertNew = new CompiledQuery(
      dataSource,
      `INSERT INTO "push_subscriptions" ("user_id", "endpoint", "p256dh", "auth", "expiration_time", "user_agent", "created_at")
       VALUES (:userId, :endpoint, :p256dh, :auth, :expirationTime, :userAgent, :createdAt)
       ON CONFLICT ("endpoint") DO NOTHING RETURNING ${COLUMNS}`,
      [...fields],
    );
    // The same browser again (new keys after a re-subscribe), or now logged in as someone else: the row moves.
    this.takeOver = new CompiledQuery(
      dataSource,
      `UPDATE "push_subscriptions" SET "user_id" = :userId, "p256dh" = :p256dh, "auth" = :auth, "expiration_time" = :expirationTime,
         "user_agent" = :userAgent, "created_at" = CASE WHEN "user_id" = :userId THEN "created_at" ELSE CAST(:createdAt AS bigint) END
       WHERE "endpoint" = :endpoint RETURNING ${COLUMNS}`,
      [...fields],
    );
    this.trim = keepNewest(dataSource, "push_subscriptions");
    this.deleteOwn = new CompiledQuery(
      dataSource,
      `DELETE FROM "push_subscriptions" WHERE "user_id" = :userId AND "endpoint" = :endpoint RETURNING "endpoint"`,
      ["userId", "endpoint"],
    );
    this.deleteAny = new CompiledQuery(dataSource, `DELETE FROM "push_subscriptions" WHERE "endpoint" = :endpoint`, ["endpoint"]);
    this.previewsOf = new CompiledQuery(dataSource, `SELECT "previews" FROM "push_preferences" WHERE "user_id" = :userId`, ["userId"]);
    this.upsertPreviews = new CompiledQuery(
      dataSource,
      `INSERT INTO "push_preferences" ("user_id", "previews") VALUES (:userId, :previews)
       ON CONFLICT ("user_id") DO UPDATE SET "previews" = excluded."previews"`,
      ["userId", "previews"],
    );
  }

  /**
   * Stores the subscription for the user (moving it from whoever held the endpoint), then keeps only
   * the user's `keep` newest. `created`: the endpoint was not stored before.
   */
  async save(subscription: NewSubscription, keep: number): Promise<{ row: PushSubscriptionRow; created: boolean }> {
    return saveDeviceRow<NewSubscription, PushSubscriptionRow>(
      { insertNew: this.insertNew, takeOver: this.takeOver, trim: this.trim },
      subscription,
      keep,
    );
  }

  /** False when the user has no subscription with that endpoint. */
  async remove(userId: number, endpoint: string): Promise<boolean> {
    return returned(await this.deleteOwn.run<{ endpoint: string }>({ userId, endpoint })).length > 0;
  }

  /** The push service said the subscription is gone (404/410): whoever holds it loses it. */
  async forget(endpoint: string): Promise<void> {
    await this.deleteAny.run({ endpoint });
  }

  async previews(userId: number): Promise<boolean> {
    const [row] = await this.previewsOf.run<{ previews: boolean | number }>({ userId });
    return row === undefined || Boolean(row.previews);
  }

  async setPreviews(userId: number, previews: boolean): Promise<void> {
    await this.upsertPreviews.run({ userId, previews: this.isPostgres ? previews : Number(previews) });
  }

  /** These people's browsers. */
  async subscriptionsOf(userIds: readonly number[]): Promise<PushSubscriptionRow[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.query<PushSubscriptionRow[]>(
      `SELECT ${COLUMNS} FROM "push_subscriptions" WHERE "user_id" IN (${idList(userIds)}) ORDER BY "id"`,
    );
  }

  /** Who among these people turned previews off. */
  async previewsOffAmong(userIds: readonly number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const off = await this.dataSource.query<Array<{ user_id: number | string }>>(
      `SELECT "user_id" FROM "push_preferences" WHERE "user_id" IN (${idList(userIds)}) AND "previews" = ${this.isPostgres ? "false" : "0"}`,
    );
    return new Set(off.map((row) => Number(row.user_id)));
  }

  /** The sender's name and, for a group message, the group's. */
  async names(senderId: number, groupId: number | null): Promise<{ sender: string | null; group: string | null }> {
    const [sender] = await this.dataSource.query<Array<{ username: string }>>(`SELECT "username" FROM "users" WHERE "id" = ${idList([senderId])}`);
    const [group] =
      groupId === null ? [] : await this.dataSource.query<Array<{ name: string }>>(`SELECT "name" FROM "groups" WHERE "id" = ${idList([groupId])}`);
    return { sender: sender?.username ?? null, group: group?.name ?? null };
  }

  private get isPostgres(): boolean {
    return this.dataSource.driver.options.type === "postgres";
  }
}
