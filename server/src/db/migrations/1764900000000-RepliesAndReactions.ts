import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Replies and reactions. A reply stores only the id of the message it answers: what it shows of the
 * original is read with it, so edits and deletions of the original show. The column has no
 * REFERENCES clause: SQLite cannot drop a column used by a foreign key (so `down` would need the
 * table rebuilt), and a message row is never removed by the server (a deleted message stays as a
 * placeholder); a reply whose original is gone anyway shows no quote. Neither database rebuilds
 * `messages`. Reactions are one row per person and emoji; they go with their message's row, and the
 * service deletes them when a message is deleted (the row stays as a placeholder).
 */
export class RepliesAndReactions1764900000000 implements MigrationInterface {
  name = "RepliesAndReactions1764900000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "reply_to_id" integer`);
    await queryRunner.query(`CREATE TABLE "reactions" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "message_id" integer NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "emoji" varchar(64) NOT NULL,
      "created_at" bigint NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_reactions_unique" ON "reactions" ("message_id", "user_id", "emoji")`);
    await queryRunner.query(`CREATE INDEX "idx_reactions_user" ON "reactions" ("user_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reactions"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "reply_to_id"`);
  }
}
