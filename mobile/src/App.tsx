import { ChatThemeProvider } from "@chat-app/ui-kit";
import { IonApp, IonRouterOutlet } from "@ionic/react";
import { IonReactRouter } from "@ionic/react-router";
import { type ReactNode, useEffect } from "react";
import { Navigate, Route } from "react-router-dom";
import { AuthScreen } from "./screens/AuthScreen";
import { ChatScreen } from "./screens/ChatScreen";
import { ChatsScreen } from "./screens/ChatsScreen";
import { ForgotPasswordScreen } from "./screens/ForgotPasswordScreen";
import { GroupMembersScreen } from "./screens/GroupMembersScreen";
import { MessageSearchScreen } from "./screens/MessageSearchScreen";
import { NewGroupScreen } from "./screens/NewGroupScreen";
import { SettingsScreen } from "./screens/SettingsScreen";
import { EdgeSwipeBack } from "./navigation/useEdgeSwipeBack";
import { NativePushWiring } from "./push/NativePushWiring";
import { ClientProvider } from "./state/client";
import { SessionProvider, useSession } from "./state/session";
import { useThemePreference } from "../../app/src/hooks/useThemePreference";
import { kitCatalog } from "../../app/src/i18n/kit-catalogs";
import { directionOf } from "../../app/src/i18n/languages";
import { useLanguage } from "../../app/src/i18n/useLanguage";

export function App() {
  const [, , scheme] = useThemePreference();
  const [language] = useLanguage();
  // Ionic's own colours (toolbars, lists, inputs) follow the same choice as the kit's.
  useEffect(() => {
    document.documentElement.classList.toggle("ion-palette-dark", scheme === "dark");
  }, [scheme]);
  return (
    <ChatThemeProvider theme={scheme} locale={language} dir={directionOf(language)} messages={kitCatalog(language)}>
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
      <NativePushWiring />
      <EdgeSwipeBack />
      {/* iOS's swipe back is EdgeSwipeBack's (see there why not the outlet's own). */}
      <IonRouterOutlet swipeGesture={false}>
        <Route path="/login" element={signedOut(<AuthScreen mode="login" />)} />
        <Route path="/register" element={signedOut(<AuthScreen mode="register" />)} />
        <Route path="/forgot-password" element={signedOut(<ForgotPasswordScreen />)} />
        <Route path="/chats" element={signedIn(<ChatsScreen />)} />
        <Route path="/chat/:partnerId" element={signedIn(<ChatScreen />)} />
        <Route path="/group/:groupId" element={signedIn(<ChatScreen />)} />
        <Route path="/groups/new" element={signedIn(<NewGroupScreen />)} />
        <Route path="/group/:groupId/members" element={signedIn(<GroupMembersScreen />)} />
        <Route path="/search" element={signedIn(<MessageSearchScreen />)} />
        <Route path="/settings" element={signedIn(<SettingsScreen />)} />
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
