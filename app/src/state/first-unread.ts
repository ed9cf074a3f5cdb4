import type { ConversationKey, ConversationRow } from "@chat-app/client";

/**
 * Where the open conversation's "New messages" divider goes, decided once at open: the reader's
 * marker moves as they read, but the divider stays put until the conversation is opened again.
 * `settled` is false while the conversation list has no row for it yet (opened by a link at start).
 */
export interface FrozenFirstUnread {
  key: ConversationKey | null;
  id: number | undefined;
  settled: boolean;
}

export const NOTHING_UNREAD: FrozenFirstUnread = { key: null, id: undefined, settled: false };

/** The next frozen value, or `previous` itself when nothing is to change (a render-time guard). */
export function freezeFirstUnread(
  previous: FrozenFirstUnread,
  openKey: ConversationKey | null,
  row: Pick<ConversationRow, "unread" | "firstUnreadId"> | undefined,
): FrozenFirstUnread {
  if (previous.key === openKey && (previous.settled || !row)) return previous;
  return { key: openKey, id: row && row.unread > 0 ? row.firstUnreadId : undefined, settled: row !== undefined };
}
