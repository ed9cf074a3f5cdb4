import { ApiError, type ChatClient, type ConversationKey, groupKey, isGroupKey, keyId } from "@chat-app/client";
import { useCallback, useEffect, useReducer } from "react";
import { type ConversationRow, conversationsReducer } from "../state/conversations";
import type { KnownNames } from "../state/known-names";
import { t } from "../i18n/i18n";
import { notify } from "./notifications";
import { conversationMuted } from "./useConversationMute";
import { useLatest } from "./useLatest";

export interface ConversationListOptions {
  selfId: number;
  /** The conversation on screen (its messages are being read while the tab is visible). */
  openKey: ConversationKey | null;
  visible: boolean;
  names: KnownNames;
  groupNames: KnownNames;
  /** A notification was clicked: open its conversation. */
  onOpen: (key: ConversationKey) => void;
  fail: (error: unknown) => void;
}

/**
 * The chat list, people and groups, live: the server's rows (`GET /api/conversations`, asked again
 * when someone new writes, when I am added to a group and after being offline; without a network,
 * the rows last kept for offline use), kept current by
 * the client's events: new messages (with unread counts and notifications), edits, reads, group
 * changes and removals.
 */
export function useConversationList(
  client: ChatClient | null,
  options: ConversationListOptions,
): [rows: readonly ConversationRow[], opened: (key: ConversationKey) => void] {
  const [conversations, dispatch] = useReducer(conversationsReducer, []);
  const latest = useLatest(options);
  const { selfId, names, groupNames } = options;

  useEffect(() => {
    if (!client) return;
    dispatch({ type: "reset" });
    const fail = (error: unknown) => latest.current.fail(error);
    /** Groups asked for once (their members' names are what the list's "Alice: …" previews need). */
    const fetched = new Set<number>();
    let closed = false;
    const fetchGroup = (groupId: number) => {
      if (fetched.has(groupId) || client.group(groupId)) return;
      fetched.add(groupId);
      client.fetchGroup(groupId).catch((error: unknown) => {
        if (!(error instanceof ApiError && (error.status === 403 || error.status === 404))) fail(error);
      });
    };
    /** Groups the list has had a row for: one heard of otherwise (added to it, again) needs the server's row. */
    const listed = new Set<number>();
    let refreshing = false;
    /** Down since the last answer (or answered from the offline cache): the next connection asks again. */
    let wasDown = false;
    /** Asked for while a request was out: its answer may predate the reason, so ask once more. */
    let again = false;
    const refresh = () => {
      if (refreshing) {
        again = true;
        return;
      }
      refreshing = true;
      again = false;
      client
        .conversations()
        .then(({ conversations: list, cached }) => {
          // The offline cache's list: the server's comes once the connection is back.
          if (cached) wasDown = true;
          // A group left while this answer was on its way stays gone.
          const current = list.filter((c) => !c.group || client.isMember(c.group.id));
          const partners: number[] = [];
          for (const c of current) {
            if (c.group) {
              groupNames.set(c.group.id, c.group.name);
              listed.add(c.group.id);
            }
            if (c.partner) {
              names.set(c.partner.id, c.partner.username);
              partners.push(c.partner.id);
            } else if (c.last_message && c.last_message.sender_id !== selfId && !names.get(c.last_message.sender_id)) {
              fetchGroup(c.group.id);
            }
          }
          dispatch({ type: "loaded", conversations: current });
          void client.subscribePresence(partners).catch(() => undefined);
        })
        .catch(fail)
        .finally(() => {
          refreshing = false;
          if (again && !closed) refresh();
        });
    };
    const nameOf = (key: ConversationKey): string | undefined => (isGroupKey(key) ? client.group(keyId(key))?.name : names.get(keyId(key)));
    const off = [
      client.on("message", (message, key, live) => {
        const name = nameOf(key);
        // A conversation open in a hidden tab is not being read: its unread count goes up.
        const reading = latest.current.visible ? latest.current.openKey : null;
        dispatch({ type: "message", message, key, selfId, openKey: reading, name });
        if (live && message.sender_id !== selfId && message.kind !== "system") {
          const author = names.get(message.sender_id);
          const text = message.message_content;
          const body = isGroupKey(key) && author ? `${author}: ${text}` : text;
          const context = { conversationMuted: conversationMuted(key), mentionsMe: message.mentions?.includes(selfId) ?? false };
          notify(name ?? t("notify.newMessage"), body, `chat-${key}`, () => latest.current.onOpen(key), context);
        }
        if (isGroupKey(key)) {
          // A group I was just added to, or a writer whose name is not known yet: the group says.
          if (!name || (message.sender_id !== selfId && !names.get(message.sender_id))) fetchGroup(keyId(key));
          if (!name) refresh();
        } else {
          // Someone new wrote: the server knows their name.
          if (!name) refresh();
          void client.subscribePresence([keyId(key)]).catch(() => undefined);
        }
      }),
      client.on("updated", (message, key) => dispatch({ type: "updated", message, key })),
      // Read here or in another tab: the list's unread count follows.
      client.on("receipts", (key, receipts) => dispatch({ type: "read", key, upToId: receipts.mine.read_up_to_id })),
      client.on("group", (group) => {
        for (const member of group.members) names.set(member.id, member.username);
        groupNames.set(group.id, group.name);
        dispatch({ type: "group", group });
        // Added to a group (or back in one): its history's last message and unread count.
        if (!listed.has(group.id)) {
          listed.add(group.id);
          refresh();
        }
      }),
      client.on("groupRemoved", (groupId) => {
        listed.delete(groupId);
        dispatch({ type: "removed", key: groupKey(groupId) });
      }),
      client.on("connection", (state) => {
        if (state === "reconnecting" || state === "offline") wasDown = true;
        // Conversations started (and groups joined) while we were away.
        if (state === "connected" && wasDown) {
          wasDown = false;
          refresh();
        }
      }),
    ];
    refresh();
    return () => {
      closed = true;
      for (const unsubscribe of off) unsubscribe();
    };
  }, [client, selfId, names, groupNames, latest]);

  /** This conversation is on screen and being read: its unread count clears. */
  const opened = useCallback((key: ConversationKey) => dispatch({ type: "opened", key }), []);
  return [conversations, opened];
}
