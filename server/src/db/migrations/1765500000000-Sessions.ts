import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Sessions: one row per log-in (or registration); its id is the `sid` claim of the token issued
 * then. Every authenticated request and socket handshake looks its row up by primary key, so a
 * revoked session stops at once on every process. Tokens from before this migration carry no `sid`
 * and are refused: people log in again once. `expires_at` is the token's own expiry, so expired
 * sessions drop out of the list without a sweep. Revoked rows are kept (the revocation is the row).
 */
export class Sessions1765500000000 implements MigrationInterface {
  name = "Sessions1765500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "sessions" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "user_agent" varchar(512),
      "created_at" bigint NOT NULL,
      "last_used_at" bigint NOT NULL,
      "expires_at" bigint NOT NULL,
      "revoked_at" bigint)`);
    await queryRunner.query(`CREATE INDEX "idx_sessions_user" ON "sessions" ("user_id", "last_used_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sessions"`);
  }
}
