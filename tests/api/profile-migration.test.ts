import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DataSource } from "typeorm";
import { entities } from "../../server/src/db/data-source";
import { migrations } from "../../server/src/db/migrations";
import { Profiles1765600000000 } from "../../server/src/db/migrations/1765600000000-Profiles";
import { createTestDatabase } from "../helpers/test-server";

function open(url: string): DataSource {
  const common = { entities, migrations, synchronize: false } as const;
  return url.startsWith("sqlite:")
    ? new DataSource({ type: "better-sqlite3", database: url.slice("sqlite:".length), ...common })
    : new DataSource({ type: "postgres", url, ...common });
}

describe("the Profiles migration", () => {
  it("adds nullable profile columns that existing accounts start without; undone (accounts kept) and made again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-migrate-"));
    const database = await createTestDatabase(dir);
    try {
      const source = open(database.url);
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1)`);
      expect(await source.query(`SELECT display_name, status_text, avatar_key FROM users`)).toEqual([
        { display_name: null, status_text: null, avatar_key: null },
      ]);
      await source.query(`UPDATE users SET display_name = 'Ada', status_text = 'hi', avatar_key = 'avatar-1'`);

      for (let i = migrations.length - 1; i >= migrations.indexOf(Profiles1765600000000); i -= 1) await source.undoLastMigration();
      await expect(source.query(`SELECT display_name FROM users`)).rejects.toThrow();
      expect(await source.query(`SELECT username FROM users`)).toEqual([{ username: "a" }]);

      await source.runMigrations();
      expect(await source.query(`SELECT username, display_name, status_text, avatar_key FROM users`)).toEqual([
        { username: "a", display_name: null, status_text: null, avatar_key: null },
      ]);
      await source.destroy();
    } finally {
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
