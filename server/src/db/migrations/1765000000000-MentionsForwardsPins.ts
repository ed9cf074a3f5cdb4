import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Mentions, forwards and pins. A mention is one row per (message, mentioned member) with the group
 * copied in, so "unread mentions of this reader in this group" is one range of one index. A
 * forward keeps who wrote the original and when, as two columns of the new message (the original
 * may be edited or deleted later; what was forwarded stays). Pins are one row per message. None of
 * this rebuilds `messages`: the new columns have no REFERENCES clause (SQLite cannot drop such a
 * column without rebuilding the table).
 */
export class MentionsForwardsPins1765000000000 implements MigrationInterface {
  name = "MentionsForwardsPins1765000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "message_mentions" (
      "message_id" integer NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "group_id" integer NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
      PRIMARY KEY ("message_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_message_mentions_reader" ON "message_mentions" ("user_id", "group_id", "message_id")`);
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "forwarded_from_sender_id" integer`);
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "forwarded_from_sent_at" bigint`);
    await queryRunner.query(`ALTER TABLE "groups" ADD COLUMN "members_can_pin" boolean NOT NULL DEFAULT ${postgres ? "false" : "0"}`);
    await queryRunner.query(`CREATE TABLE "pins" (
      "message_id" integer PRIMARY KEY NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "group_id" integer REFERENCES "groups" ("id") ON DELETE CASCADE,
      "pair_low_id" integer,
      "pair_high_id" integer,
      "pinned_by" integer REFERENCES "users" ("id") ON DELETE SET NULL,
      "pinned_at" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_pins_group" ON "pins" ("group_id", "pinned_at")`);
    await queryRunner.query(`CREATE INDEX "idx_pins_pair" ON "pins" ("pair_low_id", "pair_high_id", "pinned_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "pins"`);
    await queryRunner.query(`ALTER TABLE "groups" DROP COLUMN "members_can_pin"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "forwarded_from_sent_at"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "forwarded_from_sender_id"`);
    await queryRunner.query(`DROP TABLE "message_mentions"`);
  }
}
