import { ChatThemeProvider } from "@chat-app/ui-kit";
import { useCallback, useEffect, useState } from "react";
import { createGlobalStyle } from "styled-components";
import type { Session } from "@chat-app/client";
import { useColorScheme } from "./hooks/useColorScheme";
import { useRoute } from "./hooks/useRoute";
import { AuthScreen } from "./screens/AuthScreen";
import { ChatScreen } from "./screens/ChatScreen";
import { openKeyOf, parseRoute, routePath } from "./state/routes";
import { clearSession, EXPIRED_MESSAGE, forgetPerson, loadSession, saveSession, SESSION_KEY } from "./state/session";

const Global = createGlobalStyle`
  html, body, #root { height: 100%; margin: 0; }
  html { color-scheme: ${(p) => p.theme.colorScheme}; }
  body { background: ${(p) => p.theme.colors.background}; color: ${(p) => p.theme.colors.text}; }
`;

export function App() {
  const scheme = useColorScheme();
  const [session, setSession] = useState<Session | null>(() => loadSession(window.localStorage));
  const [notice, setNotice] = useState<string | null>(null);
  const [route, navigate] = useRoute();

  /** The conversation a logged-out visitor asked for (a shared link): where logging in lands. */
  const [wanted, setWanted] = useState<string | null>(null);
  const asked = !session && openKeyOf(route) !== null ? routePath(route) : null;
  if (asked !== null && asked !== wanted) setWanted(asked);

  const signIn = useCallback(
    (next: Session) => {
      saveSession(window.localStorage, next);
      setNotice(null);
      setSession(next);
      setWanted(null);
      navigate(wanted === null ? { name: "chats" } : parseRoute(wanted), { replace: true });
    },
    [navigate, wanted],
  );

  const signOut = useCallback(
    (message: string | null) => {
      clearSession(window.localStorage);
      setSession(null);
      setNotice(message);
      navigate({ name: "login" }, { replace: true });
    },
    [navigate],
  );
  /** Log-out: nothing of this person stays in the browser (a token expiring keeps their drafts and outbox). */
  const logout = useCallback(() => {
    if (session) forgetPerson(window.localStorage, session.user.id);
    signOut(null);
  }, [session, signOut]);
  const expired = useCallback(() => signOut(EXPIRED_MESSAGE), [signOut]);

  // The first screen is on the page: the mark the browser tests read as "time to first render".
  useEffect(() => {
    if (performance.getEntriesByName("app-first-render").length === 0) performance.mark("app-first-render");
  }, []);

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

  // Logged-in people have no business on the auth screens, and others only there.
  const authRoute = route.name === "login" || route.name === "register";
  useEffect(() => {
    if (session && authRoute) navigate({ name: "chats" }, { replace: true });
    if (!session && !authRoute) navigate({ name: "login" }, { replace: true });
  }, [session, authRoute, navigate]);

  return (
    <ChatThemeProvider theme={scheme}>
      <Global />
      {session ? (
        <ChatScreen key={session.token} session={session} openKey={openKeyOf(route)} navigate={navigate} onLogout={logout} onExpired={expired} />
      ) : (
        <AuthScreen
          mode={route.name === "register" ? "register" : "login"}
          notice={notice}
          onSwitch={(mode) => navigate({ name: mode })}
          onSession={signIn}
        />
      )}
    </ChatThemeProvider>
  );
}
