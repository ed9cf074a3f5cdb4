import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Web Push. `push_subscriptions`: one row per browser a person allowed notifications in; the
 * endpoint is unique (a browser re-registering under another account moves the row to it), and
 * `p256dh`/`auth` are the browser's keys the payload is encrypted to (RFC 8291).
 * `push_preferences`: a person's choices; no row means the defaults (previews on).
 */
export class PushSubscriptions1765400000000 implements MigrationInterface {
  name = "PushSubscriptions1765400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "push_subscriptions" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "endpoint" varchar(2048) NOT NULL UNIQUE,
      "p256dh" varchar(128) NOT NULL,
      "auth" varchar(64) NOT NULL,
      "expiration_time" bigint,
      "user_agent" varchar(512),
      "created_at" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_push_subscriptions_user" ON "push_subscriptions" ("user_id", "created_at")`);
    await queryRunner.query(`CREATE TABLE "push_preferences" (
      "user_id" integer PRIMARY KEY NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "previews" boolean NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "push_preferences"`);
    await queryRunner.query(`DROP TABLE "push_subscriptions"`);
  }
}
