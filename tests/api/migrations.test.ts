import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { entities } from "../../server/src/db/data-source";
import { migrations } from "../../server/src/db/migrations";
import { createTestDatabase } from "../helpers/test-server";

/** A DataSource on the test database (SQLite file, or PostgreSQL with TEST_DATABASE_URL) with some migrations. */
function open(url: string, upTo: number): DataSource {
  const common = { entities, migrations: migrations.slice(0, upTo), synchronize: false } as const;
  return url.startsWith("sqlite:")
    ? new DataSource({ type: "better-sqlite3", database: url.slice("sqlite:".length), ...common })
    : new DataSource({ type: "postgres", url, ...common });
}

describe("migrations", () => {
  it("backfill the conversation list for messages written before it existed, then keep it current", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-migrate-"));
    const database = await createTestDatabase(dir);
    try {
      const before = open(database.url, migrations.length - 1);
      await before.initialize();
      await before.runMigrations();
      await before.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`);
      const insert = (from: number, to: number, n: number) =>
        before.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (${from}, ${to}, ${Math.min(from, to)}, ${Math.max(from, to)}, '${n}-${from}-${to}', 'm', 1)`,
        );
      await insert(1, 2, 1);
      await insert(2, 1, 2);
      await insert(3, 1, 3);
      await before.destroy();

      const after = open(database.url, migrations.length);
      await after.initialize();
      expect(await after.showMigrations()).toBe(true);
      await after.runMigrations();
      const pairs = async () =>
        ((await after.query(`SELECT low_id, high_id, last_message_id FROM conversation_pairs ORDER BY low_id, high_id`)) as Array<Record<string, unknown>>).map(
          (row) => Object.values(row).map(Number),
        );
      expect(await pairs()).toEqual([
        [1, 2, 2],
        [1, 3, 3],
      ]);
      // New messages move the pair's latest id through the trigger, in the same statement.
      await after.query(`INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (1, 3, 1, 3, 'x', 'm', 1)`);
      await after.query(`INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (2, 3, 2, 3, 'y', 'm', 1)`);
      expect(await pairs()).toEqual([
        [1, 2, 2],
        [1, 3, 4],
        [2, 3, 5],
      ]);
      expect(await after.showMigrations()).toBe(false);
      await after.destroy();
    } finally {
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
