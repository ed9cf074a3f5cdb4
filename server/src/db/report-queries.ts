import type { DataSource } from "typeorm";
import { CompiledQuery } from "./compiled-query";

export type NewReport = {
  messageId: number;
  reporterId: number;
  senderId: number;
  groupId: number | null;
  receiverId: number | null;
  reason: string;
  messageText: string;
  messageSentAt: number;
  createdAt: number;
};

/** A report with the people it names (null once an account is gone) and the message's state now. */
export interface ReportRow {
  id: number | string;
  message_id: number | string;
  group_id: number | string | null;
  receiver_id: number | string | null;
  reason: string;
  message_text: string;
  message_sent_at: number | string;
  created_at: number | string;
  message_deleted_at: number | string | null;
  reporter_id: number | string | null;
  reporter_username: string | null;
  reporter_display_name: string | null;
  reporter_status_text: string | null;
  reporter_avatar_key: string | null;
  sender_id: number | string | null;
  sender_username: string | null;
  sender_display_name: string | null;
  sender_status_text: string | null;
  sender_avatar_key: string | null;
  sender_deactivated_at: number | string | null;
}

const person = (alias: string, prefix: string) =>
  `${alias}."id" AS "${prefix}_id", ${alias}."username" AS "${prefix}_username", ${alias}."display_name" AS "${prefix}_display_name",
   ${alias}."status_text" AS "${prefix}_status_text", ${alias}."avatar_key" AS "${prefix}_avatar_key"`;

const PAGE_SQL = `SELECT r."id", r."message_id", r."group_id", r."receiver_id", r."reason", r."message_text", r."message_sent_at", r."created_at",
       m."deleted_at" AS "message_deleted_at", ${person("ru", "reporter")}, ${person("su", "sender")}, su."deactivated_at" AS "sender_deactivated_at"
  FROM "reports" r
  JOIN "messages" m ON m."id" = r."message_id"
  LEFT JOIN "users" ru ON ru."id" = r."reporter_id"
  LEFT JOIN "users" su ON su."id" = r."sender_id"`;

/** Every statement about `reports` and about `users.deactivated_at`. */
export class ReportQueries {
  private readonly insertOne: CompiledQuery<NewReport>;
  private readonly firstPage: CompiledQuery<{ limit: number }>;
  private readonly pageBefore: CompiledQuery<{ before: number; limit: number }>;
  private readonly setDeactivated: CompiledQuery<{ id: number; at: number }>;
  private readonly clearDeactivated: CompiledQuery<{ id: number }>;

  constructor(dataSource: DataSource) {
    this.insertOne = new CompiledQuery(
      dataSource,
      `INSERT INTO "reports" ("message_id", "reporter_id", "sender_id", "group_id", "receiver_id", "reason", "message_text", "message_sent_at", "created_at")
       VALUES (:messageId, :reporterId, :senderId, :groupId, :receiverId, :reason, :messageText, :messageSentAt, :createdAt) RETURNING "id"`,
      ["messageId", "reporterId", "senderId", "groupId", "receiverId", "reason", "messageText", "messageSentAt", "createdAt"],
    );
    // Keyset pagination on the primary key: each page is an index range, however many reports there are.
    this.firstPage = new CompiledQuery(dataSource, `${PAGE_SQL} ORDER BY r."id" DESC LIMIT :limit`, ["limit"]);
    this.pageBefore = new CompiledQuery(dataSource, `${PAGE_SQL} WHERE r."id" < :before ORDER BY r."id" DESC LIMIT :limit`, ["before", "limit"]);
    // Deactivating again keeps the first time.
    this.setDeactivated = new CompiledQuery(dataSource, `UPDATE "users" SET "deactivated_at" = COALESCE("deactivated_at", :at) WHERE "id" = :id`, [
      "id",
      "at",
    ]);
    this.clearDeactivated = new CompiledQuery(dataSource, `UPDATE "users" SET "deactivated_at" = NULL WHERE "id" = :id`, ["id"]);
  }

  /** Throws a unique violation when the reporter already reported the message. */
  async insert(report: NewReport): Promise<number> {
    const [row] = await this.insertOne.run<{ id: number | string }>(report);
    if (!row) throw new Error("INSERT INTO reports returned no id");
    return Number(row.id);
  }

  /** Newest first, `limit` of them, before the report `before` when given. */
  page(before: number | undefined, limit: number): Promise<ReportRow[]> {
    return before === undefined ? this.firstPage.run<ReportRow>({ limit }) : this.pageBefore.run<ReportRow>({ before, limit });
  }

  async deactivate(userId: number, at: number): Promise<void> {
    await this.setDeactivated.run({ id: userId, at });
  }

  async reactivate(userId: number): Promise<void> {
    await this.clearDeactivated.run({ id: userId });
  }
}
