import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { connectClient, exchange, registerAccount } from "./exchange";
import { MessageStore, type StoredMessage } from "../helpers/message-store";
import { FlakyProxy } from "../helpers/flaky-proxy";
import { freePort, ServerProcess } from "../helpers/server-process";
import { TestServer } from "../helpers/test-server";

jest.setTimeout(180_000);

const PER_SIDE = 500;

function assertExactlyOnceInOrder(
  stored: StoredMessage[],
  reports: Awaited<ReturnType<typeof exchange>>,
  held: { a: readonly { id: number }[]; b: readonly { id: number }[] },
) {
  // Stored once: every client_id sent is in the database exactly once, and nothing else is.
  const sentIds = [...reports.a.sent, ...reports.b.sent];
  expect(stored).toHaveLength(PER_SIDE * 2);
  expect(new Set(stored.map((m) => m.client_id))).toEqual(new Set(sentIds));
  // Delivered once to each side: the app saw each message exactly once.
  for (const side of [reports.a, reports.b]) {
    const ids = side.delivered.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(PER_SIDE * 2);
  }
  // In order: each side's conversation is exactly the server's order.
  expect(held.a.map((m) => m.id)).toEqual(stored.map((m) => m.id));
  expect(held.b.map((m) => m.id)).toEqual(stored.map((m) => m.id));
  // And each sender's own messages are stored in the order they were typed.
  for (const [label, sent] of [
    ["from a", reports.a.sent],
    ["from b", reports.b.sent],
  ] as const) {
    const mine = stored.filter((m) => m.content.startsWith(label));
    expect(mine.map((m) => m.client_id)).toEqual(sent);
  }
}

describe("delivery survives a killed server", () => {
  it("loses and duplicates nothing when the server is SIGKILLed mid-exchange and restarted on the same database", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-kill-"));
    const port = String(await freePort());
    const store = await MessageStore.create(dataDir);
    const env = { DATA_DIR: dataDir, DATABASE_URL: store.databaseUrl, PORT: port, HOST: "127.0.0.1", JWT_SECRET: randomBytes(32).toString("hex") };
    let server = await ServerProcess.start(env);
    const url = `http://127.0.0.1:${port}`;
    const [alice, bob] = await Promise.all([registerAccount(url, "kill_alice"), registerAccount(url, "kill_bob")]);
    const a = connectClient(url, alice);
    const b = connectClient(url, bob);
    const kills: number[] = [];
    try {
      const reports = await exchange(a, b, PER_SIDE, 12, async (progress) => {
        for (const at of [250, 600]) {
          while (progress() < at) await new Promise((resolve) => setTimeout(resolve, 10));
          await server.kill("SIGKILL");
          kills.push(progress());
          // The SQLite file a crash leaves behind is intact and reopens (PostgreSQL guards its own files).
          if (store.kind === "sqlite") expect(store.sqliteIntegrity()).toBe("ok");
          await new Promise((resolve) => setTimeout(resolve, 300));
          server = await ServerProcess.start(env);
        }
      });
      const stored = await store.messages();
      assertExactlyOnceInOrder(stored, reports, { a: a.messagesWith(bob.id), b: b.messagesWith(alice.id) });
      console.log(
        `kill/restart on ${store.kind}: ${kills.length} SIGKILLs (after ${kills.join(", ")} sends); stored ${stored.length} messages, ` +
          `${new Set(stored.map((m) => m.client_id)).size} distinct client_ids; delivered a=${reports.a.delivered.length} b=${reports.b.delivered.length}`,
      );
    } finally {
      a.close();
      b.close();
      await server.kill("SIGTERM");
      await store.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("delivery survives a flaky network", () => {
  it("loses and duplicates nothing when connections are cut at random points many times", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-flaky-"));
    const port = String(await freePort());
    const store = await MessageStore.create(dataDir);
    const server = await ServerProcess.start({
      DATA_DIR: dataDir,
      DATABASE_URL: store.databaseUrl,
      PORT: port,
      HOST: "127.0.0.1",
      JWT_SECRET: randomBytes(32).toString("hex"),
    });
    const proxy = await FlakyProxy.start(Number(port));
    const [alice, bob] = await Promise.all([registerAccount(proxy.url, "flaky_alice"), registerAccount(proxy.url, "flaky_bob")]);
    const a = connectClient(proxy.url, alice);
    const b = connectClient(proxy.url, bob);
    try {
      const reports = await exchange(a, b, PER_SIDE, 8, async (progress) => {
        while (progress() < PER_SIDE * 2) {
          await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 400));
          proxy.dropAll();
        }
      });
      const stored = await store.messages();
      assertExactlyOnceInOrder(stored, reports, { a: a.messagesWith(bob.id), b: b.messagesWith(alice.id) });
      expect(proxy.drops).toBeGreaterThanOrEqual(10);
      console.log(
        `flaky network on ${store.kind}: ${proxy.drops} drops; stored ${stored.length}; delivered a=${reports.a.delivered.length} b=${reports.b.delivered.length}`,
      );
    } finally {
      a.close();
      b.close();
      await proxy.close();
      await server.kill("SIGTERM");
      await store.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// SQLite-only properties: skipped in the PostgreSQL pass, which has no such file.
(process.env.TEST_DATABASE_URL?.startsWith("postgres") ? describe.skip : describe)("the SQLite file", () => {
  it("is opened by the server with a 5 s busy timeout and synchronous=NORMAL", async () => {
    const server = await TestServer.start();
    try {
      const [{ timeout }] = await server.server.dataSource.query("PRAGMA busy_timeout");
      const [{ synchronous }] = await server.server.dataSource.query("PRAGMA synchronous");
      expect(timeout).toBe(5000);
      expect(synchronous).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("is in WAL mode", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-wal-"));
    const port = String(await freePort());
    const server = await ServerProcess.start({ DATA_DIR: dataDir, PORT: port, HOST: "127.0.0.1" });
    try {
      // journal_mode is stored in the file; the WAL file exists while the server has it open.
      expect(fs.existsSync(path.join(dataDir, "chat.sqlite-wal"))).toBe(true);
      const Database = (await import("better-sqlite3")).default;
      const db = new Database(path.join(dataDir, "chat.sqlite"), { readonly: true });
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      db.close();
    } finally {
      await server.kill("SIGTERM");
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
