import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One row per pair of people with the id of their latest message, kept by a trigger in the same
 * transaction as each insert: listing someone's conversations becomes an index scan over their
 * pairs instead of a GROUP BY over every message they ever sent or received.
 */
export class ConversationPairs1764200000000 implements MigrationInterface {
  name = "ConversationPairs1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversation_pairs" (
      "low_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "high_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "last_message_id" integer NOT NULL,
      PRIMARY KEY ("low_id", "high_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_conversation_pairs_low" ON "conversation_pairs" ("low_id", "last_message_id")`);
    await queryRunner.query(`CREATE INDEX "idx_conversation_pairs_high" ON "conversation_pairs" ("high_id", "last_message_id")`);
    const upsert = (table: string) => `INSERT INTO "conversation_pairs" ("low_id", "high_id", "last_message_id")
        VALUES (NEW."pair_low_id", NEW."pair_high_id", NEW."id")
        ON CONFLICT ("low_id", "high_id") DO UPDATE SET "last_message_id" =
          CASE WHEN excluded."last_message_id" > ${table}."last_message_id" THEN excluded."last_message_id" ELSE ${table}."last_message_id" END`;
    // Trigger syntax is the one thing SQLite and PostgreSQL do not share.
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(`CREATE FUNCTION "chat_touch_conversation_pair"() RETURNS trigger AS $$
        BEGIN ${upsert('"conversation_pairs"')}; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await queryRunner.query(`CREATE TRIGGER "trg_messages_conversation_pair" AFTER INSERT ON "messages"
        FOR EACH ROW EXECUTE FUNCTION "chat_touch_conversation_pair"()`);
    } else {
      await queryRunner.query(`CREATE TRIGGER "trg_messages_conversation_pair" AFTER INSERT ON "messages"
        BEGIN ${upsert('"conversation_pairs"')}; END`);
    }
    await queryRunner.query(`INSERT INTO "conversation_pairs" ("low_id", "high_id", "last_message_id")
      SELECT "pair_low_id", "pair_high_id", MAX("id") FROM "messages" GROUP BY "pair_low_id", "pair_high_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_messages_conversation_pair"${queryRunner.connection.driver.options.type === "postgres" ? ` ON "messages"` : ""}`);
    if (queryRunner.connection.driver.options.type === "postgres") await queryRunner.query(`DROP FUNCTION "chat_touch_conversation_pair"()`);
    await queryRunner.query(`DROP TABLE "conversation_pairs"`);
  }
}
