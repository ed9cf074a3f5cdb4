import { Blocks1765610000000 } from "../../server/src/db/migrations/1765610000000-Blocks";
import { undoThrough, withMigrationDatabase } from "../helpers/migration-database";

describe("migration 1765610000000-Blocks", () => {
  it("one block per pair and direction, never of oneself, following both people; undone and made again", async () => {
    await withMigrationDatabase(async (database) => {
      const source = database.open();
      await source.initialize();
      await source.runMigrations();
      await source.query(
        `INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`,
      );
      const blockOf = (blocker: number, blocked: number) =>
        source.query(`INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (${blocker}, ${blocked}, 1)`);
      await blockOf(1, 2);
      await blockOf(2, 1);
      await blockOf(3, 1);
      await expect(blockOf(1, 2)).rejects.toThrow();
      await expect(blockOf(1, 1)).rejects.toThrow();
      await expect(blockOf(1, 4)).rejects.toThrow();
      const pairs = async () =>
        (
          await source.query<Array<{ blocker_id: number; blocked_id: number }>>(
            `SELECT blocker_id, blocked_id FROM blocks ORDER BY blocker_id, blocked_id`,
          )
        ).map((row) => [Number(row.blocker_id), Number(row.blocked_id)]);
      expect(await pairs()).toEqual([
        [1, 2],
        [2, 1],
        [3, 1],
      ]);
      await source.query(`DELETE FROM users WHERE id = 2`);
      expect(await pairs()).toEqual([[3, 1]]);
      await source.query(`DELETE FROM users WHERE id = 1`);
      expect(await pairs()).toEqual([]);

      // Undo back to and including this migration (later ones may exist), then forward again.
      await undoThrough(source, Blocks1765610000000);
      await expect(source.query(`SELECT 1 FROM blocks`)).rejects.toThrow();
      await source.runMigrations();
      expect(await pairs()).toEqual([]);
    });
  });
});
