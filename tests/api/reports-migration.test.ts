import { ReportsAndDeactivation1765640000000 } from "../../server/src/db/migrations/1765640000000-ReportsAndDeactivation";
import { undoThrough, withMigrationDatabase } from "../helpers/migration-database";

describe("migration 1765640000000-ReportsAndDeactivation", () => {
  it("one report per person and message, outliving the accounts but not the message; users.deactivated_at; undone and made again", async () => {
    await withMigrationDatabase(async (database) => {
      const source = database.open();
      await source.initialize();
      await source.runMigrations();
      await source.query(
        `INSERT INTO users (username, email, password_hash, created_at) VALUES ('a','a@x','x',1), ('b','b@x','x',1), ('c','c@x','x',1)`,
      );
      await source.query(`UPDATE users SET deactivated_at = 5 WHERE id = 2`);
      await source.query(
        `INSERT INTO messages (sender_id, receiver_id, pair_low_id, pair_high_id, client_id, content, timestamp) VALUES (1, 2, 1, 2, 'c1', 'hi', 1), (1, 2, 1, 2, 'c2', 'yo', 2)`,
      );
      const reportOf = (message: number, reporter: number) =>
        source.query(
          `INSERT INTO reports (message_id, reporter_id, sender_id, receiver_id, reason, message_text, message_sent_at, created_at) VALUES (${message}, ${reporter}, 1, 2, 'r', 'hi', 1, 1)`,
        );
      await reportOf(1, 3);
      await reportOf(2, 3);
      await expect(reportOf(1, 3)).rejects.toThrow();
      await expect(reportOf(9, 3)).rejects.toThrow();
      const rows = async () =>
        (
          await source.query<Array<{ message_id: number; reporter_id: number | null; sender_id: number | null }>>(
            `SELECT message_id, reporter_id, sender_id FROM reports ORDER BY id`,
          )
        ).map((row) => [
          Number(row.message_id),
          row.reporter_id === null ? null : Number(row.reporter_id),
          row.sender_id === null ? null : Number(row.sender_id),
        ]);
      await source.query(`DELETE FROM messages WHERE id = 2`);
      expect(await rows()).toEqual([[1, 3, 1]]);
      await source.query(`DELETE FROM users WHERE id = 3`);
      expect(await rows()).toEqual([[1, null, 1]]);
      expect(
        (await source.query(`SELECT deactivated_at FROM users WHERE id = 2`)).map((row: { deactivated_at: unknown }) => Number(row.deactivated_at)),
      ).toEqual([5]);

      await undoThrough(source, ReportsAndDeactivation1765640000000);
      await expect(source.query(`SELECT 1 FROM reports`)).rejects.toThrow();
      await expect(source.query(`SELECT deactivated_at FROM users`)).rejects.toThrow();
      expect(await source.query(`SELECT username FROM users ORDER BY id`)).toEqual([{ username: "a" }, { username: "b" }]);
      await source.runMigrations();
      expect(await rows()).toEqual([]);
    });
  });
});
