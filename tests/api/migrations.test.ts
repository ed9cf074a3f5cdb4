import type { DataSource } from "typeorm";
import { migrations } from "../../server/src/db/migrations";
import { ConversationPairs1764200000000 } from "../../server/src/db/migrations/1764200000000-ConversationPairs";
import { MessageSearch1764300000000 } from "../../server/src/db/migrations/1764300000000-MessageSearch";
import { Groups1764400000000 } from "../../server/src/db/migrations/1764400000000-Groups";
import { Attachments1764800000000 } from "../../server/src/db/migrations/1764800000000-Attachments";
import { RepliesAndReactions1764900000000 } from "../../server/src/db/migrations/1764900000000-RepliesAndReactions";
import { MentionsForwardsPins1765000000000 } from "../../server/src/db/migrations/1765000000000-MentionsForwardsPins";
import { SearchIndexWithoutPrefixes1764500000000 } from "../../server/src/db/migrations/1764500000000-SearchIndexWithoutPrefixes";
import { createDomainServices } from "../../server/src/services";
import type { MessageEvents } from "../../server/src/services/message-events";
import { undoThrough, withMigrationDatabase } from "../helpers/migration-database";

const noEvents: MessageEvents = {
  messageCreated() {},
  messageUpdated() {},
  reactionsChanged() {},
  messagePinned() {},
  receiptsChanged() {},
  groupChanged() {},
  groupLeft() {},
};
/** Today's search service on a migrated database. */
const searchOn = (source: DataSource) => createDomainServices(source, noEvents).search;

describe("migrations", () => {
  it("backfill the conversation list for messages written before it existed, then keep it current", async () => {
    await withMigrationDatabase(async (database) => {
      const before = database.open(migrations.indexOf(ConversationPairs1764200000000));
      await before.initialize();
      await before.runMigrations();
      await before.query(
        `INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`,
      );
      const insert = (from: number, to: number, n: number) =>
        before.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (${from}, ${to}, ${Math.min(from, to)}, ${Math.max(from, to)}, '${n}-${from}-${to}', 'm', 1)`,
        );
      await insert(1, 2, 1);
      await insert(2, 1, 2);
      await insert(3, 1, 3);
      await before.destroy();

      const after = database.open(migrations.indexOf(ConversationPairs1764200000000) + 1);
      await after.initialize();
      expect(await after.showMigrations()).toBe(true);
      await after.runMigrations();
      const pairs = async () =>
        (
          await after.query<Array<Record<string, unknown>>>(
            `SELECT low_id, high_id, last_message_id FROM conversation_pairs ORDER BY low_id, high_id`,
          )
        ).map((row) => Object.values(row).map(Number));
      expect(await pairs()).toEqual([
        [1, 2, 2],
        [1, 3, 3],
      ]);
      // New messages move the pair's latest id through the trigger, in the same statement.
      await after.query(
        `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (1, 3, 1, 3, 'x', 'm', 1)`,
      );
      await after.query(
        `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (2, 3, 2, 3, 'y', 'm', 1)`,
      );
      expect(await pairs()).toEqual([
        [1, 2, 2],
        [1, 3, 4],
        [2, 3, 5],
      ]);
      expect(await after.showMigrations()).toBe(false);
      await after.destroy();
    });
  });

  it("index messages written before message search existed, except deleted ones, then keep the index current", async () => {
    await withMigrationDatabase(async (database) => {
      const before = database.open(migrations.indexOf(MessageSearch1764300000000));
      await before.initialize();
      await before.runMigrations();
      await before.query(
        `INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`,
      );
      const insert = (source: DataSource, from: number, to: number, clientId: string, content: string, deletedAt: number | null = null) =>
        source.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp, deleted_at) VALUES (${from}, ${to}, ${Math.min(from, to)}, ${Math.max(from, to)}, '${clientId}', '${content}', 1, ${deletedAt ?? "NULL"})`,
        );
      await insert(before, 1, 2, "old-1", "an old message about penguins");
      await insert(before, 2, 1, "old-2", "penguins again, from b");
      await insert(before, 3, 2, "old-3", "penguins between b and c");
      await insert(before, 1, 2, "old-4", "", 5);
      await before.destroy();

      // Every later migration too: the search service of today expects today's schema.
      const after = database.open(migrations.length);
      await after.initialize();
      expect(await after.showMigrations()).toBe(true);
      await after.runMigrations();
      expect(await after.showMigrations()).toBe(false);
      const search = searchOn(after);
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
    });
  });

  it("groups: existing messages keep their ids, triggers and search; group messages touch the group, not the pairs; undo removes only group messages", async () => {
    await withMigrationDatabase(async (database) => {
      const before = database.open(migrations.indexOf(Groups1764400000000));
      await before.initialize();
      await before.runMigrations();
      await before.query(
        `INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`,
      );
      const direct = (source: DataSource, from: number, to: number, clientId: string, content: string) =>
        source.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (${from}, ${to}, ${Math.min(from, to)}, ${Math.max(from, to)}, '${clientId}', '${content}', 1)`,
        );
      await direct(before, 1, 2, "d1", "otters before groups");
      await direct(before, 2, 1, "d2", "more otters");
      await direct(before, 3, 1, "d3", "the newest one, deleted for good");
      // A hard delete of the newest row: its id must never be handed out again after the rebuild.
      await before.query(`DELETE FROM messages WHERE client_id = 'd3'`);
      await before.destroy();

      const after = database.open(migrations.length);
      await after.initialize();
      await after.runMigrations();
      const rows = async (sql: string) =>
        (await after.query<Array<Record<string, unknown>>>(sql)).map((row) =>
          Object.values(row).map((v) => (v === null ? null : Number.isNaN(Number(v)) ? v : Number(v))),
        );
      expect(await rows(`SELECT id, sender_id, receiver_id, group_id FROM messages ORDER BY id`)).toEqual([
        [1, 1, 2, null],
        [2, 2, 1, null],
      ]);
      await direct(after, 1, 3, "d4", "otters after groups");
      expect(await rows(`SELECT id FROM messages WHERE client_id = 'd4'`)).toEqual([[4]]);
      expect(await rows(`SELECT low_id, high_id, last_message_id, low_unread, high_unread FROM conversation_pairs ORDER BY low_id, high_id`)).toEqual(
        [
          [1, 2, 2, 1, 1],
          // low_unread 1: the hard-deleted d3 was counted when written (the product never hard-deletes one message).
          [1, 3, 4, 1, 1],
        ],
      );

      await after.query(`INSERT INTO groups (name, created_by, created_at) VALUES ('otter club', 1, 1)`);
      await after.query(
        `INSERT INTO group_members (group_id, user_id, role, joined_at) VALUES (1, 1, 'admin', 1), (1, 2, 'member', 1), (1, 3, 'member', 1)`,
      );
      await after.query(`INSERT INTO messages (sender_id, group_id, client_id, content, timestamp) VALUES (2, 1, 'g1', 'otters in the group', 1)`);
      expect(await rows(`SELECT last_message_id FROM groups`)).toEqual([[5]]);
      expect(await rows(`SELECT user_id, unread_count FROM group_members ORDER BY user_id`)).toEqual([
        [1, 1],
        [2, 0],
        [3, 1],
      ]);
      expect(await rows(`SELECT COUNT(*) FROM conversation_pairs`)).toEqual([[2]]);
      // A row is direct or group, never both or neither.
      await expect(
        after.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, group_id, client_id, content, timestamp) VALUES (1, 2, 1, 2, 1, 'bad1', 'x', 1)`,
        ),
      ).rejects.toThrow();
      await expect(after.query(`INSERT INTO messages (sender_id, client_id, content, timestamp) VALUES (1, 'bad2', 'x', 1)`)).rejects.toThrow();

      const search = searchOn(after);
      const ids = async (userId: number, q: string) => (await search.search(userId, { q, limit: 50 })).results.map((result) => result.id);
      expect(await ids(1, "otters")).toEqual([5, 4, 2, 1]);
      expect(await ids(2, "otters")).toEqual([5, 2, 1]);
      await after.query(`DELETE FROM group_members WHERE group_id = 1 AND user_id = 3`);
      expect(await ids(3, "otters")).toEqual([4]);

      await undoThrough(after, Groups1764400000000);
      expect(await rows(`SELECT id FROM messages ORDER BY id`)).toEqual([[1], [2], [4]]);
      await after.runMigrations();
      expect(await rows(`SELECT id FROM messages ORDER BY id`)).toEqual([[1], [2], [4]]);
      // The search index lost the group message with it and kept the rest through both rebuilds.
      expect(await ids(1, "otters")).toEqual([4, 2, 1]);
      await after.destroy();
    });
  });

  it("rebuilds the search index without prefix indexes: same matches, prefixes included, both ways", async () => {
    await withMigrationDatabase(async (database) => {
      const before = database.open(migrations.indexOf(SearchIndexWithoutPrefixes1764500000000));
      await before.initialize();
      await before.runMigrations();
      await before.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      const send = (source: DataSource, n: number, content: string) =>
        source.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (1, 2, 1, 2, 'c${n}', '${content}', 1)`,
        );
      await send(before, 1, "puffins on the cliff");
      await send(before, 2, "a puffin alone");
      await before.query(`UPDATE messages SET content = '', deleted_at = 2 WHERE id = 2`);
      await before.destroy();

      const after = database.open(migrations.length);
      await after.initialize();
      await after.runMigrations();
      const search = searchOn(after);
      const ids = async (q: string) => (await search.search(2, { q, limit: 50 })).results.map((result) => result.id);
      expect(await ids("puffins")).toEqual([1]);
      expect(await ids("pu")).toEqual([1]);
      await send(after, 3, "puffling spotted");
      expect(await ids("puff")).toEqual([3, 1]);
      if (database.url.startsWith("sqlite:")) {
        const [table] = await after.query<Array<{ sql: string }>>(`SELECT sql FROM sqlite_master WHERE name = 'messages_fts'`);
        expect(table!.sql).not.toContain("prefix");
      }
      await undoThrough(after, SearchIndexWithoutPrefixes1764500000000);
      await after.runMigrations();
      expect(await ids("puff")).toEqual([3, 1]);
      await after.destroy();
    });
  });

  it("attachments: a table that follows its message and its uploader, dropped by undo and made again", async () => {
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      await source.query(
        `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (1, 2, 1, 2, 'c1', '', 1)`,
      );
      const attach = (uploader: number, messageId: number | null, key: string) =>
        source.query(
          `INSERT INTO attachments (uploader_id, message_id, position, kind, name, content_type, size, storage_key, created_at)
           VALUES (${uploader}, ${messageId ?? "NULL"}, 0, 'file', 'a.pdf', 'application/pdf', 10, '${key}', 1)`,
        );
      await attach(1, 1, "k1");
      await attach(2, null, "k2");
      const keys = async () =>
        (await source.query<Array<{ storage_key: string }>>(`SELECT storage_key FROM attachments ORDER BY id`)).map((row) => row.storage_key);
      expect(await keys()).toEqual(["k1", "k2"]);
      await expect(
        source.query(
          `INSERT INTO attachments (uploader_id, kind, name, content_type, size, storage_key, created_at) VALUES (1, 'script', 'x', 'x', 1, 'k3', 1)`,
        ),
      ).rejects.toThrow();
      // A message removed for good (a user's account deleted) takes its attachment rows along.
      await source.query(`DELETE FROM messages WHERE id = 1`);
      expect(await keys()).toEqual(["k2"]);
      await source.query(`DELETE FROM users WHERE id = 2`);
      expect(await keys()).toEqual([]);

      await undoThrough(source, Attachments1764800000000);
      const tables = database.url.startsWith("sqlite:")
        ? await source.query(`SELECT name FROM sqlite_master WHERE name = 'attachments'`)
        : await source.query(`SELECT table_name FROM information_schema.tables WHERE table_name = 'attachments'`);
      expect(tables).toEqual([]);
      await source.runMigrations();
      expect(await keys()).toEqual([]);
      await source.destroy();
    });
  });

  it("replies and reactions: a reply_to_id column and a reactions table that follows its message and its user, undone and made again", async () => {
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      const message = (n: number, replyTo: number | null) =>
        source.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp, reply_to_id) VALUES (1, 2, 1, 2, 'c${n}', 'm', 1, ${replyTo ?? "NULL"})`,
        );
      await message(1, null);
      await message(2, 1);
      const react = (messageId: number, userId: number, emoji: string) =>
        source.query(`INSERT INTO reactions (message_id, user_id, emoji, created_at) VALUES (${messageId}, ${userId}, '${emoji}', 1)`);
      await react(1, 1, "👍");
      await react(1, 2, "👍");
      await react(2, 2, "🎉");
      await expect(react(1, 1, "👍")).rejects.toThrow();
      const reactions = async () =>
        (await source.query<Array<Record<string, unknown>>>(`SELECT message_id, user_id FROM reactions ORDER BY id`)).map((row) =>
          Object.values(row).map(Number),
        );
      await source.query(`DELETE FROM messages WHERE id = 2`);
      expect(await reactions()).toEqual([
        [1, 1],
        [1, 2],
      ]);
      await source.query(`DELETE FROM users WHERE id = 2`);
      expect(await reactions()).toEqual([]);

      await undoThrough(source, RepliesAndReactions1764900000000);
      const tables = database.url.startsWith("sqlite:")
        ? await source.query(`SELECT name FROM sqlite_master WHERE name = 'reactions'`)
        : await source.query(`SELECT table_name FROM information_schema.tables WHERE table_name = 'reactions'`);
      expect(tables).toEqual([]);
      await expect(source.query(`SELECT reply_to_id FROM messages`)).rejects.toThrow();
      await source.runMigrations();
      expect(await source.query(`SELECT reply_to_id FROM messages`)).toEqual([]);
      await source.destroy();
    });
  });
  it("mentions, forwards and pins: tables that follow their message, forward columns and members_can_pin, undone and made again", async () => {
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      await source.query(`INSERT INTO groups (name, created_by, created_at) VALUES ('g', 1, 1)`);
      expect(
        (await source.query(`SELECT members_can_pin FROM groups`)).map((row: { members_can_pin: unknown }) => Boolean(row.members_can_pin)),
      ).toEqual([false]);
      await source.query(`INSERT INTO group_members (group_id, user_id, role, joined_at) VALUES (1, 1, 'admin', 1), (1, 2, 'member', 1)`);
      await source.query(
        `INSERT INTO messages (sender_id, group_id, client_id, content, timestamp, forwarded_from_sender_id, forwarded_from_sent_at) VALUES (1, 1, 'c1', '@b hi', 5, 2, 4), (1, 1, 'c2', 'x', 6, NULL, NULL)`,
      );
      await source.query(`INSERT INTO message_mentions (message_id, user_id, group_id) VALUES (1, 2, 1), (2, 2, 1)`);
      await expect(source.query(`INSERT INTO message_mentions (message_id, user_id, group_id) VALUES (1, 2, 1)`)).rejects.toThrow();
      await source.query(`INSERT INTO pins (message_id, group_id, pinned_by, pinned_at) VALUES (1, 1, 1, 7), (2, 1, 2, 8)`);
      await source.query(`DELETE FROM messages WHERE id = 2`);
      const count = async (table: string) => Number((await source.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
      expect([await count("message_mentions"), await count("pins")]).toEqual([1, 1]);
      const [forwarded] = await source.query(`SELECT forwarded_from_sender_id, forwarded_from_sent_at FROM messages WHERE id = 1`);
      expect(Object.values(forwarded).map(Number)).toEqual([2, 4]);

      await undoThrough(source, MentionsForwardsPins1765000000000);
      for (const table of ["message_mentions", "pins"]) {
        const tables = database.url.startsWith("sqlite:")
          ? await source.query(`SELECT name FROM sqlite_master WHERE name = '${table}'`)
          : await source.query(`SELECT table_name FROM information_schema.tables WHERE table_name = '${table}'`);
        expect(tables).toEqual([]);
      }
      await expect(source.query(`SELECT forwarded_from_sender_id FROM messages`)).rejects.toThrow();
      await expect(source.query(`SELECT members_can_pin FROM groups`)).rejects.toThrow();
      await source.runMigrations();
      expect(await count("pins")).toBe(0);
      expect((await source.query(`SELECT forwarded_from_sender_id FROM messages`)).length).toBe(1);
      await source.destroy();
    });
  });
});

describe("migration 1765100000000-LinkPreviews", () => {
  it("a per-URL cache and a message's preview row that follows its message; removal persists; undone and made again", async () => {
    const LinkPreviews1765100000000 = migrations.find((migration) => migration.name === "LinkPreviews1765100000000")!;
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      for (const n of [1, 2]) {
        await source.query(
          `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (1, 2, 1, 2, 'c${n}', 'http://x/', 1)`,
        );
      }
      await source.query(`INSERT INTO link_previews (url, status, title, fetched_at, expires_at) VALUES ('http://x/', 'ok', 'X', 1, 2)`);
      await expect(
        source.query(`INSERT INTO link_previews (url, status, fetched_at, expires_at) VALUES ('http://x/', 'ok', 1, 2)`),
      ).rejects.toThrow();
      await expect(
        source.query(`INSERT INTO link_previews (url, status, fetched_at, expires_at) VALUES ('http://y/', 'maybe', 1, 2)`),
      ).rejects.toThrow();
      await source.query(`INSERT INTO message_link_previews (message_id, url, preview_id) VALUES (1, 'http://x/', 1), (2, 'http://x/', 1)`);
      const rows = async () =>
        (
          await source.query<Array<Record<string, unknown>>>(`SELECT message_id, preview_id, removed FROM message_link_previews ORDER BY message_id`)
        ).map((row) => Object.values(row).map((value) => (value === null ? null : Number(value))));
      expect(await rows()).toEqual([
        [1, 1, 0],
        [2, 1, 0],
      ]);
      await source.query(`DELETE FROM messages WHERE id = 2`);
      await source.query(`DELETE FROM link_previews WHERE id = 1`);
      expect(await rows()).toEqual([[1, null, 0]]);

      await undoThrough(source, LinkPreviews1765100000000);
      await expect(source.query(`SELECT 1 FROM link_previews`)).rejects.toThrow();
      await expect(source.query(`SELECT 1 FROM message_link_previews`)).rejects.toThrow();
      await source.runMigrations();
      expect(await source.query(`SELECT * FROM message_link_previews`)).toEqual([]);
      await source.destroy();
    });
  });
});

describe("migration 1765300000000-CallTopology", () => {
  it("calls made before it are mesh; new ones may be sfu and nothing else; undone and made again", async () => {
    const CallTopology1765300000000 = migrations.find((migration) => migration.name === "CallTopology1765300000000")!;
    await withMigrationDatabase(async (database) => {
      const before = database.open(migrations.indexOf(CallTopology1765300000000));
      await before.initialize();
      await before.runMigrations();
      await before.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      const call = (columns: string, values: string) =>
        `INSERT INTO calls (caller_id, receiver_id, media, state, started_at, ring_deadline${columns}) VALUES (1, 2, 'audio', 'ended', 1, 2${values})`;
      await before.query(call("", ""));
      await before.destroy();

      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(call(", topology", ", 'sfu'"));
      await source.query(call("", ""));
      await expect(source.query(call(", topology", ", 'p2p'"))).rejects.toThrow();
      const topologies = async () =>
        (await source.query<Array<{ topology: string }>>(`SELECT topology FROM calls ORDER BY id`)).map((row) => row.topology);
      expect(await topologies()).toEqual(["mesh", "sfu", "mesh"]);

      await undoThrough(source, CallTopology1765300000000);
      await expect(source.query(`SELECT topology FROM calls`)).rejects.toThrow();
      expect(await source.query(`SELECT id FROM calls ORDER BY id`)).toHaveLength(3);
      await source.runMigrations();
      expect(await topologies()).toEqual(["mesh", "mesh", "mesh"]);
      await source.destroy();
    });
  });
});

describe("migration 1765400000000-PushSubscriptions", () => {
  it("subscriptions with a unique endpoint and preferences, both following their user; undone and made again", async () => {
    const PushSubscriptions1765400000000 = migrations.find((migration) => migration.name === "PushSubscriptions1765400000000")!;
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      const subscribe = (userId: number, endpoint: string) =>
        source.query(
          `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, user_agent, created_at) VALUES (${userId}, '${endpoint}', 'k', 'a', 'UA', 1)`,
        );
      await subscribe(1, "https://push.example/1");
      await subscribe(1, "https://push.example/2");
      await subscribe(2, "https://push.example/3");
      await expect(subscribe(2, "https://push.example/1")).rejects.toThrow();
      await expect(subscribe(3, "https://push.example/4")).rejects.toThrow();
      await source.query(`INSERT INTO push_preferences (user_id, previews) VALUES (1, ${database.url.startsWith("sqlite:") ? 0 : "false"})`);
      await expect(
        source.query(`INSERT INTO push_preferences (user_id, previews) VALUES (1, ${database.url.startsWith("sqlite:") ? 1 : "true"})`),
      ).rejects.toThrow();
      const endpoints = async () =>
        (await source.query<Array<{ endpoint: string }>>(`SELECT endpoint FROM push_subscriptions ORDER BY id`)).map((row) => row.endpoint);
      await source.query(`DELETE FROM users WHERE id = 1`);
      expect(await endpoints()).toEqual(["https://push.example/3"]);
      expect(await source.query(`SELECT * FROM push_preferences`)).toEqual([]);

      await undoThrough(source, PushSubscriptions1765400000000);
      await expect(source.query(`SELECT 1 FROM push_subscriptions`)).rejects.toThrow();
      await expect(source.query(`SELECT 1 FROM push_preferences`)).rejects.toThrow();
      await source.runMigrations();
      expect(await endpoints()).toEqual([]);
      await source.destroy();
    });
  });
});

describe("migration 1765470000000-NativePushTokens", () => {
  it("app tokens, unique, of a known platform, following their user; undone and made again", async () => {
    const NativePushTokens1765470000000 = migrations.find((migration) => migration.name === "NativePushTokens1765470000000")!;
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.length);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      const store = (userId: number, token: string, platform = "android") =>
        source.query(`INSERT INTO push_native_tokens (user_id, token, platform, created_at) VALUES (${userId}, '${token}', '${platform}', 1)`);
      await store(1, "t1");
      await store(1, "t2", "ios");
      await store(2, "t3");
      await expect(store(2, "t1")).rejects.toThrow();
      await expect(store(3, "t4")).rejects.toThrow();
      await expect(store(2, "t5", "web")).rejects.toThrow();
      const tokens = async () =>
        (await source.query<Array<{ token: string }>>(`SELECT token FROM push_native_tokens ORDER BY id`)).map((row) => row.token);
      await source.query(`DELETE FROM users WHERE id = 1`);
      expect(await tokens()).toEqual(["t3"]);

      await undoThrough(source, NativePushTokens1765470000000);
      await expect(source.query(`SELECT 1 FROM push_native_tokens`)).rejects.toThrow();
      await source.runMigrations();
      expect(await tokens()).toEqual([]);
      await source.destroy();
    });
  });

  it("email tokens of a known purpose with a unique hash, following their user; users start unverified; undone and made again", async () => {
    const EmailTokens1765620000000 = migrations.find((migration) => migration.name === "EmailTokens1765620000000")!;
    await withMigrationDatabase(async (database) => {
      const source = database.open(migrations.indexOf(EmailTokens1765620000000));
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1)`);
      await source.destroy();

      const after = database.open(migrations.length);
      await after.initialize();
      await after.runMigrations();
      const verified = async () =>
        (await after.query(`SELECT email_verified_at FROM users ORDER BY id`)).map((row: { email_verified_at: unknown }) => row.email_verified_at);
      expect(await verified()).toEqual([null, null]);
      const store = (userId: number, hash: string, purpose = "reset") =>
        after.query(
          `INSERT INTO email_tokens (user_id, purpose, token_hash, email, created_at, expires_at) VALUES (${userId}, '${purpose}', '${hash.padEnd(64, "0")}', 'a@x', 1, 2)`,
        );
      await store(1, "h1");
      await store(1, "h2", "verify");
      await store(2, "h3");
      await expect(store(2, "h1")).rejects.toThrow();
      await expect(store(3, "h4")).rejects.toThrow();
      await expect(store(2, "h5", "login")).rejects.toThrow();
      const hashes = async () =>
        (await after.query<Array<{ token_hash: string }>>(`SELECT token_hash FROM email_tokens ORDER BY id`)).map((row) =>
          row.token_hash.slice(0, 2),
        );
      await after.query(`DELETE FROM users WHERE id = 1`);
      expect(await hashes()).toEqual(["h3"]);

      await undoThrough(after, EmailTokens1765620000000);
      await expect(after.query(`SELECT 1 FROM email_tokens`)).rejects.toThrow();
      await expect(after.query(`SELECT email_verified_at FROM users`)).rejects.toThrow();
      await after.runMigrations();
      expect(await hashes()).toEqual([]);
      expect(await verified()).toEqual([null]);
      await after.destroy();
    });
  });
});
