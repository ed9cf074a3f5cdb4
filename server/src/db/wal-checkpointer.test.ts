import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { WalCheckpointer } from "./wal-checkpointer";

describe("WalCheckpointer", () => {
  it("copies committed pages from the WAL into the database file from its own thread", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-wal-"));
    const file = path.join(dir, "t.sqlite");
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE t (x TEXT)");
    const insert = db.prepare("INSERT INTO t (x) VALUES (?)");
    db.transaction(() => {
      for (let i = 0; i < 5000; i += 1) insert.run("x".repeat(200));
    })();
    // With automatic checkpoints off, the rows live only in the WAL so far.
    const before = fs.statSync(file).size;
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(500_000);

    const errors: unknown[] = [];
    const checkpointer = WalCheckpointer.start(file, 50, (error) => errors.push(error));
    const deadline = Date.now() + 5000;
    while (fs.statSync(file).size <= before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await checkpointer.stop();
    expect(fs.statSync(file).size).toBeGreaterThan(before + 500_000);
    expect(errors).toEqual([]);
    expect(db.prepare("SELECT COUNT(*) AS n FROM t").get()).toEqual({ n: 5000 });
    db.close();
  });
});
