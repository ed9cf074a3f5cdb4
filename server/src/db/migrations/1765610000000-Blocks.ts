import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Blocking: one row per person someone blocked. The primary key answers "did A block B?" and
 * "whom did A block?"; the index on `blocked_id` answers "who blocked B?" (a group message's
 * sender, a presence change), both without a scan. A row goes with either account.
 */
export class Blocks1765610000000 implements MigrationInterface {
  name = "Blocks1765610000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "blocks" (
      "blocker_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "blocked_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "created_at" bigint NOT NULL,
      PRIMARY KEY ("blocker_id", "blocked_id"),
      CHECK ("blocker_id" <> "blocked_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_blocks_blocked" ON "blocks" ("blocked_id", "blocker_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "blocks"`);
  }
}
