import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { entities } from "../../server/src/db/data-source";
import { migrations } from "../../server/src/db/migrations";
import { ConversationPairs1764200000000 } from "../../server/src/db/migrations/1764200000000-ConversationPairs";
import { MessageSearch1764300000000 } from "../../server/src/db/migrations/1764300000000-MessageSearch";
import { SearchService } from "../../server/src/services/search.service";
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
      const before = open(database.url, migrations.indexOf(ConversationPairs1764200000000));
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

      const after = open(database.url, migrations.indexOf(ConversationPairs1764200000000) + 1);
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

  it("index messages written before message search existed, except deleted ones, then keep the index current", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-migrate-"));
    const database = await createTestDatabase(dir);
    try {
      const before = open(database.url, migrations.indexOf(MessageSearch1764300000000));
      await before.initialize();
      await before.runMigrations();
      await before.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`);
      const insert = (source: DataSource, from: number, to: number, clientId: string, content: string, deletedAt: number | null = null) =>
        source.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp, deleted_at) VALUES (${from}, ${to}, ${Math.min(from, to)}, ${Math.max(from, to)}, '${clientId}', '${content}', 1, ${deletedAt ?? "NULL"})`,
        );
      await insert(before, 1, 2, "old-1", "an old message about penguins");
      await insert(before, 2, 1, "old-2", "penguins again, from b");
      await insert(before, 3, 2, "old-3", "penguins between b and c");
      await insert(before, 1, 2, "old-4", "", 5);
      await before.destroy();

      const after = open(database.url, migrations.indexOf(MessageSearch1764300000000) + 1);
      await after.initialize();
      expect(await after.showMigrations()).toBe(true);
      await after.runMigrations();
      expect(await after.showMigrations()).toBe(false);
      const search = new SearchService(after);
      const ids = async (userId: number, q: string) => (await search.search(userId, { q, limit: 50 })).results.map((result) => result.id);
      expect(await ids(1, "penguins")).toEqual([2, 1]);
      expect(await ids(2, "pengu")).toEqual([3, 2, 1]);
      // Rows written after the migration are indexed by its triggers.
      await insert(after, 3, 1, "new-1", "penguins arrive late");
      expect(await ids(1, "penguins")).toEqual([5, 2, 1]);
      await after.query(`UPDATE messages SET content = 'walruses instead', edited_at = 2 WHERE id = 1`);
      expect(await ids(1, "penguins")).toEqual([5, 2]);
      expect(await ids(1, "walrus")).toEqual([1]);
      await after.query(`UPDATE messages SET content = '', deleted_at = 3 WHERE id = 2`);
      expect(await ids(1, "penguins")).toEqual([5]);
      await after.query(`DELETE FROM messages WHERE id = 5`);
      expect(await ids(1, "penguins")).toEqual([]);
      await after.undoLastMigration();
      await after.runMigrations();
      expect(await ids(1, "walrus")).toEqual([1]);
      expect(await ids(2, "penguins")).toEqual([3]);
      await after.destroy();
    } finally {
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
