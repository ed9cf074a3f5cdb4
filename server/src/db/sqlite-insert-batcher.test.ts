import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { SqliteDependentRefused, SqliteInsertBatcher } from "./sqlite-insert-batcher";

function openDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-batcher-"));
  const db = new Database(path.join(dir, "t.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.exec(`CREATE TABLE parents (id INTEGER PRIMARY KEY);
           CREATE TABLE rows (id INTEGER PRIMARY KEY AUTOINCREMENT, parent_id INTEGER NOT NULL REFERENCES parents(id), tag TEXT UNIQUE);
           INSERT INTO parents (id) VALUES (1);`);
  return db;
}

describe("SqliteInsertBatcher", () => {
  it("commits everything asked in one event-loop turn in one transaction, ids in request order", async () => {
    const db = openDb();
    // Count how many transactions actually run.
    let transactions = 0;
    const counting = {
      prepare: (sql: string) => db.prepare(sql),
      transaction: <A extends unknown[], R>(fn: (...args: A) => R) => {
        const run = db.transaction(fn);
        return (...args: A) => {
          transactions += 1;
          return run(...args);
        };
      },
    };
    const batcher = new SqliteInsertBatcher(counting, `INSERT INTO rows (parent_id, tag) VALUES (?, ?) RETURNING id`);
    const ids = await Promise.all(Array.from({ length: 100 }, (_, i) => batcher.insertRow([1, `t${i}`])));
    expect(ids).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(transactions).toBe(1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM rows").get()).toEqual({ n: 100 });
    db.close();
  });

  it("fails only the offending row when one row of a batch breaks a constraint", async () => {
    const db = openDb();
    const batcher = new SqliteInsertBatcher(db, `INSERT INTO rows (parent_id, tag) VALUES (?, ?) RETURNING id`);
    const results = await Promise.allSettled([
      batcher.insertRow([1, "a"]),
      batcher.insertRow([999, "b"]), // no such parent
      batcher.insertRow([1, "a"]), // duplicate tag
      batcher.insertRow([1, "c"]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    const codeOf = (result: PromiseSettledResult<unknown> | undefined) => ((result as PromiseRejectedResult).reason as { code?: string }).code;
    expect(codeOf(results[1])).toBe("SQLITE_CONSTRAINT_FOREIGNKEY");
    expect(codeOf(results[2])).toBe("SQLITE_CONSTRAINT_UNIQUE");
    expect(db.prepare("SELECT tag FROM rows ORDER BY id").all()).toEqual([{ tag: "a" }, { tag: "c" }]);
    db.close();
  });

  it("starts a new batch for requests made after a flush", async () => {
    const db = openDb();
    const batcher = new SqliteInsertBatcher(db, `INSERT INTO rows (parent_id, tag) VALUES (?, ?) RETURNING id`);
    expect(await batcher.insertRow([1, "x"])).toBe(1);
    expect(await batcher.insertRow([1, "y"])).toBe(2);
    db.close();
  });

  it("commits a row's dependent statements with it, and rolls the row back alone when one changes nothing", async () => {
    const db = openDb();
    db.exec(`CREATE TABLE files (id INTEGER PRIMARY KEY, row_id INTEGER);
             INSERT INTO files (id, row_id) VALUES (1, NULL), (2, NULL);`);
    const batcher = new SqliteInsertBatcher(db, `INSERT INTO rows (parent_id, tag) VALUES (?, ?) RETURNING id`);
    const claim = (fileIds: number[]) => [
      {
        sql: `UPDATE files SET row_id = ? WHERE id = ? AND row_id IS NULL RETURNING id`,
        parameters: (rowId: number) => fileIds.map((fileId) => [rowId, fileId]),
      },
    ];
    // Same batch: the first row takes file 1; the second wants files 2 and 1, so it must store nothing.
    const results = await Promise.allSettled([
      batcher.insertRow([1, "first"], claim([1])),
      batcher.insertRow([1, "second"], claim([2, 1])),
      batcher.insertRow([1, "plain"]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(SqliteDependentRefused);
    expect(db.prepare("SELECT tag FROM rows ORDER BY id").all()).toEqual([{ tag: "first" }, { tag: "plain" }]);
    const firstId = (results[0] as PromiseFulfilledResult<number>).value;
    expect(db.prepare("SELECT id, row_id FROM files ORDER BY id").all()).toEqual([
      { id: 1, row_id: firstId },
      { id: 2, row_id: null },
    ]);
    db.close();
  });
});
