import { ChatThemeProvider } from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, useState } from "react";
import { Outlet } from "react-router-dom";
import { createGlobalStyle } from "styled-components";
import type { Session } from "@chat-app/client";
import { useThemePreference } from "../hooks/useThemePreference";
import { UpdateBanner } from "../pwa/UpdateBanner";
import { UpdateContext } from "../pwa/UpdateContext";
import { useServiceWorker } from "../pwa/useServiceWorker";

import { t } from "../i18n/i18n";
import { kitCatalog } from "../i18n/kit-catalogs";
import { directionOf } from "../i18n/languages";
import { useLanguage } from "../i18n/useLanguage";
import { clearSession, forgetPerson, loadSession, saveSession, SESSION_KEY } from "../state/session";
import { SessionContext, type SessionValue } from "./SessionContext";

const Global = createGlobalStyle`
  html, body, #root { height: 100%; margin: 0; }
  html { color-scheme: ${(p) => p.theme.colorScheme}; }
  body { background: ${(p) => p.theme.colors.background}; color: ${(p) => p.theme.colors.text}; }
`;

/** Around every page: the theme, the global styles and the session. */
export function AppLayout() {
  const [, , scheme] = useThemePreference();
  const [language] = useLanguage();
  const [session, setSession] = useState<Session | null>(() => loadSession(window.localStorage));
  const [notice, setNotice] = useState<string | null>(null);
  const [signedOut, setSignedOut] = useState(false);
  const activateUpdate = useServiceWorker();

  const signIn = useCallback((next: Session) => {
    saveSession(window.localStorage, next);
    setNotice(null);
    setSignedOut(false);
    setSession(next);
  }, []);

  const signOut = useCallback((message: string | null) => {
    clearSession(window.localStorage);
    setSession(null);
    setNotice(message);
    setSignedOut(true);
  }, []);
  /** Log-out: nothing of this person stays in the browser (a token expiring keeps their drafts and outbox). */
  const logout = useCallback(() => {
    if (session) forgetPerson(window.localStorage, session.user.id);
    signOut(null);
  }, [session, signOut]);
  const expired = useCallback(() => signOut(t("auth.expired")), [signOut]);

  // Other tabs of this browser: logging in or out there does it here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SESSION_KEY && event.key !== null) return;
      const next = loadSession(window.localStorage);
      setSession((current) => (current?.token === next?.token ? current : next));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ session, notice, signedOut, signIn, logout, expired }),
    [session, notice, signedOut, signIn, logout, expired],
  );
  return (
    <ChatThemeProvider theme={scheme} locale={language} dir={directionOf(language)} messages={kitCatalog(language)}>
      <Global />
      <SessionContext.Provider value={value}>
        <UpdateContext.Provider value={activateUpdate}>
          <Outlet />
        </UpdateContext.Provider>
      </SessionContext.Provider>
      {/* Logged in, the chat shows it as its banner (ChatScreen). */}
      {activateUpdate && !session ? <UpdateBanner onReload={activateUpdate} floating /> : null}
    </ChatThemeProvider>
  );
}
