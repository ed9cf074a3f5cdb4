import { lazy, Suspense } from "react";
import { Navigate, useLocation, useMatch } from "react-router-dom";
import { NotFound } from "../screens/NotFound";
import { conversationOf, loginState, NOT_FOUND, PATHS } from "./paths";
import { useSessionContext } from "./SessionContext";

// The whole chat (client, socket, message list) is a chunk of its own, loaded only once logged in.
const ChatRoute = lazy(() => import("./ChatRoute"));

/**
 * The chat list and conversation routes share one ChatScreen (one connection), so the open
 * conversation is read from the address here rather than rendered by each child route.
 */
export function ConversationsRoute() {
  const { session, signedOut } = useSessionContext();
  const { pathname } = useLocation();
  const chat = useMatch(PATHS.chat);
  const group = useMatch(PATHS.group);
  const open = conversationOf({ ...chat?.params, ...group?.params });
  if (open === NOT_FOUND) return <NotFound />;
  if (!session) return <Navigate to={PATHS.login} replace state={signedOut ? undefined : loginState(pathname)} />;
  return (
    <Suspense fallback={null}>
      <ChatRoute session={session} openKey={open} />
    </Suspense>
  );
}
