import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";

/** A messages row as the hot-path queries return it (bigints arrive as strings from PostgreSQL). */
export interface MessageRow {
  id: number;
  sender_id: number;
  receiver_id: number;
  client_id: string;
  content: string;
  timestamp: number | string;
  edited_at: number | string | null;
  deleted_at: number | string | null;
}

export interface ConversationRow extends MessageRow {
  partner_id: number;
  partner_username: string;
  unread_count: number | string;
}

const MESSAGE_COLUMNS = `m."id", m."sender_id", m."receiver_id", m."client_id", m."content", m."timestamp", m."edited_at", m."deleted_at"`;

type Insert = { senderId: number; receiverId: number; low: number; high: number; clientId: string; content: string; timestamp: number };
type Page = { low: number; high: number; cursor: number; limit: number };

/**
 * The statements every message and every screen open runs, as plain SQL shared by SQLite and
 * PostgreSQL (measured: TypeORM's query builder cost more than the database on these paths).
 */
export class MessageQueries {
  private readonly insertOne: CompiledQuery<Insert>;
  private readonly newest: CompiledQuery<Omit<Page, "cursor">>;
  private readonly before: CompiledQuery<Page>;
  private readonly after: CompiledQuery<Page>;
  private readonly list: CompiledQuery<{ userId: number }>;

  constructor(dataSource: DataSource) {
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "messages" ("sender_id", "receiver_id", "pair_low_id", "pair_high_id", "client_id", "content", "timestamp")
       VALUES (:senderId, :receiverId, :low, :high, :clientId, :content, :timestamp) RETURNING "id"`,
      ["senderId", "receiverId", "low", "high", "clientId", "content", "timestamp"],
    );
    const page = (condition: string, order: "ASC" | "DESC") =>
      `SELECT ${MESSAGE_COLUMNS} FROM "messages" m
        WHERE m."pair_low_id" = :low AND m."pair_high_id" = :high ${condition}
        ORDER BY m."id" ${order} LIMIT :limit`;
    this.newest = new CompiledQuery(dataSource, page("", "DESC"), ["low", "high", "limit"]);
    this.before = new CompiledQuery(dataSource, page(`AND m."id" < :cursor`, "DESC"), ["low", "high", "cursor", "limit"]);
    this.after = new CompiledQuery(dataSource, page(`AND m."id" > :cursor`, "ASC"), ["low", "high", "cursor", "limit"]);
    // Each branch is a range scan of one conversation_pairs index; the unread count scans only the
    // pair's messages after the read marker.
    this.list = new CompiledQuery(
      dataSource,
      `SELECT p."partner_id", u."username" AS "partner_username", ${MESSAGE_COLUMNS},
         (SELECT COUNT(*) FROM "messages" x
           WHERE x."pair_low_id" = CASE WHEN p."partner_id" < :userId THEN p."partner_id" ELSE :userId END
             AND x."pair_high_id" = CASE WHEN p."partner_id" < :userId THEN :userId ELSE p."partner_id" END
             AND x."id" > COALESCE((SELECT r."last_read_id" FROM "read_markers" r WHERE r."user_id" = :userId AND r."partner_id" = p."partner_id"), 0)
             AND x."sender_id" = p."partner_id" AND x."sender_id" <> :userId AND x."deleted_at" IS NULL
         ) AS "unread_count"
       FROM (
         SELECT "high_id" AS "partner_id", "last_message_id" FROM "conversation_pairs" WHERE "low_id" = :userId
         UNION ALL
         SELECT "low_id" AS "partner_id", "last_message_id" FROM "conversation_pairs" WHERE "high_id" = :userId AND "low_id" <> :userId
       ) p
       JOIN "messages" m ON m."id" = p."last_message_id"
       JOIN "users" u ON u."id" = p."partner_id"
       ORDER BY p."last_message_id" DESC`,
      ["userId"],
    );
  }

  async insert(row: Insert): Promise<number> {
    const [inserted] = await this.insertOne.run<{ id: number }>(row);
    return Number(inserted!.id);
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
