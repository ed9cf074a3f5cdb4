import type { ChatMessage } from "@chat-app/ui-kit";
import type { MessageJson, OutboxEntry, ReceiptStatus } from "@chat-app/client";
import type { Translate } from "../../../app/src/i18n/i18n";
import { type NameOf, shownText } from "../../../app/src/state/notices";

/**
 * The open conversation for the kit's MessageList: the server's messages, then the outbox's own ones not
 * acknowledged yet. Own messages are keyed by client_id, so a row keeps its identity from "sending" to "sent".
 */
export function toMessages(
  server: readonly MessageJson[],
  pending: readonly OutboxEntry[],
  selfId: number,
  statusOf: (message: MessageJson) => ReceiptStatus,
  /** Notices are worded for the reader in the language shown, naming people as `nameOf` does. */
  t: Translate,
  nameOf?: NameOf,
): ChatMessage[] {
  const acknowledged = new Set<string>();
  const out: ChatMessage[] = server.map((m) => {
    if (m.client_id) acknowledged.add(m.client_id);
    const own = m.sender_id === selfId && m.kind !== "system";
    return {
      id: own && m.client_id ? m.client_id : m.id,
      authorId: m.sender_id,
      kind: m.kind === "system" ? "system" : undefined,
      text: m.deleted_at ? "" : shownText(m, selfId, t, nameOf),
      timestamp: m.timestamp,
      status: own ? statusOf(m) : undefined,
      deleted: Boolean(m.deleted_at) || undefined,
      senderBlocked: m.sender_blocked || undefined,
    };
  });
  for (const entry of pending) {
    if (acknowledged.has(entry.client_id)) continue;
    out.push({
      id: entry.client_id,
      authorId: selfId,
      text: entry.message_content,
      timestamp: entry.created_at,
      status: entry.failed ? "failed" : "sending",
    });
  }
  return out;
}
