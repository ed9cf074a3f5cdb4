import { ChatClient, type Session } from "@chat-app/client";
import { useEffect, useState } from "react";
import { useLatest } from "./useLatest";

/**
 * One ChatClient for the session, closed on log-out (unmount) or when the token changes. It is made
 * without connecting: whoever listens to it subscribes first, then `useConnectWhenReady` connects,
 * so no event of the first connection is missed.
 */
export function useSessionClient(session: Session, onUnauthorized: () => void): ChatClient | null {
  const [client, setClient] = useState<ChatClient | null>(null);
  const unauthorized = useLatest(onUnauthorized);
  const selfId = session.user.id;
  useEffect(() => {
    const chat = new ChatClient({
      baseUrl: window.location.origin,
      token: session.token,
      userId: selfId,
      storage: window.localStorage,
      // WebSocket only: no long-polling requests (the server's Express app also answers
      // /socket.io/ polling requests, see the report on issue 4), and one connection instead of two.
      socketOptions: { transports: ["websocket"], autoConnect: false },
    });
    const off = chat.on("unauthorized", () => unauthorized.current());
    setClient(chat);
    return () => {
      off();
      chat.close();
    };
  }, [session.token, selfId, unauthorized]);
  return client;
}

/** Connects the session's client; call after every hook that subscribes to it. */
export function useConnectWhenReady(client: ChatClient | null): void {
  useEffect(() => client?.connect(), [client]);
}
