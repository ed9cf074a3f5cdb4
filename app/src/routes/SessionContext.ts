import { createContext, useContext } from "react";
import type { Session } from "@chat-app/client";

/** The logged-in person and the ways in and out, held by AppLayout for every route. */
export interface SessionValue {
  session: Session | null;
  /** Shown above the log-in form, e.g. "Your session expired, please log in again". */
  notice: string | null;
  /** This tab logged out (or the token expired): the log-in page then remembers no page to return to. */
  signedOut: boolean;
  signIn: (session: Session) => void;
  logout: () => void;
  expired: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSessionContext(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSessionContext outside AppLayout");
  return value;
}
