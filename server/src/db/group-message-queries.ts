import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { underAdvisoryLock } from "./advisory-lock";
import { type ForwardedFrom, MESSAGE_COLUMNS, type MessageRow } from "./message-queries";
import type { DependentList } from "./dependent-statements";
import { IdInsert } from "./id-insert";

/** One row of the caller's group list: the group, its latest message (if any) and its author. */
export interface GroupConversationRow extends Omit<MessageRow, "id" | "sender_id" | "client_id" | "content" | "timestamp"> {
  /** Not `group_id`: that name is the (possibly null) last message's column. */
  listed_group_id: number;
  group_name: string;
  member_count: number | string;
  unread_count: number | string;
  /** Unread messages mentioning the reader: one range of the mentions index. */
  mention_count: number | string;
  /** Only looked up when something is unread: the first match of one range of idx_messages_group. */
  first_unread_id: number | string | null;
  joined_at: number | string;
  id: number | null;
  sender_id: number | null;
  sender_username: string | null;
  sender_display_name: string | null;
  sender_status_text: string | null;
  sender_avatar_key: string | null;
  client_id: string | null;
  content: string | null;
  timestamp: number | string | null;
}

type Insert = {
  senderId: number;
  groupId: number;
  clientId: string;
  content: string;
  timestamp: number;
  replyToId: number | null;
  forwardedFrom?: ForwardedFrom;
};
type Page = { groupId: number; cursor: number; limit: number };

/** The hot-path statements of group conversations, as plain SQL shared by SQLite and PostgreSQL. */
export class GroupMessageQueries {
  private readonly insertOne: IdInsert<Insert>;
  private readonly forwardOne: IdInsert<Insert & { forwardedSenderId: number; forwardedSentAt: number }>;
  private readonly newest: CompiledQuery<Omit<Page, "cursor">>;
  private readonly before: CompiledQuery<Page>;
  private readonly after: CompiledQuery<Page>;
  private readonly list: CompiledQuery<{ userId: number }>;
  private readonly recount: CompiledQuery<{ groupId: number }>;
  private readonly recountOne: CompiledQuery<{ groupId: number; userId: number }>;
  private readonly insertNoticeRow: IdInsert<Insert>;

  constructor(private readonly dataSource: DataSource) {
    // PostgreSQL: ids and commits in the same order per conversation, as for direct messages
    // (MessageQueries); key 0 never collides with a pair's lock, whose first key is a user id ≥ 1.
    const insertSql = (kind: "text" | "system", condition: string, forward = false) => {
      const forwardColumns = forward ? `, "forwarded_from_sender_id", "forwarded_from_sent_at"` : "";
      const forwardValues = forward ? `, CAST(:forwardedSenderId AS integer), CAST(:forwardedSentAt AS bigint)` : "";
      const columns = `"sender_id", "group_id", "client_id", "content", "timestamp", "reply_to_id", "kind"${forwardColumns}`;
      const select = `SELECT :senderId, :groupId, :clientId, :content, :timestamp, :replyToId, '${kind}'${forwardValues}`;
      return dataSource.options.type === "postgres"
        ? `WITH "conversation_lock" AS (SELECT pg_advisory_xact_lock(0, :groupId))
           INSERT INTO "messages" (${columns}) ${select} FROM "conversation_lock" ${condition} RETURNING "id"`
        : `INSERT INTO "messages" (${columns}) ${select} ${condition} RETURNING "id"`;
    };
    const order = ["senderId", "groupId", "clientId", "content", "timestamp", "replyToId"] as const;
    // The membership check is part of the insert, so a member removed a moment ago cannot slip a
    // message in between a check and the write: a refused row simply inserts nothing.
    const member = `WHERE EXISTS (SELECT 1 FROM "group_members" gm WHERE gm."group_id" = :groupId AND gm."user_id" = :senderId)`;
    this.insertOne = new IdInsert(dataSource, new CompiledQuery(dataSource, insertSql("text", member), order));
    // A statement of its own for forwards, so a plain send's statement stays exactly as it was.
    this.forwardOne = new IdInsert(
      dataSource,
      new CompiledQuery(dataSource, insertSql("text", member, true), [...order, "forwardedSenderId", "forwardedSentAt"]),
    );
    // Notices are written by the server for members' own actions: no membership condition.
    this.insertNoticeRow = new IdInsert(dataSource, new CompiledQuery(dataSource, insertSql("system", ""), order));
    const page = (condition: string, order: "ASC" | "DESC") =>
      `SELECT ${MESSAGE_COLUMNS} FROM "messages" m WHERE m."group_id" = :groupId ${condition} ORDER BY m."id" ${order} LIMIT :limit`;
    this.newest = new CompiledQuery(dataSource, page("", "DESC"), ["groupId", "limit"]);
    this.before = new CompiledQuery(dataSource, page(`AND m."id" < :cursor`, "DESC"), ["groupId", "cursor", "limit"]);
    this.after = new CompiledQuery(dataSource, page(`AND m."id" > :cursor`, "ASC"), ["groupId", "cursor", "limit"]);
    this.list = new CompiledQuery(
      dataSource,
      `SELECT g."id" AS "listed_group_id", g."name" AS "group_name", mine."unread_count", mine."joined_at",
         (SELECT COUNT(*) FROM "group_members" c WHERE c."group_id" = g."id") AS "member_count",
         (SELECT COUNT(*) FROM "message_mentions" mm
           WHERE mm."user_id" = mine."user_id" AND mm."group_id" = g."id" AND mm."message_id" > mine."last_read_id") AS "mention_count",
         CASE WHEN mine."unread_count" > 0 THEN (SELECT MIN(f."id") FROM "messages" f
           WHERE f."group_id" = g."id" AND f."id" > mine."last_read_id" AND f."sender_id" <> mine."user_id"
             AND f."deleted_at" IS NULL AND f."kind" = 'text') END AS "first_unread_id",
         ${MESSAGE_COLUMNS}, s."username" AS "sender_username", s."display_name" AS "sender_display_name",
         s."status_text" AS "sender_status_text", s."avatar_key" AS "sender_avatar_key"
       FROM "group_members" mine
       JOIN "groups" g ON g."id" = mine."group_id"
       LEFT JOIN "messages" m ON m."id" = g."last_message_id"
       LEFT JOIN "users" s ON s."id" = m."sender_id"
       WHERE mine."user_id" = :userId`,
      ["userId"],
    );
    const unread = `(SELECT COUNT(*) FROM "messages" x
        WHERE x."group_id" = "group_members"."group_id" AND x."id" > "group_members"."last_read_id"
          AND x."sender_id" <> "group_members"."user_id" AND x."deleted_at" IS NULL AND x."kind" = 'text')`;
    this.recount = new CompiledQuery(dataSource, `UPDATE "group_members" SET "unread_count" = ${unread} WHERE "group_id" = :groupId`, ["groupId"]);
    this.recountOne = new CompiledQuery(
      dataSource,
      `UPDATE "group_members" SET "unread_count" = ${unread} WHERE "group_id" = :groupId AND "user_id" = :userId`,
      ["groupId", "userId"],
    );
  }

  /** The new message's id, or null when the sender is not a member of the group; dependents as in MessageQueries.insert. */
  insert(row: Insert, dependents?: DependentList): Promise<number | null> {
    const { forwardedFrom } = row;
    if (forwardedFrom) {
      return this.forwardOne.run({ ...row, forwardedSenderId: forwardedFrom.senderId, forwardedSentAt: forwardedFrom.sentAt }, dependents);
    }
    return this.insertOne.run(row, dependents);
  }

  /** Writes a group notice (content: its JSON); returns its id. */
  async insertNotice(row: Insert): Promise<number> {
    return (await this.insertNoticeRow.run(row))!;
  }

  /** Newest first, at most `limit` rows: the newest page, or the page before/after a cursor. */
  page(groupId: number, cursor: { before?: number; after?: number }, limit: number): Promise<MessageRow[]> {
    if (cursor.after !== undefined) return this.after.run({ groupId, cursor: cursor.after, limit });
    if (cursor.before !== undefined) return this.before.run({ groupId, cursor: cursor.before, limit });
    return this.newest.run({ groupId, limit });
  }

  /** Every group the user is a member of, with its latest message. */
  conversations(userId: number): Promise<GroupConversationRow[]> {
    return this.list.run({ userId });
  }

  /** Brings unread counts back in line with read markers: one member's, or everyone's (after a deletion). */
  async recountUnread(groupId: number, userId?: number): Promise<void> {
    await underAdvisoryLock(this.dataSource, [0, groupId], async (runner) => {
      if (userId === undefined) await this.recount.run({ groupId }, runner);
      else await this.recountOne.run({ groupId, userId }, runner);
    });
  }
}
