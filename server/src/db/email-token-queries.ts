import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { returned } from "./returned";

export type EmailTokenPurpose = "reset" | "verify";

export interface EmailTokenRow {
  user_id: number;
  email: string;
  expires_at: number;
  used_at: number | null;
}

interface RawRow {
  user_id: number | string;
  email: string;
  expires_at: number | string;
  used_at: number | string | null;
}

type NewToken = { userId: number; purpose: EmailTokenPurpose; hash: string; email: string; createdAt: number; expiresAt: number };

const rowOf = (raw: RawRow): EmailTokenRow => ({
  user_id: Number(raw.user_id),
  email: raw.email,
  expires_at: Number(raw.expires_at),
  used_at: raw.used_at === null ? null : Number(raw.used_at),
});

/** Every statement about `email_tokens` (password reset and email verification links). */
export class EmailTokenQueries {
  private readonly insertOne: CompiledQuery<NewToken>;
  private readonly byHash: CompiledQuery<{ hash: string; purpose: EmailTokenPurpose }>;
  private readonly useOne: CompiledQuery<{ hash: string; purpose: EmailTokenPurpose; now: number }>;
  private readonly retireAll: CompiledQuery<{ userId: number; purpose: EmailTokenPurpose; now: number }>;
  private readonly deleteDead: CompiledQuery<{ before: number }>;

  constructor(dataSource: DataSource) {
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "email_tokens" ("user_id", "purpose", "token_hash", "email", "created_at", "expires_at")
       VALUES (:userId, :purpose, :hash, :email, :createdAt, :expiresAt)`,
      ["userId", "purpose", "hash", "email", "createdAt", "expiresAt"],
    );
    this.byHash = new CompiledQuery(
      dataSource,
      `SELECT "user_id", "email", "expires_at", "used_at" FROM "email_tokens" WHERE "token_hash" = :hash AND "purpose" = :purpose`,
      ["hash", "purpose"],
    );
    // The condition is what makes a token single-use when two requests race with it.
    this.useOne = new CompiledQuery(
      dataSource,
      `UPDATE "email_tokens" SET "used_at" = :now
       WHERE "token_hash" = :hash AND "purpose" = :purpose AND "used_at" IS NULL AND "expires_at" > :now
       RETURNING "user_id", "email", "expires_at", "used_at"`,
      ["hash", "purpose", "now"],
    );
    this.retireAll = new CompiledQuery(
      dataSource,
      `UPDATE "email_tokens" SET "used_at" = :now WHERE "user_id" = :userId AND "purpose" = :purpose AND "used_at" IS NULL`,
      ["userId", "purpose", "now"],
    );
    this.deleteDead = new CompiledQuery(dataSource, `DELETE FROM "email_tokens" WHERE "expires_at" < :before`, ["before"]);
  }

  async insert(token: NewToken): Promise<void> {
    await this.insertOne.run(token);
  }

  async find(hash: string, purpose: EmailTokenPurpose): Promise<EmailTokenRow | null> {
    const [row] = await this.byHash.run<RawRow>({ hash, purpose });
    return row ? rowOf(row) : null;
  }

  /** Marks the token used if it is still unused and unexpired; null when it was not. */
  async use(hash: string, purpose: EmailTokenPurpose, now: number): Promise<EmailTokenRow | null> {
    const [row] = returned(await this.useOne.run<RawRow>({ hash, purpose, now }));
    return row ? rowOf(row) : null;
  }

  /** Every unused token of the user for that purpose stops working (a newer one, or the job is done). */
  async retire(userId: number, purpose: EmailTokenPurpose, now: number): Promise<void> {
    await this.retireAll.run({ userId, purpose, now });
  }

  async deleteExpiredBefore(before: number): Promise<void> {
    await this.deleteDead.run({ before });
  }
}
