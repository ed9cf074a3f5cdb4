import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";

export interface BlockedRow {
  id: number | string;
  username: string;
  display_name: string | null;
  status_text: string | null;
  avatar_key: string | null;
  created_at: number | string;
}

/** One block between two people, in the direction it was made. */
export interface BlockPair {
  blockerId: number;
  blockedId: number;
}

type Pair = { blockerId: number; blockedId: number };

/**
 * Every statement about `blocks`. Each is a lookup by the primary key (blocker, blocked) or by
 * idx_blocks_blocked (blocked, blocker): the send path pays one index probe, never a scan.
 */
export class BlockQueries {
  private readonly insertOne: CompiledQuery<Pair & { createdAt: number }>;
  private readonly deleteOne: CompiledQuery<Pair>;
  private readonly listOwn: CompiledQuery<{ userId: number }>;
  private readonly betweenTwo: CompiledQuery<{ a: number; b: number }>;
  private readonly byBlocker: CompiledQuery<{ userId: number }>;
  private readonly byBlocked: CompiledQuery<{ userId: number }>;
  private readonly eitherWay: CompiledQuery<{ userId: number }>;

  constructor(dataSource: DataSource) {
    // A block already there is left as it was (its created_at too): PUT is idempotent.
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "blocks" ("blocker_id", "blocked_id", "created_at") VALUES (:blockerId, :blockedId, :createdAt) ON CONFLICT DO NOTHING`,
      ["blockerId", "blockedId", "createdAt"],
    );
    this.deleteOne = new CompiledQuery(dataSource, `DELETE FROM "blocks" WHERE "blocker_id" = :blockerId AND "blocked_id" = :blockedId`, [
      "blockerId",
      "blockedId",
    ]);
    this.listOwn = new CompiledQuery(
      dataSource,
      `SELECT u."id", u."username", u."display_name", u."status_text", u."avatar_key", b."created_at" FROM "blocks" b JOIN "users" u ON u."id" = b."blocked_id"
       WHERE b."blocker_id" = :userId ORDER BY b."created_at" DESC, b."blocked_id" DESC`,
      ["userId"],
    );
    // The same round trip says whether `b` deleted their account (a tombstone row: the foreign
    // keys of a message to them still hold, so only this keeps a send to them from being stored).
    this.betweenTwo = new CompiledQuery(
      dataSource,
      `SELECT "blocker_id", "blocked_id" FROM "blocks"
       WHERE ("blocker_id" = :a AND "blocked_id" = :b) OR ("blocker_id" = :b AND "blocked_id" = :a)
       UNION ALL SELECT NULL, NULL FROM "users" WHERE "id" = :b AND "deleted_at" IS NOT NULL`,
      ["a", "b"],
    );
    this.byBlocker = new CompiledQuery(dataSource, `SELECT "blocked_id" AS "id" FROM "blocks" WHERE "blocker_id" = :userId`, ["userId"]);
    this.byBlocked = new CompiledQuery(dataSource, `SELECT "blocker_id" AS "id" FROM "blocks" WHERE "blocked_id" = :userId`, ["userId"]);
    this.eitherWay = new CompiledQuery(
      dataSource,
      `SELECT "blocker_id", "blocked_id" FROM "blocks" WHERE "blocker_id" = :userId
       UNION ALL SELECT "blocker_id", "blocked_id" FROM "blocks" WHERE "blocked_id" = :userId`,
      ["userId"],
    );
  }

  /** Throws on a foreign key violation when the blocked person does not exist. */
  async insert(blockerId: number, blockedId: number, createdAt: number): Promise<void> {
    await this.insertOne.run({ blockerId, blockedId, createdAt });
  }

  async remove(blockerId: number, blockedId: number): Promise<void> {
    await this.deleteOne.run({ blockerId, blockedId });
  }

  /** The people the user blocked, most recent block first. */
  listBlockedBy(userId: number): Promise<BlockedRow[]> {
    return this.listOwn.run<BlockedRow>({ userId });
  }

  /** The blocks between two people, either way (zero, one or two), and whether `b`'s account is deleted. */
  async between(a: number, b: number): Promise<{ blocks: BlockPair[]; bDeleted: boolean }> {
    const rows = await this.betweenTwo.run<{ blocker_id: number | string | null; blocked_id: number | string | null }>({ a, b });
    const blocks = rows.filter((row): row is PairRow => row.blocker_id !== null && row.blocked_id !== null);
    return { blocks: toPairs(blocks), bDeleted: blocks.length < rows.length };
  }

  /** Whom the user blocked. */
  async blockedBy(userId: number): Promise<number[]> {
    return (await this.byBlocker.run<{ id: number | string }>({ userId })).map((row) => Number(row.id));
  }

  /** Who blocked the user. */
  async blockersOf(userId: number): Promise<number[]> {
    return (await this.byBlocked.run<{ id: number | string }>({ userId })).map((row) => Number(row.id));
  }

  /** Every block the user made or is the subject of. */
  async involving(userId: number): Promise<BlockPair[]> {
    return toPairs(await this.eitherWay.run<PairRow>({ userId }));
  }
}

type PairRow = { blocker_id: number | string; blocked_id: number | string };

const toPairs = (rows: PairRow[]): BlockPair[] => rows.map((row) => ({ blockerId: Number(row.blocker_id), blockedId: Number(row.blocked_id) }));
