import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Calls. `calls` holds each call's state, so every process sees the same one and transitions are
 * conditional UPDATEs (`WHERE "state" = 'ringing'`): two tabs accepting at once, one wins. A direct
 * call names its callee (`receiver_id`), a group call its group. `ring_deadline`: when a ringing
 * call is missed (any process's sweep ends it). `call_participants`: who is in the call now (`left_at`
 * null) and on which connection (the socket id signals are relayed to).
 */
export class Calls1765200000000 implements MigrationInterface {
  name = "Calls1765200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === "postgres";
    await queryRunner.query(`CREATE TABLE "calls" (
      "id" ${postgres ? "SERIAL PRIMARY KEY" : "integer PRIMARY KEY AUTOINCREMENT NOT NULL"},
      "caller_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "receiver_id" integer REFERENCES "users" ("id") ON DELETE CASCADE,
      "group_id" integer REFERENCES "groups" ("id") ON DELETE CASCADE,
      "media" varchar(8) NOT NULL CHECK ("media" IN ('audio', 'video')),
      "state" varchar(8) NOT NULL CHECK ("state" IN ('ringing', 'active', 'ended')),
      "end_reason" varchar(16),
      "started_at" bigint NOT NULL,
      "ring_deadline" bigint NOT NULL,
      "answered_at" bigint,
      "ended_at" bigint,
      CHECK (("receiver_id" IS NULL) <> ("group_id" IS NULL)))`);
    await queryRunner.query(`CREATE INDEX "idx_calls_live" ON "calls" ("state", "ring_deadline")`);
    await queryRunner.query(`CREATE INDEX "idx_calls_receiver" ON "calls" ("receiver_id", "state")`);
    await queryRunner.query(`CREATE INDEX "idx_calls_group" ON "calls" ("group_id", "state")`);
    await queryRunner.query(`CREATE TABLE "call_participants" (
      "call_id" integer NOT NULL REFERENCES "calls" ("id") ON DELETE CASCADE,
      "user_id" integer NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "connection_id" varchar(64) NOT NULL,
      "joined_at" bigint NOT NULL,
      "left_at" bigint,
      PRIMARY KEY ("call_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_call_participants_user" ON "call_participants" ("user_id", "left_at")`);
    await queryRunner.query(`CREATE INDEX "idx_call_participants_connection" ON "call_participants" ("connection_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "call_participants"`);
    await queryRunner.query(`DROP TABLE "calls"`);
  }
}
