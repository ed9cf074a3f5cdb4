import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reports and deactivated accounts. A report keeps the message's text as it was when reported
 * (`message_text`), its sender and conversation, so a later edit or deletion cannot hide what an
 * admin was shown; a person reports a message once (the unique key). A report outlives the accounts
 * it names (SET NULL) but not the message row. Admins page newest first by the primary key.
 * `users.deactivated_at`: set by an admin; such an account cannot log in and its sessions are revoked.
 */
export class ReportsAndDeactivation1765640000000 implements MigrationInterface {
  name = "ReportsAndDeactivation1765640000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "reports" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "message_id" integer NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "reporter_id" integer REFERENCES "users" ("id") ON DELETE SET NULL,
      "sender_id" integer REFERENCES "users" ("id") ON DELETE SET NULL,
      "group_id" integer,
      "receiver_id" integer,
      "reason" varchar(500) NOT NULL,
      "message_text" text NOT NULL,
      "message_sent_at" bigint NOT NULL,
      "created_at" bigint NOT NULL,
      CONSTRAINT "uq_reports_message_reporter" UNIQUE ("message_id", "reporter_id"))`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "deactivated_at" bigint NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}
