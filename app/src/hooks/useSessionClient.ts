import type { ChatClient, Session } from "@chat-app/client";
import { useSessionClient as useClientOf } from "@chat-app/client/react";

export { useConnectWhenReady } from "@chat-app/client/react";

/** The session's ChatClient (see the client package's useSessionClient), talking to this page's origin. */
export function useSessionClient(session: Session, onUnauthorized: () => void): ChatClient | null {
  return useClientOf(session, onUnauthorized, window.location.origin);
}
