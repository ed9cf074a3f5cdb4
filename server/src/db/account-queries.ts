import type { DataSource } from "typeorm";
import type { StoredKeys } from "./attachment-queries";
import { CompiledQuery } from "./compiled-query";
import { returned } from "./returned";
import { MESSAGE_COLUMNS, type MessageRow } from "./message-queries";
import { VISIBLE_TO_USER } from "./visibility";

/** A group as the export lists it: the person's role and when they joined. */
export interface MembershipRow {
  id: number | string;
  name: string;
  role: "admin" | "member";
  joined_at: number | string;
  created_at: number | string;
}

/** What a deletion leaves to free outside the database. */
export interface FreedStorage {
  uploads: StoredKeys[];
  avatarKey: string | null;
}

/** The tombstone's username: the pattern registration refuses, so it never names a live account. */
export const tombstoneUsername = (userId: number) => `deleted-${userId}`;
export const DELETED_NAME = "Deleted account";

/** Rows of the person's own, for the export (read in keyset pages) and the deletion. */
export class AccountQueries {
  private readonly page: CompiledQuery<{ userId: number; afterId: number; limit: number }>;
  private readonly memberships: CompiledQuery<{ userId: number }>;

  constructor(private readonly dataSource: DataSource) {
    // Everything they may read now, and everything they ever sent (a group they left included).
    this.page = new CompiledQuery(
      dataSource,
      `SELECT ${MESSAGE_COLUMNS} FROM "messages" m
        WHERE m."id" > :afterId AND (m."sender_id" = :userId OR ${VISIBLE_TO_USER})
        ORDER BY m."id" LIMIT :limit`,
      ["userId", "afterId", "limit"],
    );
    this.memberships = new CompiledQuery(
      dataSource,
      `SELECT g."id", g."name", gm."role", gm."joined_at", g."created_at" FROM "group_members" gm JOIN "groups" g ON g."id" = gm."group_id"
        WHERE gm."user_id" = :userId ORDER BY g."id"`,
      ["userId"],
    );
  }

  /** Up to `limit` messages with ids above `afterId`, oldest first. */
  messagesAfter(userId: number, afterId: number, limit: number): Promise<MessageRow[]> {
    return this.page.run<MessageRow>({ userId, afterId, limit });
  }

  groupsOf(userId: number): Promise<MembershipRow[]> {
    return this.memberships.run<MembershipRow>({ userId });
  }

  /**
   * Turns the account into a tombstone in one transaction: its name held until `heldUntil`, its
   * personal columns cleared, its uploads, blocks, push endpoints and mailed tokens deleted. The
   * row stays, so the messages it sent stay in other people's histories. Null when already gone.
   */
  async tombstone(userId: number, heldUntil: number, now: number): Promise<FreedStorage | null> {
    return this.dataSource.transaction(async (manager) => {
      const run = <R>(text: string, parameters: Record<string, unknown>): Promise<R[]> => {
        const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(text, parameters);
        return manager.query(sql, values);
      };
      const [user] = await run<{ username: string; avatar_key: string | null }>(
        `SELECT "username", "avatar_key" FROM "users" WHERE "id" = :id AND "deleted_at" IS NULL`,
        { id: userId },
      );
      if (!user) return null;
      const username = user.username.toLowerCase();
      await run(`DELETE FROM "held_usernames" WHERE "username" = :username`, { username });
      await run(`INSERT INTO "held_usernames" ("username", "held_until") VALUES (:username, :heldUntil)`, { username, heldUntil });
      const placeholder = tombstoneUsername(userId);
      await run(
        `UPDATE "users" SET "username" = :placeholder, "email" = :email, "password_hash" = '!', "display_name" = :name, "status_text" = NULL,
          "avatar_key" = NULL, "email_verified_at" = NULL, "deleted_at" = :now WHERE "id" = :id`,
        { placeholder, email: `${placeholder}@deleted.invalid`, name: DELETED_NAME, now, id: userId },
      );
      const uploads = returned(
        await run<StoredKeys>(`DELETE FROM "attachments" WHERE "uploader_id" = :id RETURNING "storage_key", "thumbnail_key"`, { id: userId }),
      );
      await run(`DELETE FROM "blocks" WHERE "blocker_id" = :id OR "blocked_id" = :id`, { id: userId });
      for (const table of ["push_subscriptions", "push_preferences", "push_native_tokens", "email_tokens"]) {
        await run(`DELETE FROM "${table}" WHERE "user_id" = :id`, { id: userId });
      }
      return { uploads, avatarKey: user.avatar_key };
    });
  }
}
