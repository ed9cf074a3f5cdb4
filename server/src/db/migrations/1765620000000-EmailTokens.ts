import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Password reset and email verification. `email_tokens` holds both kinds (`purpose`): only the
 * SHA-256 of a token is stored, so a copy of the database cannot reset anyone's password. `email` is
 * the address the mail went to: a verification counts only while the account still has that address.
 * `users.email_verified_at` is null until a verification; accounts from before it start unverified.
 */
export class EmailTokens1765620000000 implements MigrationInterface {
  name = "EmailTokens1765620000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "email_verified_at" bigint`);
    await queryRunner.query(`CREATE TABLE "email_tokens" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "purpose" varchar(8) NOT NULL CHECK ("purpose" IN ('reset', 'verify')),
      "token_hash" char(64) NOT NULL UNIQUE,
      "email" varchar(254) NOT NULL,
      "created_at" bigint NOT NULL,
      "expires_at" bigint NOT NULL,
      "used_at" bigint)`);
    await queryRunner.query(`CREATE INDEX "idx_email_tokens_user" ON "email_tokens" ("user_id", "purpose")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "email_tokens"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_verified_at"`);
  }
}
