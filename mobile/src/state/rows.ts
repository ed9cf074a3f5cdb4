import type { ChatSummary } from "@chat-app/ui-kit";
import { type ConversationJson, type ConversationKey, groupKey, type MessageJson, userKey } from "@chat-app/client";

/** A chat-list row: the kit's summary, keyed by the conversation's key ("u:5", "g:2"). */
export interface Row extends ChatSummary {
  id: ConversationKey;
}

export function rowOf(conversation: ConversationJson): Row {
  const last = conversation.last_message;
  const base = conversation.group
    ? { id: groupKey(conversation.group.id), name: conversation.group.name, kind: "group" as const }
    : { id: userKey(conversation.partner.id), name: conversation.partner.username };
  return {
    ...base,
    lastMessage: last?.message_content,
    lastMessageAt: last?.timestamp,
    unreadCount: conversation.unread_count,
  };
}

/**
 * A live message: its row moves to the top with the new preview (one more unread unless it is mine or
 * open). Null when no row has the key: only the server knows the name, so the list is asked for again.
 */
export function withMessage(
  rows: readonly Row[],
  key: ConversationKey,
  message: MessageJson,
  selfId: number,
  openKey: ConversationKey | null,
): Row[] | null {
  const row = rows.find((r) => r.id === key);
  if (!row) return null;
  const unread = message.sender_id === selfId || key === openKey ? 0 : (row.unreadCount ?? 0) + 1;
  const next: Row = { ...row, lastMessage: message.message_content, lastMessageAt: message.timestamp, unreadCount: unread };
  return [next, ...rows.filter((r) => r.id !== key)];
}
