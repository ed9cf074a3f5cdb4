import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Uploaded files. A row starts unsent (`message_id` null, only its uploader sees it) and is claimed
 * by one message when sent; `position` keeps the order the sender gave. The bytes live in storage
 * under `storage_key` (and `thumbnail_key` for images), never under the user's file name. What a
 * person keeps stored (`size` + `thumbnail_size` of their rows) counts against UPLOAD_QUOTA_MB.
 * Plain SQL that both databases read alike.
 */
export class Attachments1764800000000 implements MigrationInterface {
  name = "Attachments1764800000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "attachments" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "uploader_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "message_id" integer REFERENCES "messages" ("id") ON DELETE CASCADE,
      "position" integer,
      "kind" varchar(8) NOT NULL CHECK ("kind" IN ('image', 'audio', 'file')),
      "name" varchar(1024) NOT NULL,
      "content_type" varchar(255) NOT NULL,
      "size" bigint NOT NULL,
      "storage_key" varchar(128) NOT NULL,
      "thumbnail_key" varchar(128),
      "thumbnail_size" bigint,
      "width" integer,
      "height" integer,
      "duration_ms" integer,
      "created_at" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_attachments_message" ON "attachments" ("message_id", "position")`);
    await queryRunner.query(`CREATE INDEX "idx_attachments_uploader" ON "attachments" ("uploader_id")`);
    // The sweep of uploads never sent looks only at those.
    await queryRunner.query(`CREATE INDEX "idx_attachments_unsent" ON "attachments" ("created_at") WHERE "message_id" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
