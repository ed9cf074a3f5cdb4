import type { Session } from "@chat-app/client";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
// The web app's session storage (same key, same log-out), shared rather than copied.
import { clearSession, forgetPerson, loadSession, saveSession } from "../../../app/src/state/session";
import { t } from "../../../app/src/i18n/i18n";

export interface SessionValue {
  session: Session | null;
  /** Shown above the log-in form (the session expired). */
  notice: string | null;
  signIn: (session: Session) => void;
  logout: () => void;
  expired: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession(window.localStorage));
  const [notice, setNotice] = useState<string | null>(null);
  const signIn = useCallback((next: Session) => {
    saveSession(window.localStorage, next);
    setNotice(null);
    setSession(next);
  }, []);
  const logout = useCallback(() => {
    if (session) forgetPerson(window.localStorage, session.user.id);
    setSession(null);
  }, [session]);
  const expired = useCallback(() => {
    clearSession(window.localStorage);
    setSession(null);
    setNotice(t("auth.expired"));
  }, []);
  const value = useMemo(() => ({ session, notice, signIn, logout, expired }), [session, notice, signIn, logout, expired]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}
