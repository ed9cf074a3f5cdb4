import type { MigrationInterface, QueryRunner } from "typeorm";

const TRIGGERS = ["trg_messages_fts_insert", "trg_messages_fts_update", "trg_messages_fts_delete"];

/**
 * SQLite only: the search index without FTS5 prefix indexes. `prefix='2 3'` stored every token three
 * times (the word, its first two and first three characters); measured on this machine, indexing a
 * ten-word message cost 48–58 µs with them and 17–23 µs without, and every send pays it inside the
 * write transaction. A prefix query (the last word of a search) still works without them: FTS5 then
 * merges the doclists of the terms that start with it. The table is contentless, so it is rebuilt
 * from `messages`; the triggers are unchanged and created again around it. PostgreSQL: nothing to do.
 */
export class SearchIndexWithoutPrefixes1764500000000 implements MigrationInterface {
  name = "SearchIndexWithoutPrefixes1764500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await rebuildIndex(queryRunner, "");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rebuildIndex(queryRunner, ", prefix='2 3'");
  }
}

async function rebuildIndex(queryRunner: QueryRunner, options: string): Promise<void> {
  if (queryRunner.connection.driver.options.type === "postgres") return;
  const triggers = (await queryRunner.query(
    `SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "name" IN (${TRIGGERS.map((name) => `'${name}'`).join(", ")})`,
  )) as Array<{ sql: string }>;
  if (triggers.length !== TRIGGERS.length) throw new Error("The search index triggers are missing: run the earlier migrations first");
  for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER "${trigger}"`);
  await queryRunner.query(`DROP TABLE "messages_fts"`);
  await queryRunner.query(`CREATE VIRTUAL TABLE "messages_fts" USING fts5(
    "content", "participants", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'${options})`);
  await queryRunner.query(`INSERT INTO "messages_fts" ("rowid", "content", "participants")
    SELECT m."id", m."content",
      CASE WHEN m."group_id" IS NULL THEN 'u' || m."sender_id" || ' u' || m."receiver_id" ELSE 'g' || m."group_id" END
    FROM "messages" m WHERE m."deleted_at" IS NULL`);
  for (const { sql } of triggers) await queryRunner.query(sql);
}
