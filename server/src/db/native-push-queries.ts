import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { idList } from "./id-list";
import { keepNewest, saveDeviceRow } from "./device-rows";
import { returned } from "./returned";

export type NativePlatform = "android" | "ios";

/** An app install's registration token as stored. */
export interface NativeTokenRow {
  user_id: number | string;
  token: string;
  platform: NativePlatform;
  created_at: number | string;
}

export type NewNativeToken = { userId: number; token: string; platform: NativePlatform; createdAt: number };

const COLUMNS = `"user_id", "token", "platform", "created_at"`;

/** Every statement about `push_native_tokens`. */
export class NativePushQueries {
  private readonly insertNew: CompiledQuery<NewNativeToken>;
  private readonly takeOver: CompiledQuery<NewNativeToken>;
  private readonly trim: CompiledQuery<{ userId: number; keep: number }>;
  private readonly deleteOwn: CompiledQuery<{ userId: number; token: string }>;
  private readonly deleteAny: CompiledQuery<{ token: string }>;

  constructor(private readonly dataSource: DataSource) {
    const fields = ["userId", "token", "platform", "createdAt"] as const;
    this.insertNew = new CompiledQuery(
      dataSource,
      `INSERT INTO "push_native_tokens" ("user_id", "token", "platform", "created_at") VALUES (:userId, :token, :platform, :createdAt)
       ON CONFLICT ("token") DO NOTHING RETURNING ${COLUMNS}`,
      [...fields],
    );
    // The device changed hands (another account logged in on it): the token moves, and counts as new for its new holder.
    this.takeOver = new CompiledQuery(
      dataSource,
      `UPDATE "push_native_tokens" SET "user_id" = :userId, "platform" = :platform,
         "created_at" = CASE WHEN "user_id" = :userId THEN "created_at" ELSE CAST(:createdAt AS bigint) END
       WHERE "token" = :token RETURNING ${COLUMNS}`,
      [...fields],
    );
    this.trim = keepNewest(dataSource, "push_native_tokens");
    this.deleteOwn = new CompiledQuery(
      dataSource,
      `DELETE FROM "push_native_tokens" WHERE "user_id" = :userId AND "token" = :token RETURNING "token"`,
      ["userId", "token"],
    );
    this.deleteAny = new CompiledQuery(dataSource, `DELETE FROM "push_native_tokens" WHERE "token" = :token`, ["token"]);
  }

  /** Stores the token for the user (moving it from whoever held it), then keeps only the user's `keep` newest. */
  async save(token: NewNativeToken, keep: number): Promise<{ row: NativeTokenRow; created: boolean }> {
    return saveDeviceRow<NewNativeToken, NativeTokenRow>({ insertNew: this.insertNew, takeOver: this.takeOver, trim: this.trim }, token, keep);
  }

  /** False when the user holds no such token. */
  async remove(userId: number, token: string): Promise<boolean> {
    return returned(await this.deleteOwn.run<{ token: string }>({ userId, token })).length > 0;
  }

  /** FCM said the token is no longer valid: whoever holds it loses it. */
  async forget(token: string): Promise<void> {
    await this.deleteAny.run({ token });
  }

  async tokensOf(userIds: readonly number[]): Promise<NativeTokenRow[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.query<NativeTokenRow[]>(
      `SELECT ${COLUMNS} FROM "push_native_tokens" WHERE "user_id" IN (${idList(userIds)}) ORDER BY "id"`,
    );
  }
}
