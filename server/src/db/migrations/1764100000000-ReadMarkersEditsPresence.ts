import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from "typeorm";

/** Read receipts, edit/delete marks and last-seen times; same file for SQLite and PostgreSQL. */
export class ReadMarkersEditsPresence1764100000000 implements MigrationInterface {
  name = "ReadMarkersEditsPresence1764100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "read_markers",
        columns: [
          { name: "user_id", type: "integer", isPrimary: true },
          { name: "partner_id", type: "integer", isPrimary: true },
          { name: "last_read_id", type: "integer", isNullable: false, default: 0 },
          { name: "last_delivered_id", type: "integer", isNullable: false, default: 0 },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ["user_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
          new TableForeignKey({ columnNames: ["partner_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
        ],
      }),
    );
    // Plain ADD COLUMN (same SQL on both databases): TypeORM's SQLite addColumn rebuilds the whole
    // table, which is slow on a big messages table and drops the expression index on users.
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "edited_at" bigint NULL`);
    await queryRunner.query(`ALTER TABLE "messages" ADD COLUMN "deleted_at" bigint NULL`);
    await queryRunner.query(`ALTER TABLE "users" ADD COLUMN "last_seen_at" bigint NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_seen_at"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "deleted_at"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP COLUMN "edited_at"`);
    await queryRunner.dropTable("read_markers");
  }
}
