import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import {
  ApiError,
  ChatClient,
  type ConnectionState,
  type ConversationKey,
  type GroupJson,
  groupKey,
  isGroupKey,
  keyId,
  type PresenceJson,
  type Session,
} from "../chat-client";
import { conversationsReducer } from "../state/conversations";
import { Drafts } from "../state/drafts";
import { toChatMessages } from "../state/messages";

/** Names of people this person has seen (search results, conversations, group members), kept across reloads. */
class KnownNames {
  private readonly names: Map<number, string>;
  constructor(private readonly key: string) {
    let entries: [number, string][] = [];
    try {
      entries = JSON.parse(localStorage.getItem(key) ?? "[]") as [number, string][];
    } catch {
      entries = [];
    }
    this.names = new Map(Array.isArray(entries) ? entries : []);
  }
  get(id: number): string | undefined {
    return this.names.get(id);
  }
  set(id: number, name: string): void {
    if (this.names.get(id) === name) return;
    this.names.set(id, name);
    try {
      localStorage.setItem(this.key, JSON.stringify([...this.names].slice(-500)));
    } catch {
      // Not essential.
    }
  }
}

/** Whether the page is visible (a hidden tab does not mark anything read). */
function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== "hidden");
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== "hidden");
    document.addEventListener("visibilitychange", update);
    return () => document.removeEventListener("visibilitychange", update);
  }, []);
  return visible;
}

/** A browser notification for a live message while the tab is hidden, if the person allowed them. */
function notify(title: string, body: string, tag: string, open: () => void): void {
  if (typeof Notification === "undefined" || Notification.permission !== "granted" || document.visibilityState !== "hidden") return;
  try {
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      open();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: nothing to do.
  }
}

const NO_TYPISTS: readonly number[] = [];

/**
 * Everything the chat screen shows, wired to one ChatClient for the session: the conversation
 * list (people and groups, live), the open conversation (history, older pages, outbox), the
 * groups I am in, drafts and the connection.
 */
export function useChatSession(
  session: Session,
  openKey: ConversationKey | null,
  onExpired: () => void,
  onOpen: (key: ConversationKey) => void = () => undefined,
) {
  const selfId = session.user.id;
  const [client, setClient] = useState<ChatClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [conversations, dispatch] = useReducer(conversationsReducer, []);
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  const [history, setHistory] = useState<{ key: ConversationKey | null; hasOlder: boolean; loadingOlder: boolean; loaded: boolean }>({
    key: null,
    hasOlder: false,
    loadingOlder: false,
    loaded: false,
  });
  const [presence, setPresence] = useState<ReadonlyMap<number, PresenceJson>>(() => new Map());
  /** Who is typing in each conversation (user ids, in the order they started). */
  const [typing, setTyping] = useState<ReadonlyMap<ConversationKey, readonly number[]>>(() => new Map());
  /** The groups I am in (and ones I was removed from, for their name), as the client last heard. */
  const [groups, setGroups] = useState<ReadonlyMap<number, GroupJson>>(() => new Map());
  /** Groups I am no longer a member of. */
  const [removed, setRemoved] = useState<ReadonlySet<number>>(() => new Set());
  const visible = usePageVisible();
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const openHandler = useRef(onOpen);
  openHandler.current = onOpen;
  const names = useMemo(() => new KnownNames(`chat.names.${selfId}`), [selfId]);
  /** Group names seen, so a group I was removed from still shows its name after a reload. */
  const groupNames = useMemo(() => new KnownNames(`chat.groupNames.${selfId}`), [selfId]);
  const drafts = useMemo(() => new Drafts(localStorage, `chat.drafts.${selfId}`), [selfId]);
  const openRef = useRef(openKey);
  openRef.current = openKey;
  const expiredRef = useRef(onExpired);
  expiredRef.current = onExpired;

  const fail = useCallback((error: unknown) => {
    if (error instanceof ApiError && error.status === 401) expiredRef.current();
    else console.warn("chat:", error);
  }, []);

  // One client per session; closed on log-out (unmount) or when the token changes.
  useEffect(() => {
    const chat = new ChatClient({
      baseUrl: window.location.origin,
      token: session.token,
      userId: selfId,
      storage: window.localStorage,
      // WebSocket only: no long-polling requests (the server's Express app also answers
      // /socket.io/ polling requests, see the report on issue 4), and one connection instead of two.
      socketOptions: { transports: ["websocket"] },
    });
    setClient(chat);
    dispatch({ type: "reset" });
    /** Groups asked for once (their members' names are what the list's "Alice: …" previews need). */
    const fetched = new Set<number>();
    let closed = false;
    const fetchGroup = (groupId: number) => {
      if (fetched.has(groupId) || chat.group(groupId)) return;
      fetched.add(groupId);
      chat.fetchGroup(groupId).catch((error: unknown) => {
        if (!(error instanceof ApiError && (error.status === 403 || error.status === 404))) fail(error);
      });
    };
    /** Groups the list has had a row for: one heard of otherwise (added to it, again) needs the server's row. */
    const listed = new Set<number>();
    let refreshing = false;
    /** Asked for while a request was out: its answer may predate the reason, so ask once more. */
    let again = false;
    const refresh = () => {
      if (refreshing) {
        again = true;
        return;
      }
      refreshing = true;
      again = false;
      chat.api
        .conversations()
        .then(({ conversations: list }) => {
          // A group left while this answer was on its way stays gone.
          const current = list.filter((c) => !c.group || chat.isMember(c.group.id));
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
          void chat.subscribePresence(partners).catch(() => undefined);
        })
        .catch(fail)
        .finally(() => {
          refreshing = false;
          if (again && !closed) refresh();
        });
    };
    const nameOf = (key: ConversationKey): string | undefined =>
      isGroupKey(key) ? chat.group(keyId(key))?.name : names.get(keyId(key));
    let wasDown = false;
    const off = [
      chat.on("message", (message, key, live) => {
        const name = nameOf(key);
        // A conversation open in a hidden tab is not being read: its unread count goes up.
        const reading = visibleRef.current ? openRef.current : null;
        dispatch({ type: "message", message, key, selfId, openKey: reading, name });
        if (key === openRef.current) bump();
        if (live && message.sender_id !== selfId && message.kind !== "system") {
          const author = names.get(message.sender_id);
          const text = message.message_content;
          if (isGroupKey(key)) notify(name ?? "New message", author ? `${author}: ${text}` : text, `chat-${key}`, () => openHandler.current(key));
          else notify(name ?? "New message", text, `chat-${key}`, () => openHandler.current(key));
        }
        if (isGroupKey(key)) {
          // A group I was just added to, or a writer whose name is not known yet: the group says.
          if (!name || (message.sender_id !== selfId && !names.get(message.sender_id))) fetchGroup(keyId(key));
          if (!name) refresh();
        } else {
          // Someone new wrote: the server knows their name.
          if (!name) refresh();
          void chat.subscribePresence([keyId(key)]).catch(() => undefined);
        }
      }),
      chat.on("updated", (message, key) => {
        dispatch({ type: "updated", message, key });
        if (key === openRef.current) bump();
      }),
      chat.on("receipts", (key, receipts) => {
        // Read here or in another tab: the list's unread count follows.
        dispatch({ type: "read", key, upToId: receipts.mine.read_up_to_id });
        if (key === openRef.current) bump();
      }),
      chat.on("typing", (key) =>
        setTyping((current) => {
          const typists = chat.typists(key);
          const next = new Map(current);
          if (typists.length > 0) next.set(key, typists);
          else next.delete(key);
          return next;
        }),
      ),
      chat.on("group", (group) => {
        for (const member of group.members) names.set(member.id, member.username);
        groupNames.set(group.id, group.name);
        setGroups((current) => new Map(current).set(group.id, group));
        setRemoved((current) => {
          if (!current.has(group.id)) return current;
          const next = new Set(current);
          next.delete(group.id);
          return next;
        });
        dispatch({ type: "group", group });
        if (groupKey(group.id) === openRef.current) bump();
        // Added to a group (or back in one): its history's last message and unread count.
        if (!listed.has(group.id)) {
          listed.add(group.id);
          refresh();
        }
      }),
      chat.on("groupRemoved", (groupId) => {
        listed.delete(groupId);
        setRemoved((current) => new Set(current).add(groupId));
        const known = chat.group(groupId);
        if (known) setGroups((current) => new Map(current).set(groupId, known));
        dispatch({ type: "removed", key: groupKey(groupId) });
        bump();
      }),
      chat.on("presence", (entry) => setPresence((current) => new Map(current).set(entry.user_id, entry))),
      chat.on("outbox", bump),
      chat.on("connection", (state) => {
        setConnection(state);
        if (state === "reconnecting" || state === "offline") wasDown = true;
        // Conversations started (and groups joined) while we were away.
        if (state === "connected" && wasDown) {
          wasDown = false;
          refresh();
        }
      }),
      chat.on("unauthorized", () => expiredRef.current()),
    ];
    refresh();
    return () => {
      closed = true;
      for (const unsubscribe of off) unsubscribe();
      chat.close();
      setTyping(new Map());
      setPresence(new Map());
      setGroups(new Map());
      setRemoved(new Set());
    };
  }, [session.token, selfId, names, groupNames, fail]);

  // Opening a conversation: mark it read, load its newest page (a group's page brings the group).
  useEffect(() => {
    if (!client || openKey === null) return;
    dispatch({ type: "opened", key: openKey });
    setHistory({ key: openKey, hasOlder: false, loadingOlder: false, loaded: false });
    let current = true;
    if (!isGroupKey(openKey)) void client.subscribePresence([keyId(openKey)]).catch(() => undefined);
    client
      .loadLatest(openKey)
      .then((hasOlder) => current && setHistory((h) => (h.key === openKey ? { ...h, hasOlder, loaded: true } : h)))
      .catch((error: unknown) => {
        if (current) setHistory((h) => (h.key === openKey ? { ...h, loaded: true } : h));
        // Not a member (any more): the screen says so; the client has noted it.
        if (isGroupKey(openKey) && error instanceof ApiError && (error.status === 403 || error.status === 404)) return;
        fail(error);
      });
    bump();
    return () => {
      current = false;
      client.stopTyping(openKey);
    };
  }, [client, openKey, fail]);

  // Reading: the open conversation in a visible tab is read up to the others' newest message,
  // when it opens, when new messages arrive and when the tab comes back into view.
  useEffect(() => {
    if (!client || openKey === null || !visible) return;
    const newest = client.messagesWith(openKey).findLast((m) => m.sender_id !== selfId);
    dispatch({ type: "opened", key: openKey });
    if (newest) client.markRead(openKey, newest.id);
  }, [client, openKey, selfId, visible, tick]);

  // Opening at a message (a search hit): load older pages (200 at a time) until it is there, then
  // the list scrolls to it and marks it. A different conversation drops the mark.
  const [highlight, setHighlight] = useState<{ key: ConversationKey; messageId: number } | null>(null);
  const openAt = useCallback((key: ConversationKey, messageId: number) => setHighlight({ key, messageId }), []);
  useEffect(() => {
    if (highlight && highlight.key !== openKey) setHighlight(null);
  }, [highlight, openKey]);
  const historyLoaded = history.key === openKey && history.loaded;
  useEffect(() => {
    if (!client || !highlight || highlight.key !== openKey || !historyLoaded) return;
    const key = openKey;
    const present = () => client.messagesWith(key).some((m) => m.id === highlight.messageId);
    if (present()) return;
    let current = true;
    void (async () => {
      setHistory((h) => (h.key === key ? { ...h, loadingOlder: true } : h));
      let hasOlder = true;
      try {
        for (let pages = 0; current && hasOlder && !present() && pages < 50; pages += 1) {
          hasOlder = await client.loadOlder(key, 200);
          bump();
        }
      } catch (error) {
        fail(error);
      } finally {
        setHistory((h) => (h.key === key ? { ...h, hasOlder, loadingOlder: false } : h));
      }
    })();
    return () => {
      current = false;
    };
  }, [client, highlight, openKey, historyLoaded, fail]);

  const loadOlder = useCallback(() => {
    if (!client || openKey === null) return;
    setHistory((h) => (h.key === openKey ? { ...h, loadingOlder: true } : h));
    client
      .loadOlder(openKey)
      .then((hasOlder) => setHistory((h) => (h.key === openKey ? { ...h, hasOlder, loadingOlder: false } : h)))
      .catch((error) => {
        setHistory((h) => (h.key === openKey ? { ...h, loadingOlder: false } : h));
        if (!(isGroupKey(openKey) && error instanceof ApiError && error.status === 403)) fail(error);
      });
  }, [client, openKey, fail]);

  const messages = useMemo(
    () =>
      client && openKey !== null
        ? toChatMessages(client.messagesWith(openKey), client.pendingTo(openKey), selfId, (m) => client.statusOf(m))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is when the client's data changed
    [client, openKey, selfId, tick],
  );

  // The list keys own messages by client_id: the highlighted row's id in that form.
  const highlightId = useMemo(() => {
    if (!client || !highlight || highlight.key !== openKey) return undefined;
    const found = client.messagesWith(openKey).find((m) => m.id === highlight.messageId);
    return found && found.sender_id === selfId && found.client_id ? found.client_id : highlight.messageId;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is when the client's data changed
  }, [client, highlight, openKey, selfId, tick]);

  const send = useCallback(
    (text: string) => {
      if (!client || openKey === null) return;
      client.send(openKey, text);
      drafts.set(openKey, "");
      bump();
    },
    [client, openKey, drafts],
  );

  const retry = useCallback((clientId: string) => client?.retry(clientId), [client]);
  const discard = useCallback((clientId: string) => client?.discard(clientId), [client]);
  /** Own messages are keyed by client_id in the list; the server addresses them by id. */
  const serverId = useCallback(
    (id: string | number): number | undefined =>
      typeof id === "number" ? id : client && openKey !== null ? client.messagesWith(openKey).find((m) => m.client_id === id)?.id : undefined,
    [client, openKey],
  );
  const edit = useCallback(
    (id: string | number, text: string) => {
      const messageId = serverId(id);
      if (client && messageId !== undefined) client.edit(messageId, text).catch(fail);
    },
    [client, serverId, fail],
  );
  const remove = useCallback(
    (id: string | number) => {
      const messageId = serverId(id);
      if (client && messageId !== undefined) client.remove(messageId).catch(fail);
    },
    [client, serverId, fail],
  );
  const setDraft = useCallback(
    (text: string) => {
      if (openKey === null) return;
      drafts.set(openKey, text);
      if (text.trim()) client?.typing(openKey);
      else client?.stopTyping(openKey);
      bump();
    },
    [client, openKey, drafts],
  );
  const stopTyping = useCallback(() => {
    if (openKey !== null) client?.stopTyping(openKey);
  }, [client, openKey]);

  /** A person's name as far as known: group members, conversations, search results. */
  const userName = useCallback((id: number) => names.get(id) ?? `User ${id}`, [names]);
  /** A group's name as far as known (also one I am out of, from an earlier visit), or undefined. */
  const groupName = (groupId: number) => groups.get(groupId)?.name ?? groupNames.get(groupId);
  const conversationName = (key: ConversationKey) =>
    conversations.find((c) => c.key === key)?.name ??
    (isGroupKey(key) ? (groupName(keyId(key)) ?? `Group ${keyId(key)}`) : userName(keyId(key)));

  return {
    client,
    connection,
    conversations,
    messages,
    history: history.key === openKey ? history : { key: openKey, hasOlder: false, loadingOlder: false, loaded: false },
    draft: openKey === null ? "" : drafts.get(openKey),
    setDraft,
    send,
    retry,
    discard,
    edit,
    remove,
    stopTyping,
    presence,
    typing,
    typistsIn: (key: ConversationKey) => typing.get(key) ?? NO_TYPISTS,
    groups,
    removed,
    loadOlder,
    openAt,
    highlightId,
    conversationName,
    groupName,
    userName,
    rememberName: (id: number, name: string) => names.set(id, name),
    fail,
  };
}

export type ChatSession = ReturnType<typeof useChatSession>;
