import type { ConversationJson, MessageJson } from "../chat-client";

/** One row of the chat list as the app keeps it: the server's row, its unread count kept live. */
export interface ConversationRow {
  partner: { id: number; username: string };
  last: MessageJson;
  /**
   * The partner's messages after my read marker: the server's `unread_count`, plus the ones that
   * arrived live since while the conversation was not being read; cleared when it is read.
   */
  unread: number;
}

export type ConversationsAction =
  /** `GET /api/conversations` answered: the server's rows, merged with what arrived meanwhile. */
  | { type: "loaded"; conversations: readonly ConversationJson[] }
  /** A message not seen before (live, catch-up or history) in the conversation with `partnerId`. */
  | { type: "message"; message: MessageJson; partnerId: number; selfId: number; openId: number | null; partnerName?: string }
  /** The person opened this conversation: it is read. */
  | { type: "opened"; partnerId: number }
  /** My read marker moved (this tab or another): everything up to `upToId` is read. */
  | { type: "read"; partnerId: number; upToId: number }
  /** A message was edited or deleted: the preview follows when it is the row's last message. */
  | { type: "updated"; message: MessageJson; partnerId: number }
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
        // The server's count, unless a live message is newer than its answer (then ours is fresher).
        const unread = mine && mine.last.id > c.last_message.id ? mine.unread : (c.unread_count ?? mine?.unread ?? 0);
        return { partner: { id: c.partner.id, username: c.partner.username }, last: newer, unread };
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
    case "read": {
      const row = rows.find((r) => r.partner.id === action.partnerId);
      if (!row || row.unread === 0 || row.last.id > action.upToId) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, unread: 0 } : r));
    }
    case "updated": {
      const row = rows.find((r) => r.partner.id === action.partnerId);
      if (!row || row.last.id !== action.message.id || row.last === action.message) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, last: action.message } : r));
    }
    case "opened": {
      const row = rows.find((r) => r.partner.id === action.partnerId);
      if (!row || row.unread === 0) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, unread: 0 } : r));
    }
  }
}
