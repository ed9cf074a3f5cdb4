import type { ConversationRow } from "@chat-app/client";
import type { ChatSummary } from "@chat-app/ui-kit";
import { strings } from "../strings";

/**
 * The chat list's rows as the kit's ChatList shows them: the name, the preview ("You: …" for mine,
 * a group's with its author), the time and the unread and mention counts.
 */
export function chatSummaries(rows: readonly ConversationRow[], selfId: number, userName: (id: number) => string | undefined): ChatSummary[] {
  return rows.map((row) => {
    // The same object for an unchanged row (the reducer keeps those), so the kit's row stays memoized.
    const cached = shown.get(row);
    const summary = toSummary(row, selfId, userName);
    if (cached && cached.lastMessageAuthor === summary.lastMessageAuthor) return cached;
    shown.set(row, summary);
    return summary;
  });
}

const shown = new WeakMap<ConversationRow, ChatSummary>();

function toSummary(row: ConversationRow, selfId: number, userName: (id: number) => string | undefined): ChatSummary {
  const last = row.last;
  const text = last ? (last.deleted_at ? strings.messageDeleted : last.message_content) : undefined;
  const mine = last?.sender_id === selfId;
  if (row.kind === "group") {
    return {
      id: row.key,
      kind: "group",
      name: row.name,
      memberCount: row.memberCount,
      lastMessage: text,
      // A notice names its people itself.
      lastMessageAuthor: last && last.kind !== "system" ? (mine ? strings.you : userName(last.sender_id)) : undefined,
      lastMessageAt: last?.timestamp,
      unreadCount: row.unread,
      mentionCount: row.mentions,
    };
  }
  return {
    id: row.key,
    name: row.name,
    lastMessage: text === undefined ? undefined : (mine ? strings.youPrefix : "") + text,
    lastMessageAt: last?.timestamp,
    unreadCount: row.unread,
  };
}
