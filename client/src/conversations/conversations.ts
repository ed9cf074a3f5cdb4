import { type ConversationKey, groupKey, isGroupKey, keyId, userKey } from "../keys";
import type { UserProfileJson } from "@chat-app/protocol";
import { shownName } from "../profiles";
import type { ConversationJson, GroupJson, MessageJson } from "../types";

/** One row of the chat list as both apps keep it: a person or a group, its unread count kept live. */
export interface ConversationRow {
  key: ConversationKey;
  kind: "direct" | "group";
  /** The partner's user id, or the group's id. */
  id: number;
  /** The partner's display name (their username while they chose none), or the group's name. */
  name: string;
  /** Groups: how many members (me included). */
  memberCount?: number;
  /** Direct: the partner deleted their account (shown as such, with nothing left to send to). */
  deleted?: true;
  /** The newest message; null for a group nobody wrote in yet. */
  last: MessageJson | null;
  /**
   * Where the row sorts, newest first: its last message's id (the server's monotonic order across
   * all conversations); a group without messages sorts where the server placed it (when I joined).
   */
  activity: number;
  /**
   * The others' messages after my read marker: the server's `unread_count`, plus the ones that
   * arrived live since while the conversation was not being read; cleared when it is read.
   */
  unread: number;
  /** Unread messages that mention me (groups): the server's `mention_count`, kept live and cleared like `unread`. */
  mentions: number;
  /** The oldest of those unread messages (the server's `first_unread_id`, or the first live one); none when all is read. */
  firstUnreadId?: number;
}

export type ConversationsAction =
  /** `GET /api/conversations` answered: the server's rows, merged with what arrived meanwhile. */
  | { type: "loaded"; conversations: readonly ConversationJson[] }
  /** A message not seen before (live, catch-up or history) in the conversation `key`. */
  | { type: "message"; message: MessageJson; key: ConversationKey; selfId: number; openKey: ConversationKey | null; name?: string }
  /** The person opened this conversation: it is read. */
  | { type: "opened"; key: ConversationKey }
  /** My read marker moved (this tab or another): everything up to `upToId` is read. */
  | { type: "read"; key: ConversationKey; upToId: number }
  /** A message was edited or deleted: the preview follows when it is the row's last message. */
  | { type: "updated"; message: MessageJson; key: ConversationKey }
  /** A group I am in was created or changed (name, members): its row follows, a new one goes on top. */
  | { type: "group"; group: GroupJson }
  /** I am out of this group (removed or left): its row goes. */
  | { type: "removed"; key: ConversationKey }
  /** Someone's profile changed: their direct row shows their new name. */
  | { type: "user"; user: UserProfileJson }
  | { type: "reset" };

/** Most recent activity first (a stable sort keeps the server's order among equals). */
const byRecency = (a: ConversationRow, b: ConversationRow) => b.activity - a.activity;

const topActivity = (rows: readonly ConversationRow[]) => rows.reduce((max, row) => Math.max(max, row.activity), 0);

function fromServer(c: ConversationJson): Omit<ConversationRow, "activity"> {
  if (c.group) {
    return {
      key: groupKey(c.group.id),
      kind: "group",
      id: c.group.id,
      name: c.group.name,
      memberCount: c.group.member_count,
      last: c.last_message,
      unread: c.unread_count ?? 0,
      mentions: c.mention_count ?? 0,
      firstUnreadId: c.first_unread_id ?? undefined,
    };
  }
  return {
    key: userKey(c.partner.id),
    kind: "direct",
    id: c.partner.id,
    name: shownName(c.partner),
    ...(c.partner.deleted ? { deleted: true as const } : {}),
    last: c.last_message,
    unread: c.unread_count ?? 0,
    mentions: 0,
    firstUnreadId: c.first_unread_id ?? undefined,
  };
}

/**
 * The server's rows with a sort key each: the last message's id, or for a group without messages
 * a place between its neighbours in the server's order (message ids are integers, so half-way
 * between two of them is a place of its own).
 */
function withActivity(list: readonly ConversationJson[]): ConversationRow[] {
  const rows = list.map(fromServer);
  const ids = rows.map((row) => row.last?.id ?? null);
  const top = Math.max(0, ...ids.map((id) => id ?? 0));
  return rows.map((row, i) => {
    if (row.last) return { ...row, activity: row.last.id };
    const before = ids.slice(0, i).findLast((id) => id !== null);
    const after = ids.slice(i + 1).find((id) => id !== null);
    const activity = before == null ? top + 0.5 : (before + (after ?? 0)) / 2;
    return { ...row, activity };
  });
}

/** The row's first unread message once another arrives: still the oldest one unread, else the new one. */
const firstUnreadAfter = (row: ConversationRow | undefined, incomingId: number | undefined) =>
  row && row.unread > 0 ? (row.firstUnreadId ?? incomingId) : incomingId;

export function conversationsReducer(rows: readonly ConversationRow[], action: ConversationsAction): ConversationRow[] {
  switch (action.type) {
    case "reset":
      return [];
    case "loaded": {
      const local = new Map(rows.map((row) => [row.key, row]));
      const merged = withActivity(action.conversations).map((server): ConversationRow => {
        const mine = local.get(server.key);
        local.delete(server.key);
        // Ours, when a live message is newer than the server's answer (then our count is fresher too).
        if (mine?.last && mine.last.id > (server.last?.id ?? 0)) {
          const firstUnreadId = mine.unread > 0 ? (server.firstUnreadId ?? mine.firstUnreadId) : undefined;
          return { ...server, last: mine.last, activity: mine.activity, unread: mine.unread, mentions: mine.mentions, firstUnreadId };
        }
        return server;
      });
      // Rows that arrived live after the server answered are kept.
      return [...merged, ...local.values()].sort(byRecency);
    }
    case "message": {
      const { message, key, selfId, openKey } = action;
      const index = rows.findIndex((row) => row.key === key);
      const row = rows[index];
      // History pages (older than the row's last message) never change the list.
      if (row && message.id <= (row.last?.id ?? 0)) return rows as ConversationRow[];
      // A group notice ("alice added bob") is never unread.
      const incoming = message.sender_id !== selfId && message.kind !== "system";
      const unread = (row?.unread ?? 0) + (incoming && openKey !== key ? 1 : 0);
      const mentioned = incoming && openKey !== key && (message.mentions?.includes(selfId) ?? false);
      const group = isGroupKey(key);
      const next: ConversationRow = {
        key,
        kind: group ? "group" : "direct",
        id: keyId(key),
        name: row?.name ?? action.name ?? (group ? `Group ${keyId(key)}` : `User ${keyId(key)}`),
        memberCount: row?.memberCount,
        last: message,
        activity: message.id,
        unread: openKey === key ? 0 : unread,
        mentions: openKey === key ? 0 : (row?.mentions ?? 0) + (mentioned ? 1 : 0),
        firstUnreadId: openKey === key ? undefined : firstUnreadAfter(row, incoming ? message.id : undefined),
      };
      const rest = rows.filter((_, i) => i !== index);
      return [next, ...rest].sort(byRecency);
    }
    case "read": {
      const row = rows.find((r) => r.key === action.key);
      if (!row || (row.unread === 0 && row.mentions === 0) || (row.last?.id ?? 0) > action.upToId) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, unread: 0, mentions: 0, firstUnreadId: undefined } : r));
    }
    case "updated": {
      const row = rows.find((r) => r.key === action.key);
      if (!row || row.last?.id !== action.message.id || row.last === action.message) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, last: action.message } : r));
    }
    case "opened": {
      const row = rows.find((r) => r.key === action.key);
      if (!row || (row.unread === 0 && row.mentions === 0)) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, unread: 0, mentions: 0, firstUnreadId: undefined } : r));
    }
    case "group": {
      const { group } = action;
      const key = groupKey(group.id);
      const row = rows.find((r) => r.key === key);
      if (!row) {
        const fresh: ConversationRow = {
          key,
          kind: "group",
          id: group.id,
          name: group.name,
          memberCount: group.members.length,
          last: null,
          activity: Math.floor(topActivity(rows)) + 0.5,
          unread: 0,
          mentions: 0,
        };
        return [fresh, ...rows];
      }
      if (row.name === group.name && row.memberCount === group.members.length) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, name: group.name, memberCount: group.members.length } : r));
    }
    case "removed": {
      if (!rows.some((r) => r.key === action.key)) return rows as ConversationRow[];
      return rows.filter((r) => r.key !== action.key);
    }
    case "user": {
      const key = userKey(action.user.id);
      const name = shownName(action.user);
      const row = rows.find((r) => r.key === key);
      if (!row || (row.name === name && row.deleted === action.user.deleted)) return rows as ConversationRow[];
      return rows.map((r) => (r === row ? { ...r, name, ...(action.user.deleted ? { deleted: true as const } : {}) } : r));
    }
  }
}
