import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { ApiError, ChatClient, type ConnectionState, type Session } from "../chat-client";
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

/**
 * Everything the chat screen shows, wired to one ChatClient for the session: the conversation
 * list (live), the open conversation (history, older pages, outbox), drafts and the connection.
 */
export function useChatSession(session: Session, openId: number | null, onExpired: () => void) {
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
        })
        .catch(fail)
        .finally(() => (refreshing = false));
    };
    let wasDown = false;
    const off = [
      chat.on("message", (message, partnerId) => {
        const partnerName = names.get(partnerId);
        dispatch({ type: "message", message, partnerId, selfId, openId: openRef.current, partnerName });
        if (partnerId === openRef.current) bump();
        // Someone new wrote: the server knows their name.
        if (!partnerName) refresh();
      }),
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
    };
  }, [session.token, selfId, names, fail]);

  // Opening a conversation: mark it read, load its newest page.
  useEffect(() => {
    if (!client || openId === null) return;
    dispatch({ type: "opened", partnerId: openId });
    setHistory({ partnerId: openId, hasOlder: false, loadingOlder: false, loaded: false });
    let current = true;
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
    };
  }, [client, openId, fail]);

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
    () => (client && openId !== null ? toChatMessages(client.messagesWith(openId), client.pendingTo(openId), selfId) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is when the client's data changed
    [client, openId, selfId, tick],
  );

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

  const setDraft = useCallback(
    (text: string) => {
      if (openId === null) return;
      drafts.set(openId, text);
      bump();
    },
    [openId, drafts],
  );

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
    loadOlder,
    partnerName,
    rememberName: (id: number, name: string) => names.set(id, name),
    fail,
  };
}
