import { type ConversationKey, type ConversationRow, type GroupJson, type PresenceJson, shownName } from "@chat-app/client";
import type { ChatSummary, PresenceStatus } from "@chat-app/ui-kit";
import type { Translate } from "../i18n/i18n";
import { type NameOf, shownText } from "./notices";

export const presenceOf = (entry: PresenceJson | undefined): PresenceStatus | undefined =>
  entry ? (entry.online ? "online" : "offline") : undefined;

export interface SummaryContext {
  selfId: number;
  presence: ReadonlyMap<number, PresenceJson>;
  /** Who types where. */
  typing: ReadonlyMap<ConversationKey, readonly number[]>;
  groups: ReadonlyMap<number, GroupJson>;
  userName: (id: number) => string;
  /** The language the previews are worded in ("You: …"). */
  t: Translate;
}

/** The chat list's rows as the kit's ChatList shows them: names, previews ("You: …", "Alice: …"), unread, presence, typing. */
export function chatSummaries(rows: readonly ConversationRow[], context: SummaryContext): ChatSummary[] {
  return rows.map((row) => summaryOf(row, context));
}

/** One row of the chat list (shared with the mobile app, which keeps unchanged rows' objects). */
export function summaryOf(row: ConversationRow, { selfId, presence, typing, groups, userName, t }: SummaryContext): ChatSummary {
  const last = row.last;
  const text = last
    ? last.deleted_at
      ? t("list.deleted")
      : shownText(last, selfId, t, row.kind === "group" ? membersNamed(groups.get(row.id)) : undefined)
    : undefined;
  const typingHere = typing.has(row.key);
  if (row.kind === "group") {
    return {
      id: row.key,
      kind: "group",
      name: row.name,
      memberCount: row.memberCount ?? groups.get(row.id)?.members.length,
      lastMessage: text,
      // A notice names its people itself ("You added bob").
      lastMessageAuthor: last && last.kind !== "system" ? (last.sender_id === selfId ? t("list.you") : userName(last.sender_id)) : undefined,
      lastMessageAt: last?.timestamp,
      unreadCount: row.unread,
      mentionCount: row.mentions,
      typing: typingHere,
    };
  }
  return {
    id: row.key,
    name: row.deleted ? t("leave.deletedAccount") : row.name,
    lastMessage: last && text !== undefined ? (last.sender_id === selfId ? t("list.youPrefix") : "") + text : undefined,
    lastMessageAt: last?.timestamp,
    unreadCount: row.unread,
    // A deleted account is never online again: no dot, rather than a stale "offline".
    presence: row.deleted ? undefined : presenceOf(presence.get(row.id)),
    typing: typingHere,
  };
}

/** A group's notices name its members as they show themselves now; others (gone since) by the username they had. */
export function membersNamed(group: GroupJson | undefined): NameOf | undefined {
  if (!group) return undefined;
  return (user) => {
    const member = group.members.find((candidate) => candidate.id === user.id);
    return member ? shownName(member) : user.username;
  };
}
