import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Profiles: a display name and a status line people choose, and an avatar. The avatar's two
 * renditions live in storage under `<avatar_key>-64` and `<avatar_key>-256`; a new avatar is a new
 * random key, so the key doubles as the version in its URL. Plain ADD COLUMN, the same SQL on both
 * databases (TypeORM's SQLite addColumn would rebuild the table and drop its expression index).
 */
export class Profiles1765600000000 implements MigrationInterface {
  name = "Profiles1765600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "display_name" varchar(64) NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "status_text" varchar(140) NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "avatar_key" varchar(64) NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "avatar_key"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "status_text"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "display_name"`);
  }
}
