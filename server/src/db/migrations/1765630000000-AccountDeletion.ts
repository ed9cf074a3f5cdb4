import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Account deletion. A deleted account keeps its `users` row as a tombstone (messages, groups and
 * receipts point at it: deleting the row would cascade them out of other people's histories), with
 * `deleted_at` set and every personal column cleared. `held_usernames` keeps a deleted person's
 * name (lower-cased) out of registration until `held_until`, so nobody can pose as them.
 */
export class AccountDeletion1765630000000 implements MigrationInterface {
  name = "AccountDeletion1765630000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "deleted_at" bigint`);
    await queryRunner.query(`CREATE TABLE "held_usernames" (
      "username" varchar(32) PRIMARY KEY NOT NULL,
      "held_until" bigint NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "held_usernames"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
  }
}
