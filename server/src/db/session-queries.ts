import type { DataSource } from "typeorm";
import { User } from "../entities/User";
import { CompiledQuery } from "./compiled-query";
import { returned } from "./returned";

export interface SessionRow {
  id: number | string;
  user_agent: string | null;
  created_at: number | string;
  last_used_at: number | string;
}

/** A live session with its user, as one authenticated request needs them. */
export interface LiveSession {
  user: User;
  lastUsedAt: number;
  expiresAt: number;
}

interface LiveRow {
  user_id: number | string;
  username: string;
  email: string;
  user_created_at: number | string;
  last_seen_at: number | string | null;
  email_verified_at: number | string | null;
  display_name: string | null;
  status_text: string | null;
  avatar_key: string | null;
  last_used_at: number | string;
  expires_at: number | string;
}

type NewSession = { userId: number; userAgent: string | null; createdAt: number; expiresAt: number };

const LIST_COLUMNS = `"id", "user_agent", "created_at", "last_used_at"`;

/** Every statement about `sessions`. */
export class SessionQueries {
  private readonly insertOne: CompiledQuery<NewSession>;
  private readonly live: CompiledQuery<{ id: number }>;
  private readonly touchOne: CompiledQuery<{ id: number; now: number; before: number }>;
  private readonly listOwn: CompiledQuery<{ userId: number; now: number }>;
  private readonly revokeOne: CompiledQuery<{ id: number; userId: number; now: number }>;
  private readonly revokeAllBut: CompiledQuery<{ userId: number; keep: number; now: number }>;
  private readonly deleteDead: CompiledQuery<{ before: number }>;

  constructor(dataSource: DataSource) {
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "sessions" ("user_id", "user_agent", "created_at", "last_used_at", "expires_at")
       VALUES (:userId, :userAgent, :createdAt, :createdAt, :expiresAt) RETURNING "id"`,
      ["userId", "userAgent", "createdAt", "expiresAt"],
    );
    // The check of every authenticated request: the session by primary key, with its user, in one statement.
    // A deactivated account's sessions fail it too, even one a log-in raced the deactivation for.
    this.live = new CompiledQuery(
      dataSource,
      `SELECT s."user_id", u."username", u."email", u."created_at" AS "user_created_at", u."last_seen_at", u."email_verified_at",
              u."display_name", u."status_text", u."avatar_key", s."last_used_at", s."expires_at"
       FROM "sessions" s JOIN "users" u ON u."id" = s."user_id" WHERE s."id" = :id AND s."revoked_at" IS NULL AND u."deactivated_at" IS NULL`,
      ["id"],
    );
    // The condition makes "at most once a minute" hold even when several processes see the same session.
    this.touchOne = new CompiledQuery(dataSource, `UPDATE "sessions" SET "last_used_at" = :now WHERE "id" = :id AND "last_used_at" <= :before`, [
      "id",
      "now",
      "before",
    ]);
    this.listOwn = new CompiledQuery(
      dataSource,
      `SELECT ${LIST_COLUMNS} FROM "sessions" WHERE "user_id" = :userId AND "revoked_at" IS NULL AND "expires_at" > :now
       ORDER BY "last_used_at" DESC, "id" DESC`,
      ["userId", "now"],
    );
    this.revokeOne = new CompiledQuery(
      dataSource,
      `UPDATE "sessions" SET "revoked_at" = :now WHERE "id" = :id AND "user_id" = :userId AND "revoked_at" IS NULL RETURNING "id"`,
      ["id", "userId", "now"],
    );
    this.revokeAllBut = new CompiledQuery(
      dataSource,
      `UPDATE "sessions" SET "revoked_at" = :now WHERE "user_id" = :userId AND "id" != :keep AND "revoked_at" IS NULL RETURNING "id"`,
      ["userId", "keep", "now"],
    );
    this.deleteDead = new CompiledQuery(dataSource, `DELETE FROM "sessions" WHERE "expires_at" < :before OR "revoked_at" < :before`, ["before"]);
  }

  async insert(session: NewSession): Promise<number> {
    const [row] = await this.insertOne.run<{ id: number | string }>(session);
    if (!row) throw new Error("INSERT INTO sessions returned no id");
    return Number(row.id);
  }

  /** The session if it exists and is not revoked (expiry is the caller's to judge), with its user. */
  async findLive(id: number): Promise<LiveSession | null> {
    const [row] = await this.live.run<LiveRow>({ id });
    if (!row) return null;
    const user = Object.assign(new User(), {
      id: Number(row.user_id),
      username: row.username,
      email: row.email,
      createdAt: new Date(Number(row.user_created_at)),
      lastSeenAt: row.last_seen_at === null ? null : new Date(Number(row.last_seen_at)),
      emailVerifiedAt: row.email_verified_at === null ? null : new Date(Number(row.email_verified_at)),
      displayName: row.display_name,
      statusText: row.status_text,
      avatarKey: row.avatar_key,
      deactivatedAt: null,
    });
    return { user, lastUsedAt: Number(row.last_used_at), expiresAt: Number(row.expires_at) };
  }

  /** Records a use unless one was recorded after `before`. */
  async touch(id: number, now: number, before: number): Promise<void> {
    await this.touchOne.run({ id, now, before });
  }

  /** The user's sessions that still work, most recently used first. */
  list(userId: number, now: number): Promise<SessionRow[]> {
    return this.listOwn.run<SessionRow>({ userId, now });
  }

  /** False when the user has no such live session (someone else's included). */
  async revoke(userId: number, id: number, now: number): Promise<boolean> {
    return returned(await this.revokeOne.run<{ id: number | string }>({ id, userId, now })).length > 0;
  }

  /** Forgets sessions that expired or were revoked before `before`. */
  async deleteEndedBefore(before: number): Promise<void> {
    await this.deleteDead.run({ before });
  }

  /** Revokes every live session of the user but `keep`; returns the ids revoked. */
  async revokeAllExcept(userId: number, keep: number, now: number): Promise<number[]> {
    return returned(await this.revokeAllBut.run<{ id: number | string }>({ userId, keep, now })).map((row) => Number(row.id));
  }
}
