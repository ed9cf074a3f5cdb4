import type { ConversationKey, Session } from "@chat-app/client";
import { ChatScreen } from "../screens/ChatScreen";
import { FirstScreenMark } from "./FirstScreenMark";
import { useSessionContext } from "./SessionContext";
import { useGo } from "./useGo";

export interface ChatRouteProps {
  session: Session;
  openKey: ConversationKey | null;
}

/** The logged-in screen; a default export because React.lazy loads it as a chunk of its own. */
export default function ChatRoute({ session, openKey }: ChatRouteProps) {
  const { logout, expired } = useSessionContext();
  const go = useGo();
  return (
    <>
      <ChatScreen key={session.token} session={session} openKey={openKey} navigate={go} onLogout={logout} onExpired={expired} />
      <FirstScreenMark />
    </>
  );
}
