import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A call's topology: "mesh" (everyone sends to everyone) or "sfu" (a group call through Janus). Kept
 * on the call, since whether Janus is configured can change between a call's start and its end.
 */
export class CallTopology1765300000000 implements MigrationInterface {
  name = "CallTopology1765300000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" ADD COLUMN "topology" varchar(8) NOT NULL DEFAULT 'mesh' CHECK ("topology" IN ('mesh', 'sfu'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "topology"`);
  }
}
