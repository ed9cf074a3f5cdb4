import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

/** Written with the QueryRunner's table API so the same file runs on SQLite and PostgreSQL. */
export class CreateUsersAndMessages1764000000000 implements MigrationInterface {
  name = "CreateUsersAndMessages1764000000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "users",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "username", type: "varchar", length: "32", isNullable: false },
          { name: "email", type: "varchar", length: "254", isNullable: false, isUnique: true },
          { name: "password_hash", type: "varchar", length: "100", isNullable: false },
          { name: "created_at", type: "bigint", isNullable: false },
        ],
      }),
    );
    // Case-insensitive uniqueness: "Alice" and "alice" are the same person to a reader.
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_users_username_lower" ON "users" (lower("username"))`);

    await queryRunner.createTable(
      new Table({
        name: "messages",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "sender_id", type: "integer", isNullable: false },
          { name: "receiver_id", type: "integer", isNullable: false },
          { name: "pair_low_id", type: "integer", isNullable: false },
          { name: "pair_high_id", type: "integer", isNullable: false },
          { name: "client_id", type: "varchar", length: "36", isNullable: false },
          { name: "content", type: "text", isNullable: false },
          { name: "timestamp", type: "bigint", isNullable: false },
        ],
        foreignKeys: [
          new TableForeignKey({ columnNames: ["sender_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
          new TableForeignKey({ columnNames: ["receiver_id"], referencedTableName: "users", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
        ],
        indices: [
          new TableIndex({ name: "idx_messages_pair", columnNames: ["pair_low_id", "pair_high_id", "id"] }),
          new TableIndex({ name: "idx_messages_sender", columnNames: ["sender_id", "id"] }),
          new TableIndex({ name: "idx_messages_receiver", columnNames: ["receiver_id", "id"] }),
          new TableIndex({ name: "idx_messages_sender_client_id", columnNames: ["sender_id", "client_id"], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("messages");
    await queryRunner.query(`DROP INDEX "idx_users_username_lower"`);
    await queryRunner.dropTable("users");
  }
}
