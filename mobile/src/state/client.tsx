import type { ChatClient, Session } from "@chat-app/client";
import { useConnectWhenReady, useSessionClient } from "@chat-app/client/react";
import { createContext, type ReactNode, useContext } from "react";
import { SERVER_URL } from "../server";

const ClientContext = createContext<ChatClient | null>(null);

/**
 * One ChatClient for the session, shared by every page (Ionic keeps the list mounted under an open
 * conversation). The pages' effects subscribe before this provider's effect connects (children's
 * effects run first), so no event of the first connection is missed.
 */
export function ClientProvider({ session, onUnauthorized, children }: { session: Session; onUnauthorized: () => void; children: ReactNode }) {
  const client = useSessionClient(session, onUnauthorized, SERVER_URL);
  useConnectWhenReady(client);
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): ChatClient | null {
  return useContext(ClientContext);
}
