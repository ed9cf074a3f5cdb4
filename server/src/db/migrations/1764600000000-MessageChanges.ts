import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A feed of edits and deletions. Clients catch up on new messages by id (`?after=`), which cannot
 * see an older message edited or deleted while they were away; every such change appends a row
 * here, written by a trigger in the same statement as the change, so a client that remembers the
 * last change id it saw can ask for everything after it (`GET /api/messages/changes?after=`).
 */
export class MessageChanges1764600000000 implements MigrationInterface {
  name = "MessageChanges1764600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "message_changes" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "message_id" integer NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "changed_at" bigint NOT NULL)`);
    // The feed query skips a change when a later change of the same message is in the same window.
    await queryRunner.query(`CREATE INDEX "idx_message_changes_message" ON "message_changes" ("message_id", "id")`);
    const record = `INSERT INTO "message_changes" ("message_id", "changed_at")
      VALUES (NEW."id", COALESCE(NEW."deleted_at", NEW."edited_at", NEW."timestamp"));`;
    if (postgres) {
      await queryRunner.query(`CREATE FUNCTION "chat_record_message_change"() RETURNS trigger AS $$
        BEGIN ${record} RETURN NEW; END $$ LANGUAGE plpgsql`);
      await queryRunner.query(`CREATE TRIGGER "trg_messages_changes" AFTER UPDATE OF "content", "deleted_at" ON "messages"
        FOR EACH ROW EXECUTE FUNCTION "chat_record_message_change"()`);
    } else {
      await queryRunner.query(`CREATE TRIGGER "trg_messages_changes" AFTER UPDATE OF "content", "deleted_at" ON "messages" BEGIN ${record} END`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(`DROP TRIGGER "trg_messages_changes" ON "messages"`);
      await queryRunner.query(`DROP FUNCTION "chat_record_message_change"()`);
    } else {
      await queryRunner.query(`DROP TRIGGER "trg_messages_changes"`);
    }
    await queryRunner.query(`DROP TABLE "message_changes"`);
  }
}
