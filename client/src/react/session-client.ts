import { useEffect, useMemo, useSyncExternalStore } from "react";
import { ChatClient } from "../ChatClient";
import type { Session } from "../api";
import { useLatest } from "./latest";

/**
 * One ChatClient for the session, made while the screen is mounted and closed on log-out (unmount)
 * or when the token changes. It is made without connecting: whoever listens to it subscribes
 * first, then `useConnectWhenReady` connects, so no event of the first connection is missed.
 * `baseUrl` is the server: the page's origin on the web, the configured server in the mobile app.
 */
export function useSessionClient(session: Session, onUnauthorized: () => void, baseUrl: string): ChatClient | null {
  const unauthorized = useLatest(onUnauthorized);
  const { token } = session;
  const selfId = session.user.id;
  const lifetime = useMemo(() => clientLifetime(baseUrl, token, selfId, () => unauthorized.current()), [baseUrl, token, selfId, unauthorized]);
  return useSyncExternalStore(lifetime.subscribe, lifetime.current, noClient);
}

const noClient = () => null;

/** The client as an external resource: it exists while someone is subscribed. */
function clientLifetime(baseUrl: string, token: string, userId: number, onUnauthorized: () => void) {
  let client: ChatClient | null = null;
  return {
    current: () => client,
    subscribe: (onChange: () => void): (() => void) => {
      const chat = new ChatClient({
        baseUrl,
        token,
        userId,
        storage: window.localStorage,
        // WebSocket only: no long-polling requests (the server's Express app also answers
        // /socket.io/ polling requests, see the report on issue 4), and one connection instead of two.
        socketOptions: { transports: ["websocket"], autoConnect: false },
      });
      const off = chat.on("unauthorized", onUnauthorized);
      client = chat;
      onChange();
      return () => {
        off();
        chat.close();
        if (client === chat) client = null;
      };
    },
  };
}

/** Connects the session's client; call after every hook that subscribes to it. */
export function useConnectWhenReady(client: ChatClient | null): void {
  useEffect(() => client?.connect(), [client]);
}
