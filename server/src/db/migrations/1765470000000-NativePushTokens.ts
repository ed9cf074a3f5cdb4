import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Native push (FCM, and APNs through FCM). `push_native_tokens`: one row per app install a person
 * allowed notifications on; the registration token is unique (a device logged in to another account
 * moves the row to it), and `platform` is what the app said it runs on.
 */
export class NativePushTokens1765470000000 implements MigrationInterface {
  name = "NativePushTokens1765470000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "push_native_tokens" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "token" varchar(4096) NOT NULL UNIQUE,
      "platform" varchar(16) NOT NULL CHECK ("platform" IN ('android', 'ios')),
      "created_at" bigint NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_push_native_tokens_user" ON "push_native_tokens" ("user_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "push_native_tokens"`);
  }
}
