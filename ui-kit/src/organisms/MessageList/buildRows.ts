import type { ChatMessage, MessageId, UserId } from '../../types';
import { dayKey, toDate } from '../../utils/time';

/** A row of the virtualized list: a day heading, a message, or a system notice (`kind: 'system'`). */
export type MessageListRow =
  | { kind: 'date'; key: string; date: Date }
  | { kind: 'message'; key: string; message: ChatMessage; own: boolean; groupStart: boolean; authorName?: string }
  | { kind: 'notice'; key: string; message: ChatMessage }
  | { kind: 'unread'; key: typeof UNREAD_KEY };

/** The key of the "New messages" divider's row. */
export const UNREAD_KEY = 'u:first-unread';

/**
 * Turns messages (oldest first) into rows: a date row before the first message of each day, and
 * message rows that know whether they start a group (a run of consecutive messages by one author
 * on one day). Only the first of a group shows the author: appending a message never changes an
 * existing row, so a new message re-renders one row. System notices become notice rows (keyed like
 * messages, `m:<id>`) and end the run: the next message starts a new group. The "New messages"
 * divider goes right before `firstUnreadId`'s row and also starts a new group.
 */
export function buildRows(
  messages: readonly ChatMessage[],
  currentUserId: UserId,
  getAuthorName?: (authorId: UserId) => string | undefined,
  timeZone?: string,
  firstUnreadId?: MessageId,
): MessageListRow[] {
  const rows: MessageListRow[] = [];
  let prevDay: string | null = null;
  let prevAuthor: UserId | null = null;
  for (const message of messages) {
    const date = toDate(message.timestamp);
    const day = Number.isNaN(date.getTime()) ? 'invalid' : dayKey(date, timeZone);
    const newDay = day !== prevDay;
    if (newDay && day !== 'invalid') rows.push({ kind: 'date', key: `d:${day}`, date });
    prevDay = day;
    if (firstUnreadId !== undefined && message.id === firstUnreadId) {
      rows.push({ kind: 'unread', key: UNREAD_KEY });
      prevAuthor = null;
    }
    if (message.kind === 'system') {
      rows.push({ kind: 'notice', key: `m:${String(message.id)}`, message });
      prevAuthor = null;
      continue;
    }
    rows.push({
      kind: 'message',
      key: `m:${String(message.id)}`,
      message,
      own: message.authorId === currentUserId,
      groupStart: newDay || message.authorId !== prevAuthor,
      authorName: getAuthorName?.(message.authorId),
    });
    prevAuthor = message.authorId;
  }
  return rows;
}
