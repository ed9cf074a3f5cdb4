import type { ReportCreatedJson, ReportJson, ReportsPage, UserProfileJson } from "@chat-app/protocol";
import { isUniqueViolation } from "../db/errors";
import type { ReportQueries, ReportRow } from "../db/report-queries";
import type { StoredMessageQueries } from "../db/stored-message-queries";
import { badRequest, conflict } from "../errors";
import type { ReportInput, ReportsQuery } from "../schemas";
import type { FixedWindowLimit } from "../security/rate-limits";
import type { GroupService } from "./group.service";
import { readableMessage } from "./message-access";
import { userProfileOf } from "./profile-json";

/**
 * Reports: anyone who may read a message may report it once (again: 409), within a per-person
 * budget. The report keeps the text as it read then, so editing or deleting the message later
 * does not change what admins see.
 */
export class ReportService {
  constructor(
    private readonly queries: ReportQueries,
    private readonly stored: StoredMessageQueries,
    private readonly groups: GroupService,
    private readonly limit: FixedWindowLimit,
    private readonly clock: () => number = Date.now,
  ) {}

  async report(userId: number, messageId: number, input: ReportInput): Promise<ReportCreatedJson> {
    const message = await readableMessage(this.stored, this.groups, userId, messageId);
    if (message.senderId === userId) throw badRequest("You cannot report your own message");
    if (message.kind === "system") throw conflict("A group notice cannot be reported");
    if (message.deletedAt) throw conflict("A deleted message cannot be reported");
    await this.limit.consume(String(userId));
    const createdAt = this.clock();
    try {
      const id = await this.queries.insert({
        messageId,
        reporterId: userId,
        senderId: message.senderId,
        groupId: message.groupId,
        receiverId: message.receiverId,
        reason: input.reason,
        messageText: message.content,
        messageSentAt: message.timestamp.getTime(),
        createdAt,
      });
      return { id, message_id: messageId, created_at: new Date(createdAt).toISOString() };
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("You already reported this message");
      throw error;
    }
  }

  async list(query: ReportsQuery): Promise<ReportsPage> {
    // One more than asked tells whether there is a next page without a count.
    const rows = await this.queries.page(query.before, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return { reports: page.map(reportJson), next_before: rows.length > query.limit && last ? Number(last.id) : null };
  }
}

function personOf(row: ReportRow, prefix: "reporter" | "sender"): UserProfileJson | null {
  const id = row[`${prefix}_id`];
  const username = row[`${prefix}_username`];
  if (id === null || username === null) return null;
  return userProfileOf({
    id: Number(id),
    username,
    displayName: row[`${prefix}_display_name`],
    statusText: row[`${prefix}_status_text`],
    avatarKey: row[`${prefix}_avatar_key`],
  });
}

function reportJson(row: ReportRow): ReportJson {
  const sender = personOf(row, "sender");
  return {
    id: Number(row.id),
    reason: row.reason,
    created_at: new Date(Number(row.created_at)).toISOString(),
    reporter: personOf(row, "reporter"),
    sender: sender && { ...sender, deactivated: row.sender_deactivated_at !== null },
    message: {
      id: Number(row.message_id),
      text: row.message_text,
      sent_at: new Date(Number(row.message_sent_at)).toISOString(),
      deleted: row.message_deleted_at !== null,
    },
    conversation:
      row.group_id !== null ? { group_id: Number(row.group_id), receiver_id: null } : { receiver_id: Number(row.receiver_id), group_id: null },
  };
}
