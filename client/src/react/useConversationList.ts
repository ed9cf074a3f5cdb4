import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import { ApiError } from "../api";
import type { ChatClient } from "../ChatClient";
import { type ConversationRow, conversationsReducer } from "../conversations/conversations";
import type { KnownNames } from "../conversations/known-names";
import { type ConversationKey, groupKey, isGroupKey, keyId } from "../keys";
import { shownName } from "../profiles";
import type { MessageJson } from "../types";
import { useLatest } from "./latest";

/** Someone else's live message, for the app to show as a notification (or not). */
export interface ConversationNotice {
  key: ConversationKey;
  message: MessageJson;
  /** The conversation's name, or the `fallbackName` while it is not known. */
  title: string;
  /** The text, with its author in front in a group ("alice: hi"). */
  body: string;
  /** The `muted` check's answer for this conversation. */
  muted: boolean;
  mentionsMe: boolean;
}

export interface SharedConversationListOptions {
  selfId: number;
  /** The conversation on screen (its messages are being read while the screen is visible). */
  openKey: ConversationKey | null;
  visible: boolean;
  names: KnownNames;
  groupNames: KnownNames;
  fail: (error: unknown) => void;
  /** Someone else's live message (not a group notice). */
  notify?: (notice: ConversationNotice) => void;
  /** A notice's title while the conversation's name is not known yet. */
  fallbackName?: string;
  /** Whether the person muted this conversation (the notice says so; the app decides what that means). */
  muted?: (key: ConversationKey) => boolean;
}

export interface ConversationList {
  rows: readonly ConversationRow[];
  /** The server (or the offline cache) answered once since the client came: an empty list is really empty. */
  loaded: boolean;
  /** This conversation is on screen and being read: its unread count clears. */
  opened: (key: ConversationKey) => void;
  /** Ask the server again (pull to refresh); settles once the answer is in the list. */
  refresh: () => Promise<void>;
}

/**
 * The chat list, people and groups, live: the server's rows (`GET /api/conversations`, asked again
 * when someone new writes, when I am added to a group and after being offline; without a network,
 * the rows last kept for offline use), kept current by the client's events: new messages (with
 * unread counts and notices), edits, reads, group changes and removals.
 */
export function useConversationList(client: ChatClient | null, options: SharedConversationListOptions): ConversationList {
  const [rows, dispatch] = useReducer(conversationsReducer, []);
  const [loadedFor, setLoadedFor] = useState<ChatClient | null>(null);
  const latest = useLatest(options);
  const refreshRef = useRef<() => Promise<void>>(() => Promise.resolve());
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
    /** Who waits for the list to be asked again (pull to refresh). */
    let waiting: (() => void)[] = [];
    const settle = () => {
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    };
    const load = () => {
      if (refreshing) {
        again = true;
        return;
      }
      refreshing = true;
      again = false;
      client
        .conversations()
        .then(({ conversations: list, cached }) => {
          if (closed) return;
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
              names.set(c.partner.id, shownName(c.partner));
              partners.push(c.partner.id);
            } else if (c.last_message && c.last_message.sender_id !== selfId && !names.get(c.last_message.sender_id)) {
              fetchGroup(c.group.id);
            }
          }
          dispatch({ type: "loaded", conversations: current });
          setLoadedFor(client);
          void client.subscribePresence(partners).catch(() => undefined);
        })
        .catch((error: unknown) => {
          if (!closed) fail(error);
        })
        .finally(() => {
          refreshing = false;
          if (again && !closed) load();
          else settle();
        });
    };
    const refresh = () => {
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      load();
      return done;
    };
    refreshRef.current = refresh;
    const nameOf = (key: ConversationKey): string | undefined => (isGroupKey(key) ? client.group(keyId(key))?.name : names.get(keyId(key)));
    const off = [
      client.on("message", (message, key, live) => {
        const name = nameOf(key);
        // A conversation open on a hidden screen is not being read: its unread count goes up.
        const reading = latest.current.visible ? latest.current.openKey : null;
        dispatch({ type: "message", message, key, selfId, openKey: reading, name });
        if (live && message.sender_id !== selfId && message.kind !== "system") {
          const { notify, fallbackName, muted } = latest.current;
          const author = names.get(message.sender_id);
          const text = message.message_content;
          notify?.({
            key,
            message,
            title: name ?? fallbackName ?? "New message",
            body: isGroupKey(key) && author ? `${author}: ${text}` : text,
            muted: muted?.(key) ?? false,
            mentionsMe: message.mentions?.includes(selfId) ?? false,
          });
        }
        if (isGroupKey(key)) {
          // A group I was just added to, or a writer whose name is not known yet: the group says.
          if (!name || (message.sender_id !== selfId && !names.get(message.sender_id))) fetchGroup(keyId(key));
          if (!name) load();
        } else {
          // Someone new wrote: the server knows their name.
          if (!name) load();
          void client.subscribePresence([keyId(key)]).catch(() => undefined);
        }
      }),
      client.on("updated", (message, key) => dispatch({ type: "updated", message, key })),
      // Read here or elsewhere: the list's unread count follows.
      client.on("receipts", (key, receipts) => dispatch({ type: "read", key, upToId: receipts.mine.read_up_to_id })),
      client.on("group", (group) => {
        for (const member of group.members) names.set(member.id, shownName(member));
        groupNames.set(group.id, group.name);
        dispatch({ type: "group", group });
        // Added to a group (or back in one): its history's last message and unread count.
        if (!listed.has(group.id)) {
          listed.add(group.id);
          load();
        }
      }),
      // A display name changed (mine in another tab, a partner's, a co-member's): the list and every name shown follow.
      client.on("user", (user) => {
        names.set(user.id, shownName(user));
        dispatch({ type: "user", user });
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
          load();
        }
      }),
    ];
    load();
    return () => {
      closed = true;
      settle();
      refreshRef.current = () => Promise.resolve();
      for (const unsubscribe of off) unsubscribe();
    };
  }, [client, selfId, names, groupNames, latest]);

  const opened = useCallback((key: ConversationKey) => dispatch({ type: "opened", key }), []);
  const refresh = useCallback(() => refreshRef.current(), []);
  return { rows, loaded: client !== null && loadedFor === client, opened, refresh };
}
