import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Group notices ("alice added bob", "carol left"): rows of `messages` with `kind = 'system'`, so they
 * take their place in a group's order and pages like any message; `content` holds the notice as JSON
 * (who did what to whom). People's messages are `kind = 'text'`. A notice is never unread and never
 * searchable: the group trigger counts only text for unread, and the search triggers index only
 * text. Plain ADD COLUMN (no rebuild) on both databases.
 */
export class GroupNotices1764700000000 implements MigrationInterface {
  name = "GroupNotices1764700000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "kind" varchar(8) NOT NULL DEFAULT 'text'`);
    await replaceTriggers(queryRunner, `AND NEW."kind" = 'text'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "messages" WHERE "kind" <> 'text'`);
    await replaceTriggers(queryRunner, "");
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "kind"`);
  }
}

/** The group and search-index triggers, with `onlyText` added to what they count and index. */
async function replaceTriggers(queryRunner: QueryRunner, onlyText: string): Promise<void> {
  const groupTouch = `UPDATE "group_members" SET "unread_count" = "unread_count" + 1
      WHERE "group_id" = NEW."group_id" AND "user_id" <> NEW."sender_id" ${onlyText};
    UPDATE "groups" SET "last_message_id" = NEW."id" WHERE "id" = NEW."group_id" AND ("last_message_id" IS NULL OR "last_message_id" < NEW."id");`;
  if (queryRunner.connection.driver.options.type === "postgres") {
    // Search on PostgreSQL filters by kind in the query; the GIN index needs no change.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "chat_touch_group"() RETURNS trigger AS $$
      BEGIN ${groupTouch} RETURN NEW; END $$ LANGUAGE plpgsql`);
    return;
  }
  for (const trigger of ["trg_messages_group", "trg_messages_fts_insert", "trg_messages_fts_update"])
    await queryRunner.query(`DROP TRIGGER "${trigger}"`);
  await queryRunner.query(`CREATE TRIGGER "trg_messages_group" AFTER INSERT ON "messages" WHEN NEW."group_id" IS NOT NULL BEGIN ${groupTouch} END`);
  const add = `INSERT INTO "messages_fts" ("rowid", "content", "participants")
    SELECT NEW."id", NEW."content",
      CASE WHEN NEW."group_id" IS NULL THEN 'u' || NEW."sender_id" || ' u' || NEW."receiver_id" ELSE 'g' || NEW."group_id" END
    WHERE NEW."deleted_at" IS NULL ${onlyText};`;
  await queryRunner.query(`CREATE TRIGGER "trg_messages_fts_insert" AFTER INSERT ON "messages" BEGIN ${add} END`);
  await queryRunner.query(`CREATE TRIGGER "trg_messages_fts_update" AFTER UPDATE OF "content", "deleted_at" ON "messages"
    BEGIN DELETE FROM "messages_fts" WHERE "rowid" = OLD."id"; ${add} END`);
}
