import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Link previews. `link_previews` is the per-URL cache: one row per URL, a preview (`ok`) or a
 * failure (`failed`, kept briefly so a hostile URL is not fetched again and again), and until when
 * it holds. `message_link_previews` ties a message to the first URL of its text and, once fetched,
 * to the cached preview; `removed` is the sender's "no preview" and outlives edits. Both go with
 * their message or preview row; neither touches `messages`.
 */
export class LinkPreviews1765100000000 implements MigrationInterface {
  name = "LinkPreviews1765100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "link_previews" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "url" varchar(2048) NOT NULL,
      "status" varchar(8) NOT NULL CHECK ("status" IN ('ok', 'failed')),
      "title" varchar(300),
      "description" varchar(500),
      "site_name" varchar(100),
      "image_key" varchar(128),
      "fetched_at" bigint NOT NULL,
      "expires_at" bigint NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_link_previews_url" ON "link_previews" ("url")`);
    await queryRunner.query(`CREATE TABLE "message_link_previews" (
      "message_id" integer PRIMARY KEY NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "url" varchar(2048),
      "preview_id" integer REFERENCES "link_previews" ("id") ON DELETE SET NULL,
      "removed" smallint NOT NULL DEFAULT 0)`);
    await queryRunner.query(`CREATE INDEX "idx_message_link_previews_preview" ON "message_link_previews" ("preview_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "message_link_previews"`);
    await queryRunner.query(`DROP TABLE "link_previews"`);
  }
}
