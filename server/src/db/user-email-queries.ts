import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { returned } from "./returned";

/** The account's address and whether it is verified (`users.email`, `users.email_verified_at`). */
export class UserEmailQueries {
  private readonly setOne: CompiledQuery<{ id: number; email: string }>;
  private readonly verifyOne: CompiledQuery<{ id: number; email: string; at: number }>;

  constructor(dataSource: DataSource) {
    this.setOne = new CompiledQuery(dataSource, `UPDATE "users" SET "email" = :email, "email_verified_at" = NULL WHERE "id" = :id`, ["id", "email"]);
    // Only while the account still has the address the link was mailed to.
    this.verifyOne = new CompiledQuery(
      dataSource,
      `UPDATE "users" SET "email_verified_at" = :at WHERE "id" = :id AND "email" = :email RETURNING "id"`,
      ["id", "email", "at"],
    );
  }

  /** A new address starts unverified; a taken one fails on the unique index. */
  async setEmail(id: number, email: string): Promise<void> {
    await this.setOne.run({ id, email });
  }

  /** False when the account no longer has that address (or is gone). */
  async markVerified(id: number, email: string, at: number): Promise<boolean> {
    return returned(await this.verifyOne.run<{ id: number | string }>({ id, email, at })).length > 0;
  }
}
