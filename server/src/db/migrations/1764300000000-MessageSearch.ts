import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search over message text. SQLite: a contentless FTS5 table `messages_fts` (rowid =
 * message id) indexing the text and the two participants (as tokens `u<id>`), kept by triggers in the
 * same statement as each insert, edit, soft delete and hard delete. A search matches the caller's
 * participant token AND the words inside the index, so a word common across all users never makes a
 * search walk other people's messages. A row is in the index exactly while its message is not
 * deleted, so an edit replaces the indexed words and a deletion removes them. PostgreSQL: a GIN index on
 * `to_tsvector('simple', content)` for undeleted messages (the `simple` configuration does not stem or
 * drop stop words, so names and words of any language match as typed). Both are built over the
 * messages already stored.
 */
export class MessageSearch1764300000000 implements MigrationInterface {
  name = "MessageSearch1764300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") {
      // Building the index indexes every existing row: that is the backfill.
      await queryRunner.query(
        `CREATE INDEX "idx_messages_search" ON "messages" USING GIN (to_tsvector('simple', "content")) WHERE "deleted_at" IS NULL`,
      );
      return;
    }
    // contentless_delete (SQLite 3.43+) lets a row be removed by rowid alone.
    await queryRunner.query(`CREATE VIRTUAL TABLE "messages_fts" USING fts5(
      "content", "participants", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')`);
    const participants = (row: "NEW" | "OLD" | "m") => `'u' || ${row}."sender_id" || ' u' || ${row}."receiver_id"`;
    const add = (row: "NEW" | "OLD") =>
      `INSERT INTO "messages_fts" ("rowid", "content", "participants") SELECT ${row}."id", ${row}."content", ${participants(row)} WHERE ${row}."deleted_at" IS NULL;`;
    const remove = (row: "NEW" | "OLD") => `DELETE FROM "messages_fts" WHERE "rowid" = ${row}."id";`;
    await queryRunner.query(`CREATE TRIGGER "trg_messages_fts_insert" AFTER INSERT ON "messages" BEGIN ${add("NEW")} END`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_messages_fts_update" AFTER UPDATE OF "content", "deleted_at" ON "messages" BEGIN ${remove("OLD")} ${add("NEW")} END`,
    );
    await queryRunner.query(`CREATE TRIGGER "trg_messages_fts_delete" AFTER DELETE ON "messages" BEGIN ${remove("OLD")} END`);
    // Backfill: every message written before this migration.
    await queryRunner.query(`INSERT INTO "messages_fts" ("rowid", "content", "participants")
      SELECT m."id", m."content", ${participants("m")} FROM "messages" m WHERE m."deleted_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === "postgres") {
      await queryRunner.query(`DROP INDEX "idx_messages_search"`);
      return;
    }
    for (const trigger of ["trg_messages_fts_insert", "trg_messages_fts_update", "trg_messages_fts_delete"])
      await queryRunner.query(`DROP TRIGGER "${trigger}"`);
    await queryRunner.query(`DROP TABLE "messages_fts"`);
  }
}
