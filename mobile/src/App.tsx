import { ChatThemeProvider } from "@chat-app/ui-kit";
import { IonApp, IonRouterOutlet } from "@ionic/react";
import { IonReactRouter } from "@ionic/react-router";
import type { ReactNode } from "react";
import { Navigate, Route } from "react-router-dom";
import { AuthScreen } from "./screens/AuthScreen";
import { ChatScreen } from "./screens/ChatScreen";
import { ChatsScreen } from "./screens/ChatsScreen";
import { ClientProvider } from "./state/client";
import { SessionProvider, useSession } from "./state/session";
import { useColorScheme } from "../../app/src/hooks/useColorScheme";

export function App() {
  const scheme = useColorScheme();
  return (
    <ChatThemeProvider theme={scheme} locale="en">
      <SessionProvider>
        <IonApp>
          <Routes />
        </IonApp>
      </SessionProvider>
    </ChatThemeProvider>
  );
}

function Routes() {
  const { session, expired } = useSession();
  const signedIn = (page: ReactNode) => (session ? page : <Navigate to="/login" replace />);
  const signedOut = (page: ReactNode) => (session ? <Navigate to="/chats" replace /> : page);
  const outlet = (
    <IonReactRouter>
      <IonRouterOutlet>
        <Route path="/login" element={signedOut(<AuthScreen mode="login" />)} />
        <Route path="/register" element={signedOut(<AuthScreen mode="register" />)} />
        <Route path="/chats" element={signedIn(<ChatsScreen />)} />
        <Route path="/chat/:partnerId" element={signedIn(<ChatScreen />)} />
        <Route path="/group/:groupId" element={signedIn(<ChatScreen />)} />
        <Route path="/" element={<Navigate to={session ? "/chats" : "/login"} replace />} />
      </IonRouterOutlet>
    </IonReactRouter>
  );
  return session ? (
    <ClientProvider session={session} onUnauthorized={expired}>
      {outlet}
    </ClientProvider>
  ) : (
    outlet
  );
}
