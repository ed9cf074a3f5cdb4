import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * One row per pair of people with the id of their latest message and each side's unread count, kept
 * by a trigger in the same transaction as each insert: listing someone's conversations becomes an
 * index scan over their pairs instead of a GROUP BY over every message they ever sent or received,
 * and unread counts cost nothing to read. Reading (or a deletion) recounts the reader's side.
 */
export class ConversationPairs1764200000000 implements MigrationInterface {
  name = "ConversationPairs1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conversation_pairs" (
      "low_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "high_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "last_message_id" integer NOT NULL,
      "low_unread" integer NOT NULL DEFAULT 0,
      "high_unread" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("low_id", "high_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_conversation_pairs_low" ON "conversation_pairs" ("low_id", "last_message_id")`);
    await queryRunner.query(`CREATE INDEX "idx_conversation_pairs_high" ON "conversation_pairs" ("high_id", "last_message_id")`);
    // low_unread counts the high user's messages for the low user, and the reverse; nothing is
    // unread in a conversation with oneself.
    const upsert = (table: string) => `INSERT INTO "conversation_pairs" ("low_id", "high_id", "last_message_id", "low_unread", "high_unread")
        VALUES (NEW."pair_low_id", NEW."pair_high_id", NEW."id",
          CASE WHEN NEW."sender_id" = NEW."pair_high_id" AND NEW."pair_low_id" <> NEW."pair_high_id" THEN 1 ELSE 0 END,
          CASE WHEN NEW."sender_id" = NEW."pair_low_id" AND NEW."pair_low_id" <> NEW."pair_high_id" THEN 1 ELSE 0 END)
        ON CONFLICT ("low_id", "high_id") DO UPDATE SET
          "last_message_id" = CASE WHEN excluded."last_message_id" > ${table}."last_message_id" THEN excluded."last_message_id" ELSE ${table}."last_message_id" END,
          "low_unread" = ${table}."low_unread" + excluded."low_unread",
          "high_unread" = ${table}."high_unread" + excluded."high_unread"`;
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
    const unreadFor = (reader: string, partner: string) => `SUM(CASE WHEN m."sender_id" = m."${partner}" AND m."pair_low_id" <> m."pair_high_id"
        AND m."deleted_at" IS NULL
        AND m."id" > COALESCE((SELECT r."last_read_id" FROM "read_markers" r WHERE r."user_id" = m."${reader}" AND r."partner_id" = m."${partner}"), 0)
        THEN 1 ELSE 0 END)`;
    await queryRunner.query(`INSERT INTO "conversation_pairs" ("low_id", "high_id", "last_message_id", "low_unread", "high_unread")
      SELECT m."pair_low_id", m."pair_high_id", MAX(m."id"), ${unreadFor("pair_low_id", "pair_high_id")}, ${unreadFor("pair_high_id", "pair_low_id")}
      FROM "messages" m GROUP BY m."pair_low_id", m."pair_high_id"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "trg_messages_conversation_pair"${queryRunner.connection.driver.options.type === "postgres" ? ` ON "messages"` : ""}`,
    );
    if (queryRunner.connection.driver.options.type === "postgres") await queryRunner.query(`DROP FUNCTION "chat_touch_conversation_pair"()`);
    await queryRunner.query(`DROP TABLE "conversation_pairs"`);
  }
}
