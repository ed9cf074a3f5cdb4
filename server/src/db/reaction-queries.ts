import type { DataSource } from "typeorm";
import { underAdvisoryLock } from "./advisory-lock";
import { CompiledQuery } from "./compiled-query";
import { idList } from "./id-list";

/** One (message, emoji) of a page: how many, whether the reader is among them, and the first few who. */
export interface ReactionRow {
  message_id: number | string;
  emoji: string;
  user_id: number | string;
  total: number | string;
  mine: number | string;
}

/** Every reaction of one message, earliest first. */
export interface ReactorRow {
  emoji: string;
  user_id: number | string;
}

type Reaction = { messageId: number; userId: number; emoji: string };

/** The lock a message's reactions are added under, so the cap on distinct emoji holds on PostgreSQL. */
const reactionLock = (messageId: number) => [-3, messageId] as const;

/** Every statement about `reactions`. */
export class ReactionQueries {
  private readonly insertOne: CompiledQuery<Reaction & { createdAt: number; maxEmoji: number }>;
  private readonly deleteOne: CompiledQuery<Reaction>;
  private readonly ofMessage: CompiledQuery<{ messageId: number }>;
  private readonly deleteAll: CompiledQuery<{ messageId: number }>;
  private readonly exists: CompiledQuery<Reaction>;

  constructor(private readonly dataSource: DataSource) {
    // Inserts only while the message has fewer than maxEmoji distinct emoji, or already has this one.
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "reactions" ("message_id", "user_id", "emoji", "created_at")
       SELECT CAST(:messageId AS integer), CAST(:userId AS integer), CAST(:emoji AS varchar(64)), CAST(:createdAt AS bigint)
        WHERE EXISTS (SELECT 1 FROM "reactions" r WHERE r."message_id" = :messageId AND r."emoji" = :emoji)
           OR (SELECT COUNT(DISTINCT r."emoji") FROM "reactions" r WHERE r."message_id" = :messageId) < :maxEmoji
       ON CONFLICT ("message_id", "user_id", "emoji") DO NOTHING`,
      ["messageId", "userId", "emoji", "createdAt", "maxEmoji"],
    );
    this.exists = new CompiledQuery(
      dataSource,
      `SELECT 1 AS "found" FROM "reactions" WHERE "message_id" = :messageId AND "user_id" = :userId AND "emoji" = :emoji`,
      ["messageId", "userId", "emoji"],
    );
    this.deleteOne = new CompiledQuery(
      dataSource,
      `DELETE FROM "reactions" WHERE "message_id" = :messageId AND "user_id" = :userId AND "emoji" = :emoji`,
      ["messageId", "userId", "emoji"],
    );
    this.ofMessage = new CompiledQuery(
      dataSource,
      `SELECT "emoji", "user_id" FROM "reactions" WHERE "message_id" = :messageId ORDER BY "created_at", "id"`,
      ["messageId"],
    );
    this.deleteAll = new CompiledQuery(dataSource, `DELETE FROM "reactions" WHERE "message_id" = :messageId`, ["messageId"]);
  }

  /** False when the message already has maxEmoji other emoji; true when the reaction is there now. */
  async add(reaction: Reaction, createdAt: number, maxEmoji: number): Promise<boolean> {
    return underAdvisoryLock(this.dataSource, reactionLock(reaction.messageId), async (runner) => {
      await this.insertOne.run({ ...reaction, createdAt, maxEmoji }, runner);
      return (await this.exists.run(reaction, runner)).length > 0;
    });
  }

  async remove(reaction: Reaction): Promise<void> {
    await this.deleteOne.run(reaction);
  }

  /** Every reaction of one message, earliest first (at most the emoji cap times its audience). */
  forMessage(messageId: number): Promise<ReactorRow[]> {
    return this.ofMessage.run({ messageId });
  }

  async deleteOfMessage(messageId: number): Promise<void> {
    await this.deleteAll.run({ messageId });
  }

  /**
   * The reactions of a page in one statement: per message and emoji, the count, whether the reader
   * reacted, and the first `cap` reactors, ordered by when each emoji was first used.
   */
  forMessages(messageIds: readonly number[], readerId: number, cap: number): Promise<ReactionRow[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    const reader = Number(readerId);
    const limit = Number(cap);
    if (!Number.isSafeInteger(reader) || !Number.isSafeInteger(limit)) throw new Error("reader and cap must be integers");
    return this.dataSource.query(
      `SELECT "message_id", "emoji", "user_id", "total", "mine" FROM (
         SELECT r."message_id", r."emoji", r."user_id", r."created_at", r."id",
                ROW_NUMBER() OVER (PARTITION BY r."message_id", r."emoji" ORDER BY r."created_at", r."id") AS "position",
                COUNT(*) OVER (PARTITION BY r."message_id", r."emoji") AS "total",
                MAX(CASE WHEN r."user_id" = ${reader} THEN 1 ELSE 0 END) OVER (PARTITION BY r."message_id", r."emoji") AS "mine",
                MIN(r."id") OVER (PARTITION BY r."message_id", r."emoji") AS "first_id"
           FROM "reactions" r WHERE r."message_id" IN (${idList(messageIds)})
       ) ranked
       WHERE "position" <= ${limit}
       ORDER BY "message_id", "first_id", "position"`,
    );
  }
}
