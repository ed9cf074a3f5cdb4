import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";
import { underAdvisoryLock } from "./advisory-lock";
import type { DependentList } from "./dependent-statements";
import { IdInsert } from "./id-insert";

/** A messages row as the hot-path queries return it (bigints arrive as strings from PostgreSQL). */
export interface MessageRow {
  id: number;
  sender_id: number;
  receiver_id: number | null;
  group_id: number | null;
  client_id: string;
  content: string;
  timestamp: number | string;
  edited_at: number | string | null;
  deleted_at: number | string | null;
  kind: "text" | "system";
  reply_to_id: number | null;
  forwarded_from_sender_id: number | null;
  forwarded_from_sent_at: number | string | null;
}

export interface ConversationRow extends MessageRow {
  partner_id: number;
  partner_username: string;
  partner_display_name: string | null;
  partner_status_text: string | null;
  partner_avatar_key: string | null;
  unread_count: number | string;
  /** Only looked up when something is unread: the first match of one range of idx_messages_pair. */
  first_unread_id: number | string | null;
}

export const MESSAGE_COLUMNS = `m."id", m."sender_id", m."receiver_id", m."group_id", m."client_id", m."content", m."timestamp", m."edited_at", m."deleted_at", m."kind", m."reply_to_id", m."forwarded_from_sender_id", m."forwarded_from_sent_at"`;

type Insert = {
  senderId: number;
  receiverId: number;
  low: number;
  high: number;
  clientId: string;
  content: string;
  timestamp: number;
  replyToId: number | null;
  /** Forwards only: who wrote the original, and when (ms). */
  forwardedFrom?: ForwardedFrom;
};
/** The original of a forward, as its new row keeps it. */
export type ForwardedFrom = { senderId: number; sentAt: number };
type Page = { low: number; high: number; cursor: number; limit: number };
type Recount = { low: number; high: number; partnerId: number; readerId: number };

/**
 * The statements every message and every screen open runs, as plain SQL shared by SQLite and
 * PostgreSQL (measured: TypeORM's query builder cost more than the database on these paths).
 */
export class MessageQueries {
  private readonly insertOne: IdInsert<Insert>;
  private readonly forwardOne: IdInsert<Insert & { forwardedSenderId: number; forwardedSentAt: number }>;
  private readonly newest: CompiledQuery<Omit<Page, "cursor">>;
  private readonly before: CompiledQuery<Page>;
  private readonly after: CompiledQuery<Page>;
  private readonly list: CompiledQuery<{ userId: number }>;
  private readonly recountLow: CompiledQuery<Recount>;
  private readonly recountHigh: CompiledQuery<Recount>;
  private readonly newestFromSender: CompiledQuery<{ low: number; high: number; senderId: number }>;

  constructor(private readonly dataSource: DataSource) {
    const plainColumns = `"sender_id", "receiver_id", "pair_low_id", "pair_high_id", "client_id", "content", "timestamp", "reply_to_id"`;
    const plainValues = `:senderId, :receiverId, :low, :high, :clientId, :content, :timestamp, :replyToId`;
    // Clients catch up with "after the newest id I hold", so within a conversation ids must become
    // visible in id order. SQLite has one writer, so they do. PostgreSQL allocates ids before commit
    // and concurrent inserts can commit out of order (id 101 seen, then 100 appears: a client that
    // caught up past 101 would never fetch 100). A per-conversation transaction lock taken before the
    // id is drawn makes ids and commits follow the same order.
    const insertSql = (columns: string, values: string) =>
      dataSource.options.type === "postgres"
        ? `WITH "conversation_lock" AS (SELECT pg_advisory_xact_lock(:low, :high))
           INSERT INTO "messages" (${columns}) SELECT ${values} FROM "conversation_lock" RETURNING "id"`
        : `INSERT INTO "messages" (${columns}) VALUES (${values}) RETURNING "id"`;
    const insertOrder = ["senderId", "receiverId", "low", "high", "clientId", "content", "timestamp", "replyToId"] as const;
    this.insertOne = new IdInsert(dataSource, new CompiledQuery(dataSource, insertSql(plainColumns, plainValues), insertOrder));
    // A statement of its own for forwards, so a plain send's statement stays exactly as it was.
    this.forwardOne = new IdInsert(
      dataSource,
      new CompiledQuery(
        dataSource,
        insertSql(
          `${plainColumns}, "forwarded_from_sender_id", "forwarded_from_sent_at"`,
          `${plainValues}, CAST(:forwardedSenderId AS integer), CAST(:forwardedSentAt AS bigint)`,
        ),
        [...insertOrder, "forwardedSenderId", "forwardedSentAt"],
      ),
    );
    const page = (condition: string, order: "ASC" | "DESC") =>
      `SELECT ${MESSAGE_COLUMNS} FROM "messages" m
        WHERE m."pair_low_id" = :low AND m."pair_high_id" = :high ${condition}
        ORDER BY m."id" ${order} LIMIT :limit`;
    this.newest = new CompiledQuery(dataSource, page("", "DESC"), ["low", "high", "limit"]);
    this.before = new CompiledQuery(dataSource, page(`AND m."id" < :cursor`, "DESC"), ["low", "high", "cursor", "limit"]);
    this.after = new CompiledQuery(dataSource, page(`AND m."id" > :cursor`, "ASC"), ["low", "high", "cursor", "limit"]);
    // Each branch is a range scan of one conversation_pairs index; unread counts are stored there.
    this.list = new CompiledQuery(
      dataSource,
      `SELECT p."partner_id", u."username" AS "partner_username", u."display_name" AS "partner_display_name",
         u."status_text" AS "partner_status_text", u."avatar_key" AS "partner_avatar_key", ${MESSAGE_COLUMNS}, p."unread_count",
         CASE WHEN p."unread_count" > 0 THEN (SELECT MIN(f."id") FROM "messages" f
           WHERE f."pair_low_id" = p."low_id" AND f."pair_high_id" = p."high_id" AND f."sender_id" = p."partner_id" AND f."deleted_at" IS NULL
             AND f."id" > COALESCE((SELECT r."last_read_id" FROM "read_markers" r WHERE r."user_id" = :userId AND r."partner_id" = p."partner_id"), 0)) END
           AS "first_unread_id"
       FROM (
         SELECT "high_id" AS "partner_id", "low_id", "high_id", "last_message_id", "low_unread" AS "unread_count" FROM "conversation_pairs" WHERE "low_id" = :userId
         UNION ALL
         SELECT "low_id" AS "partner_id", "low_id", "high_id", "last_message_id", "high_unread" AS "unread_count" FROM "conversation_pairs" WHERE "high_id" = :userId AND "low_id" <> :userId
       ) p
       JOIN "messages" m ON m."id" = p."last_message_id"
       JOIN "users" u ON u."id" = p."partner_id"
       ORDER BY p."last_message_id" DESC`,
      ["userId"],
    );
    // Recounts one side's unread after its read marker moved or a message was deleted: a range
    // scan over just the messages after the marker.
    const recount = (side: "low" | "high") =>
      new CompiledQuery<Recount>(
        dataSource,
        `UPDATE "conversation_pairs" SET "${side}_unread" = (
           SELECT COUNT(*) FROM "messages" x
            WHERE x."pair_low_id" = :low AND x."pair_high_id" = :high AND x."sender_id" = :partnerId AND x."deleted_at" IS NULL
              AND x."id" > COALESCE((SELECT r."last_read_id" FROM "read_markers" r WHERE r."user_id" = :readerId AND r."partner_id" = :partnerId), 0))
         WHERE "low_id" = :low AND "high_id" = :high`,
        ["low", "high", "partnerId", "readerId"],
      );
    this.recountLow = recount("low");
    this.recountHigh = recount("high");
    this.newestFromSender = new CompiledQuery(
      dataSource,
      `SELECT MAX("id") AS "newest" FROM "messages" WHERE "pair_low_id" = :low AND "pair_high_id" = :high AND "sender_id" = :senderId`,
      ["low", "high", "senderId"],
    );
  }

  /** The id of the newest message the sender wrote in this conversation; 0 when none. */
  async newestFrom(senderId: number, low: number, high: number): Promise<number> {
    const [newest] = await this.newestFromSender.run<{ newest: number | string | null }>({ low, high, senderId });
    return Number(newest?.newest ?? 0);
  }

  /** Brings the reader's unread count for this conversation back in line with their read marker. */
  async recountUnread(readerId: number, partnerId: number): Promise<void> {
    if (readerId === partnerId) return;
    const low = Math.min(readerId, partnerId);
    const high = Math.max(readerId, partnerId);
    const recount = readerId === low ? this.recountLow : this.recountHigh;
    await underAdvisoryLock(this.dataSource, [low, high], (runner) => recount.run({ low, high, partnerId, readerId }, runner).then(() => undefined));
  }

  /**
   * A VALUES insert always inserts its row: the id, once committed. With dependents (an upload's
   * claim), they commit with it or the row is not stored (DependentRefused).
   */
  async insert(row: Insert, dependents?: DependentList): Promise<number> {
    const { forwardedFrom } = row;
    if (forwardedFrom) {
      return (await this.forwardOne.run({ ...row, forwardedSenderId: forwardedFrom.senderId, forwardedSentAt: forwardedFrom.sentAt }, dependents))!;
    }
    return (await this.insertOne.run(row, dependents))!;
  }

  /** Newest first, at most `limit` rows: the newest page, or the page before/after a cursor. */
  page(low: number, high: number, cursor: { before?: number; after?: number }, limit: number): Promise<MessageRow[]> {
    if (cursor.after !== undefined) return this.after.run({ low, high, cursor: cursor.after, limit });
    if (cursor.before !== undefined) return this.before.run({ low, high, cursor: cursor.before, limit });
    return this.newest.run({ low, high, limit });
  }

  conversations(userId: number): Promise<ConversationRow[]> {
    return this.list.run({ userId });
  }
}
