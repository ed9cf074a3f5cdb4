import { Profiles1765600000000 } from "../../server/src/db/migrations/1765600000000-Profiles";
import { undoThrough, withMigrationDatabase } from "../helpers/migration-database";

describe("the Profiles migration", () => {
  it("adds nullable profile columns that existing accounts start without; undone (accounts kept) and made again", async () => {
    await withMigrationDatabase(async (database) => {
      const source = database.open();
      await source.initialize();
      await source.runMigrations();
      await source.query(`INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1)`);
      expect(await source.query(`SELECT display_name, status_text, avatar_key FROM users`)).toEqual([
        { display_name: null, status_text: null, avatar_key: null },
      ]);
      await source.query(`UPDATE users SET display_name = 'Ada', status_text = 'hi', avatar_key = 'avatar-1'`);

      await undoThrough(source, Profiles1765600000000);
      await expect(source.query(`SELECT display_name FROM users`)).rejects.toThrow();
      expect(await source.query(`SELECT username FROM users`)).toEqual([{ username: "a" }]);

      await source.runMigrations();
      expect(await source.query(`SELECT username, display_name, status_text, avatar_key FROM users`)).toEqual([
        { username: "a", display_name: null, status_text: null, avatar_key: null },
      ]);
      await source.destroy();
    });
  });
});
