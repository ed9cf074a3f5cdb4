import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Group conversations. A group message is a row of `messages` like any other (one id space, one
 * order, one idempotency index, one search index), with `group_id` set and no receiver or pair.
 *
 * - `groups`: name, creator, and the id of its latest message (kept by a trigger, like
 *   conversation_pairs for direct chats).
 * - `group_members`: one row per member with role, read/delivered markers and the member's unread
 *   count (kept by the same trigger; recounted on read and delete).
 *
 * `messages.receiver_id`, `pair_low_id` and `pair_high_id` become nullable, with a CHECK that a row is
 * either direct or group. PostgreSQL alters the columns in place. SQLite cannot drop NOT NULL, so the
 * table is rebuilt (SQLite's documented procedure: new table, copy, drop, rename), which drops its
 * indexes and triggers: all are created again here, the search and conversation-pair triggers in
 * their group-aware form. Ids are copied unchanged, so the search index (keyed by message id) stays
 * valid, and the AUTOINCREMENT high-water mark is carried over so no id is ever handed out twice.
 */
export class Groups1764400000000 implements MigrationInterface {
  name = "Groups1764400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    const serial = postgres ? `SERIAL PRIMARY KEY` : `integer PRIMARY KEY AUTOINCREMENT NOT NULL`;
    await queryRunner.query(`CREATE TABLE "groups" (
      "id" ${serial},
      "name" varchar(64) NOT NULL,
      "created_by" integer NULL REFERENCES "users" ("id") ON DELETE SET NULL,
      "created_at" bigint NOT NULL,
      "last_message_id" integer NULL)`);
    await queryRunner.query(`CREATE TABLE "group_members" (
      "group_id" integer NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "role" varchar(8) NOT NULL DEFAULT 'member' CHECK ("role" IN ('admin', 'member')),
      "joined_at" bigint NOT NULL,
      "last_read_id" integer NOT NULL DEFAULT 0,
      "last_delivered_id" integer NOT NULL DEFAULT 0,
      "unread_count" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("group_id", "user_id"))`);
    // "My groups" for the conversation list and the search filter.
    await queryRunner.query(`CREATE INDEX "idx_group_members_user" ON "group_members" ("user_id", "group_id")`);

    if (postgres) await this.alterMessagesPostgres(queryRunner);
    else await this.rebuildMessagesSqlite(queryRunner);
    await queryRunner.query(`CREATE INDEX "idx_messages_group" ON "messages" ("group_id", "id")`);
  }

  private async alterMessagesPostgres(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages"
      ALTER COLUMN "receiver_id" DROP NOT NULL,
      ALTER COLUMN "pair_low_id" DROP NOT NULL,
      ALTER COLUMN "pair_high_id" DROP NOT NULL,
      ADD COLUMN "group_id" integer NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
      ADD CONSTRAINT "chk_messages_direct_or_group" CHECK (${DIRECT_OR_GROUP})`);
    // Direct messages keep their pair trigger; group messages touch the group instead.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "chat_touch_conversation_pair"() RETURNS trigger AS $$
      BEGIN IF NEW."group_id" IS NULL THEN ${PAIR_UPSERT}; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`CREATE FUNCTION "chat_touch_group"() RETURNS trigger AS $$
      BEGIN ${GROUP_TOUCH} RETURN NEW; END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`CREATE TRIGGER "trg_messages_group" AFTER INSERT ON "messages"
      FOR EACH ROW WHEN (NEW."group_id" IS NOT NULL) EXECUTE FUNCTION "chat_touch_group"()`);
  }

  private async rebuildMessagesSqlite(queryRunner: QueryRunner): Promise<void> {
    await rebuildSqliteMessages(
      queryRunner,
      `
      "group_id" integer NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
      "receiver_id" integer NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "pair_low_id" integer NULL,
      "pair_high_id" integer NULL,
      CONSTRAINT "chk_messages_direct_or_group" CHECK (${DIRECT_OR_GROUP})`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_messages_conversation_pair" AFTER INSERT ON "messages" WHEN NEW."group_id" IS NULL
      BEGIN ${PAIR_UPSERT}; END`);
    await queryRunner.query(`CREATE TRIGGER "trg_messages_group" AFTER INSERT ON "messages" WHEN NEW."group_id" IS NOT NULL
      BEGIN ${GROUP_TOUCH} END`);
    // Search: a direct message's participants are its two people, a group message's is the group,
    // so a search matches the groups the caller is in now, not every group they ever wrote in.
    await createSqliteSearchTriggers(
      queryRunner,
      (row) => `CASE WHEN ${row}."group_id" IS NULL THEN 'u' || ${row}."sender_id" || ' u' || ${row}."receiver_id" ELSE 'g' || ${row}."group_id" END`,
    );
  }

  /** Back to direct messages only: group messages are deleted (the old schema has no place for them). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "messages" WHERE "group_id" IS NOT NULL`);
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(`DROP TRIGGER "trg_messages_group" ON "messages"`);
      await queryRunner.query(`DROP FUNCTION "chat_touch_group"()`);
      await queryRunner.query(`CREATE OR REPLACE FUNCTION "chat_touch_conversation_pair"() RETURNS trigger AS $$
        BEGIN ${PAIR_UPSERT}; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await queryRunner.query(`DROP INDEX "idx_messages_group"`);
      await queryRunner.query(`ALTER TABLE "messages"
        DROP CONSTRAINT "chk_messages_direct_or_group",
        DROP COLUMN "group_id",
        ALTER COLUMN "receiver_id" SET NOT NULL,
        ALTER COLUMN "pair_low_id" SET NOT NULL,
        ALTER COLUMN "pair_high_id" SET NOT NULL`);
    } else {
      await rebuildSqliteMessages(
        queryRunner,
        `
        "receiver_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
        "pair_low_id" integer NOT NULL,
        "pair_high_id" integer NOT NULL`,
      );
      await queryRunner.query(`CREATE TRIGGER "trg_messages_conversation_pair" AFTER INSERT ON "messages" BEGIN ${PAIR_UPSERT}; END`);
      await createSqliteSearchTriggers(queryRunner, (row) => `'u' || ${row}."sender_id" || ' u' || ${row}."receiver_id"`);
    }
    await queryRunner.query(`DROP TABLE "group_members"`);
    await queryRunner.query(`DROP TABLE "groups"`);
  }
}

/**
 * SQLite's documented way to change a column's constraints: a new table, copy, drop, rename; then
 * the indexes again (triggers are the caller's). `variableColumns` is everything but the fixed columns.
 */
async function rebuildSqliteMessages(queryRunner: QueryRunner, variableColumns: string): Promise<void> {
  const [sequence] = (await queryRunner.query(`SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'messages'`)) as Array<{ seq: number }>;
  await queryRunner.query(`CREATE TABLE "messages_rebuilt" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sender_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "client_id" varchar(36) NOT NULL,
    "content" text NOT NULL,
    "timestamp" bigint NOT NULL,
    "edited_at" bigint NULL,
    "deleted_at" bigint NULL,
    ${variableColumns})`);
  const kept = ["id", "sender_id", "receiver_id", "pair_low_id", "pair_high_id", "client_id", "content", "timestamp", "edited_at", "deleted_at"];
  const columns = kept.map((name) => `"${name}"`).join(", ");
  await queryRunner.query(`INSERT INTO "messages_rebuilt" (${columns}) SELECT ${columns} FROM "messages" ORDER BY "id"`);
  await queryRunner.query(`DROP TABLE "messages"`);
  await queryRunner.query(`ALTER TABLE "messages_rebuilt" RENAME TO "messages"`);
  if (sequence) await queryRunner.query(`UPDATE "sqlite_sequence" SET "seq" = MAX("seq", ?) WHERE "name" = 'messages'`, [sequence.seq]);
  await queryRunner.query(`CREATE INDEX "idx_messages_pair" ON "messages" ("pair_low_id", "pair_high_id", "id")`);
  await queryRunner.query(`CREATE INDEX "idx_messages_sender" ON "messages" ("sender_id", "id")`);
  await queryRunner.query(`CREATE INDEX "idx_messages_receiver" ON "messages" ("receiver_id", "id")`);
  await queryRunner.query(`CREATE UNIQUE INDEX "idx_messages_sender_client_id" ON "messages" ("sender_id", "client_id")`);
}

/** The three search-index triggers of MessageSearch1764300000000, with a given participants expression. */
async function createSqliteSearchTriggers(queryRunner: QueryRunner, participants: (row: "NEW" | "OLD") => string): Promise<void> {
  const add = (row: "NEW" | "OLD") =>
    `INSERT INTO "messages_fts" ("rowid", "content", "participants") SELECT ${row}."id", ${row}."content", ${participants(row)} WHERE ${row}."deleted_at" IS NULL;`;
  const remove = (row: "NEW" | "OLD") => `DELETE FROM "messages_fts" WHERE "rowid" = ${row}."id";`;
  await queryRunner.query(`CREATE TRIGGER "trg_messages_fts_insert" AFTER INSERT ON "messages" BEGIN ${add("NEW")} END`);
  await queryRunner.query(
    `CREATE TRIGGER "trg_messages_fts_update" AFTER UPDATE OF "content", "deleted_at" ON "messages" BEGIN ${remove("OLD")} ${add("NEW")} END`,
  );
  await queryRunner.query(`CREATE TRIGGER "trg_messages_fts_delete" AFTER DELETE ON "messages" BEGIN ${remove("OLD")} END`);
}

const DIRECT_OR_GROUP = `("group_id" IS NULL AND "receiver_id" IS NOT NULL AND "pair_low_id" IS NOT NULL AND "pair_high_id" IS NOT NULL)
  OR ("group_id" IS NOT NULL AND "receiver_id" IS NULL AND "pair_low_id" IS NULL AND "pair_high_id" IS NULL)`;

/** The conversation-pair upsert of ConversationPairs1764200000000, unchanged. */
const PAIR_UPSERT = `INSERT INTO "conversation_pairs" ("low_id", "high_id", "last_message_id", "low_unread", "high_unread")
  VALUES (NEW."pair_low_id", NEW."pair_high_id", NEW."id",
    CASE WHEN NEW."sender_id" = NEW."pair_high_id" AND NEW."pair_low_id" <> NEW."pair_high_id" THEN 1 ELSE 0 END,
    CASE WHEN NEW."sender_id" = NEW."pair_low_id" AND NEW."pair_low_id" <> NEW."pair_high_id" THEN 1 ELSE 0 END)
  ON CONFLICT ("low_id", "high_id") DO UPDATE SET
    "last_message_id" = CASE WHEN excluded."last_message_id" > "conversation_pairs"."last_message_id" THEN excluded."last_message_id" ELSE "conversation_pairs"."last_message_id" END,
    "low_unread" = "conversation_pairs"."low_unread" + excluded."low_unread",
    "high_unread" = "conversation_pairs"."high_unread" + excluded."high_unread"`;

/** A group message: everyone else's unread goes up by one and the group's latest message moves. */
const GROUP_TOUCH = `UPDATE "group_members" SET "unread_count" = "unread_count" + 1 WHERE "group_id" = NEW."group_id" AND "user_id" <> NEW."sender_id";
  UPDATE "groups" SET "last_message_id" = NEW."id" WHERE "id" = NEW."group_id" AND ("last_message_id" IS NULL OR "last_message_id" < NEW."id");`;
