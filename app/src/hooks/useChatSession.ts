import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { ApiError, ChatClient, type ConnectionState, type MessageJson, type PresenceJson, type Session } from "../chat-client";
import { conversationsReducer } from "../state/conversations";
import { Drafts } from "../state/drafts";
import { toChatMessages } from "../state/messages";

/** Partner names this person has seen (search results, conversations), kept across reloads. */
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
function notify(title: string, message: MessageJson, open: () => void): void {
  if (typeof Notification === "undefined" || Notification.permission !== "granted" || document.visibilityState !== "hidden") return;
  try {
    const notification = new Notification(title, { body: message.message_content, tag: `chat-${message.sender_id}` });
    notification.onclick = () => {
      window.focus();
      open();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: nothing to do.
  }
}

/**
 * Everything the chat screen shows, wired to one ChatClient for the session: the conversation
 * list (live), the open conversation (history, older pages, outbox), drafts and the connection.
 */
export function useChatSession(
  session: Session,
  openId: number | null,
  onExpired: () => void,
  onOpen: (partnerId: number) => void = () => undefined,
) {
  const selfId = session.user.id;
  const [client, setClient] = useState<ChatClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [conversations, dispatch] = useReducer(conversationsReducer, []);
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  const [history, setHistory] = useState<{ partnerId: number | null; hasOlder: boolean; loadingOlder: boolean; loaded: boolean }>({
    partnerId: null,
    hasOlder: false,
    loadingOlder: false,
    loaded: false,
  });
  const [presence, setPresence] = useState<ReadonlyMap<number, PresenceJson>>(() => new Map());
  const [typing, setTyping] = useState<ReadonlySet<number>>(() => new Set());
  const visible = usePageVisible();
  const visibleRef = useRef(visible);
  visibleRef.current = visible;
  const openHandler = useRef(onOpen);
  openHandler.current = onOpen;
  const names = useMemo(() => new KnownNames(`chat.names.${selfId}`), [selfId]);
  const drafts = useMemo(() => new Drafts(localStorage, `chat.drafts.${selfId}`), [selfId]);
  const openRef = useRef(openId);
  openRef.current = openId;
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
    let refreshing = false;
    const refresh = () => {
      if (refreshing) return;
      refreshing = true;
      chat.api
        .conversations()
        .then(({ conversations: list }) => {
          for (const c of list) names.set(c.partner.id, c.partner.username);
          dispatch({ type: "loaded", conversations: list });
          void chat.subscribePresence(list.map((c) => c.partner.id)).catch(() => undefined);
        })
        .catch(fail)
        .finally(() => (refreshing = false));
    };
    let wasDown = false;
    const off = [
      chat.on("message", (message, partnerId, live) => {
        const partnerName = names.get(partnerId);
        // A conversation open in a hidden tab is not being read: its unread count goes up.
        const reading = visibleRef.current ? openRef.current : null;
        dispatch({ type: "message", message, partnerId, selfId, openId: reading, partnerName });
        if (partnerId === openRef.current) bump();
        if (live && message.sender_id === partnerId) notify(partnerName ?? "New message", message, () => openHandler.current(partnerId));
        // Someone new wrote: the server knows their name.
        if (!partnerName) refresh();
        void chat.subscribePresence([partnerId]).catch(() => undefined);
      }),
      chat.on("updated", (message, partnerId) => {
        dispatch({ type: "updated", message, partnerId });
        if (partnerId === openRef.current) bump();
      }),
      chat.on("receipts", (partnerId, receipts) => {
        // Read here or in another tab: the list's unread count follows.
        dispatch({ type: "read", partnerId, upToId: receipts.mine.read_up_to_id });
        if (partnerId === openRef.current) bump();
      }),
      chat.on("typing", (partnerId, isTyping) =>
        setTyping((current) => {
          if (current.has(partnerId) === isTyping) return current;
          const next = new Set(current);
          if (isTyping) next.add(partnerId);
          else next.delete(partnerId);
          return next;
        }),
      ),
      chat.on("presence", (entry) => setPresence((current) => new Map(current).set(entry.user_id, entry))),
      chat.on("outbox", bump),
      chat.on("connection", (state) => {
        setConnection(state);
        if (state === "reconnecting" || state === "offline") wasDown = true;
        // Conversations started while we were away.
        if (state === "connected" && wasDown) {
          wasDown = false;
          refresh();
        }
      }),
      chat.on("unauthorized", () => expiredRef.current()),
    ];
    refresh();
    return () => {
      for (const unsubscribe of off) unsubscribe();
      chat.close();
      setTyping(new Set());
      setPresence(new Map());
    };
  }, [session.token, selfId, names, fail]);

  // Opening a conversation: mark it read, load its newest page.
  useEffect(() => {
    if (!client || openId === null) return;
    dispatch({ type: "opened", partnerId: openId });
    setHistory({ partnerId: openId, hasOlder: false, loadingOlder: false, loaded: false });
    let current = true;
    void client.subscribePresence([openId]).catch(() => undefined);
    client
      .loadLatest(openId)
      .then((hasOlder) => current && setHistory((h) => (h.partnerId === openId ? { ...h, hasOlder, loaded: true } : h)))
      .catch((error) => {
        if (current) setHistory((h) => (h.partnerId === openId ? { ...h, loaded: true } : h));
        fail(error);
      });
    bump();
    return () => {
      current = false;
      client.stopTyping(openId);
    };
  }, [client, openId, fail]);

  // Reading: the open conversation in a visible tab is read up to the partner's newest message,
  // when it opens, when new messages arrive and when the tab comes back into view.
  useEffect(() => {
    if (!client || openId === null || !visible) return;
    const newest = client.messagesWith(openId).findLast((m) => m.sender_id === openId);
    dispatch({ type: "opened", partnerId: openId });
    if (newest) client.markRead(openId, newest.id);
  }, [client, openId, visible, tick]);

  // Opening at a message (a search hit): load older pages (200 at a time) until it is there, then
  // the list scrolls to it and marks it. A different conversation drops the mark.
  const [highlight, setHighlight] = useState<{ partnerId: number; messageId: number } | null>(null);
  const openAt = useCallback((partnerId: number, messageId: number) => setHighlight({ partnerId, messageId }), []);
  useEffect(() => {
    if (highlight && highlight.partnerId !== openId) setHighlight(null);
  }, [highlight, openId]);
  const historyLoaded = history.partnerId === openId && history.loaded;
  useEffect(() => {
    if (!client || !highlight || highlight.partnerId !== openId || !historyLoaded) return;
    const partnerId = openId;
    const present = () => client.messagesWith(partnerId).some((m) => m.id === highlight.messageId);
    if (present()) return;
    let current = true;
    void (async () => {
      setHistory((h) => (h.partnerId === partnerId ? { ...h, loadingOlder: true } : h));
      let hasOlder = true;
      try {
        for (let pages = 0; current && hasOlder && !present() && pages < 50; pages += 1) {
          hasOlder = await client.loadOlder(partnerId, 200);
          bump();
        }
      } catch (error) {
        fail(error);
      } finally {
        setHistory((h) => (h.partnerId === partnerId ? { ...h, hasOlder, loadingOlder: false } : h));
      }
    })();
    return () => {
      current = false;
    };
  }, [client, highlight, openId, historyLoaded, fail]);

  const loadOlder = useCallback(() => {
    if (!client || openId === null) return;
    setHistory((h) => (h.partnerId === openId ? { ...h, loadingOlder: true } : h));
    client
      .loadOlder(openId)
      .then((hasOlder) => setHistory((h) => (h.partnerId === openId ? { ...h, hasOlder, loadingOlder: false } : h)))
      .catch((error) => {
        setHistory((h) => (h.partnerId === openId ? { ...h, loadingOlder: false } : h));
        fail(error);
      });
  }, [client, openId, fail]);

  const messages = useMemo(
    () =>
      client && openId !== null
        ? toChatMessages(client.messagesWith(openId), client.pendingTo(openId), selfId, (m) => client.statusOf(m))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is when the client's data changed
    [client, openId, selfId, tick],
  );

  // The list keys own messages by client_id: the highlighted row's id in that form.
  const highlightId = useMemo(() => {
    if (!client || !highlight || highlight.partnerId !== openId) return undefined;
    const found = client.messagesWith(openId).find((m) => m.id === highlight.messageId);
    return found && found.sender_id === selfId && found.client_id ? found.client_id : highlight.messageId;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is when the client's data changed
  }, [client, highlight, openId, selfId, tick]);

  const send = useCallback(
    (text: string) => {
      if (!client || openId === null) return;
      client.send(openId, text);
      drafts.set(openId, "");
      bump();
    },
    [client, openId, drafts],
  );

  const retry = useCallback((clientId: string) => client?.retry(clientId), [client]);
  const discard = useCallback((clientId: string) => client?.discard(clientId), [client]);
  /** Own messages are keyed by client_id in the list; the server addresses them by id. */
  const serverId = useCallback(
    (id: string | number): number | undefined =>
      typeof id === "number" ? id : client && openId !== null ? client.messagesWith(openId).find((m) => m.client_id === id)?.id : undefined,
    [client, openId],
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
      if (openId === null) return;
      drafts.set(openId, text);
      if (text.trim()) client?.typing(openId);
      else client?.stopTyping(openId);
      bump();
    },
    [client, openId, drafts],
  );
  const stopTyping = useCallback(() => {
    if (openId !== null) client?.stopTyping(openId);
  }, [client, openId]);

  const partnerName = (id: number) => conversations.find((c) => c.partner.id === id)?.partner.username ?? names.get(id) ?? `User ${id}`;

  return {
    client,
    connection,
    conversations,
    messages,
    history: history.partnerId === openId ? history : { partnerId: openId, hasOlder: false, loadingOlder: false, loaded: false },
    draft: openId === null ? "" : drafts.get(openId),
    setDraft,
    send,
    retry,
    discard,
    edit,
    remove,
    stopTyping,
    presence,
    typing,
    loadOlder,
    openAt,
    highlightId,
    partnerName,
    rememberName: (id: number, name: string) => names.set(id, name),
    fail,
  };
}
