import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { SendPathRead } from "./send-path-read";
import type { DependentStatements } from "./dependent-statements";
import { idList } from "./id-list";

/** One mention of a page: which message named which member. */
export interface MentionRow {
  message_id: number | string;
  user_id: number | string;
}

type Mention = { messageId: number; userId: number; groupId: number };

/** Every statement about `message_mentions`. */
export class MentionQueries {
  private readonly insertOne: CompiledQuery<Mention>;
  private readonly deleteAll: CompiledQuery<{ messageId: number }>;
  private readonly membersNamedByCount = new Map<number, CompiledQuery<Record<string, unknown>>>();

  constructor(private readonly dataSource: DataSource) {
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "message_mentions" ("message_id", "user_id", "group_id") VALUES (:messageId, :userId, :groupId) RETURNING "message_id"`,
      ["messageId", "userId", "groupId"],
    );
    this.deleteAll = new CompiledQuery(dataSource, `DELETE FROM "message_mentions" WHERE "message_id" = :messageId`, ["messageId"]);
  }

  /** The ids of the group's current members whose username (any case) is one of `names`, except `exceptId`. */
  async membersNamed(groupId: number, lowercaseNames: readonly string[], exceptId: number): Promise<number[]> {
    if (lowercaseNames.length === 0) return [];
    const named = Object.fromEntries(lowercaseNames.map((name, i) => [`n${i}`, name]));
    const rows = await this.membersNamedQuery(lowercaseNames.length).run<{ id: number | string }>({ groupId, exceptId, ...named });
    return rows.map((row) => Number(row.id));
  }

  /** The lookup for `count` names, compiled once per count (a send pays no SQL parsing). */
  private membersNamedQuery(count: number): CompiledQuery<Record<string, unknown>> {
    let query = this.membersNamedByCount.get(count);
    if (!query) {
      const names = Array.from({ length: count }, (_, i) => `n${i}`);
      query = new SendPathRead<Record<string, unknown>>(
        this.dataSource,
        `SELECT u."id" FROM "group_members" gm JOIN "users" u ON u."id" = gm."user_id"
          WHERE gm."group_id" = :groupId AND gm."user_id" <> :exceptId AND lower(u."username") IN (${names.map((n) => `:${n}`).join(", ")})
          ORDER BY u."id"`,
        ["groupId", "exceptId", ...names],
      );
      this.membersNamedByCount.set(count, query);
    }
    return query;
  }

  /** The mentions of the message being inserted, as statements of the insert's own transaction. */
  inserts(groupId: number, userIds: readonly number[]): DependentStatements<Mention> {
    return { query: this.insertOne, parameters: (messageId) => userIds.map((userId) => ({ messageId, userId, groupId })) };
  }

  /** After an edit: the message names these members now. */
  async replace(messageId: number, groupId: number, userIds: readonly number[]): Promise<void> {
    // One transaction: a reader never sees the message with none of its mentions, nor half of them.
    await this.dataSource.transaction(async (manager) => {
      await this.deleteAll.run({ messageId }, manager.queryRunner);
      for (const userId of userIds) await this.insertOne.run({ messageId, userId, groupId }, manager.queryRunner);
    });
  }

  async deleteOfMessage(messageId: number): Promise<void> {
    await this.deleteAll.run({ messageId });
  }

  /** The mentions of a page in one statement, each message's by user id. */
  forMessages(messageIds: readonly number[]): Promise<MentionRow[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT "message_id", "user_id" FROM "message_mentions" WHERE "message_id" IN (${idList(messageIds)}) ORDER BY "message_id", "user_id"`,
    );
  }
}
