import type { ConversationJson, MessageJson } from "../chat-client";

/** One row of the chat list as the app keeps it: the server's row plus a client-side unread count. */
export interface ConversationRow {
  partner: { id: number; username: string };
  last: MessageJson;
  /** Messages from the partner that arrived while the conversation was not open (until issue 6). */
  unread: number;
}

export type ConversationsAction =
  /** `GET /api/conversations` answered: the server's rows, merged with what arrived meanwhile. */
  | { type: "loaded"; conversations: readonly ConversationJson[] }
  /** A message not seen before (live, catch-up or history) in the conversation with `partnerId`. */
  | { type: "message"; message: MessageJson; partnerId: number; selfId: number; openId: number | null; partnerName?: string }
  /** The person opened this conversation: it is read. */
  | { type: "opened"; partnerId: number }
  | { type: "reset" };

/** Most recent activity first; message ids are the server's monotonic order. */
const byRecency = (a: ConversationRow, b: ConversationRow) => b.last.id - a.last.id;

export function conversationsReducer(rows: readonly ConversationRow[], action: ConversationsAction): ConversationRow[] {
  switch (action.type) {
    case "reset":
      return [];
    case "loaded": {
      const local = new Map(rows.map((row) => [row.partner.id, row]));
      const merged = action.conversations.map((c): ConversationRow => {
        const mine = local.get(c.partner.id);
        local.delete(c.partner.id);
        const newer = mine && mine.last.id > c.last_message.id ? mine.last : c.last_message;
        return { partner: { id: c.partner.id, username: c.partner.username }, last: newer, unread: mine?.unread ?? 0 };
      });
      // Rows that arrived live after the server answered are kept.
      return [...merged, ...local.values()].sort(byRecency);
    }
    case "message": {
      const { message, partnerId, selfId, openId } = action;
      const index = rows.findIndex((row) => row.partner.id === partnerId);
      const row = rows[index];
      // History pages (older than the row's last message) never change the list.
      if (row && message.id <= row.last.id) return rows as ConversationRow[];
      const incoming = message.sender_id !== selfId;
      const unread = (row?.unread ?? 0) + (incoming && openId !== partnerId ? 1 : 0);
      const next: ConversationRow = {
        partner: row?.partner ?? { id: partnerId, username: action.partnerName ?? `User ${partnerId}` },
        last: message,
        unread: openId === partnerId ? 0 : unread,
      };
      const rest = rows.filter((_, i) => i !== index);
      return [next, ...rest].sort(byRecency);
    }
    case "opened": {
      const row = rows.find((r) => r.partner.id === action.partnerId);
      if (!row || row.unread === 0) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, unread: 0 } : r));
    }
  }
}
