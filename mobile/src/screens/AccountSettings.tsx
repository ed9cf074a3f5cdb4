import type { ChatClient } from "@chat-app/client";
import { IonItem, IonLabel, IonList, IonSpinner } from "@ionic/react";
import { lazy, Suspense, useState } from "react";
import { useT } from "../../../app/src/i18n/useT";
import { useSession } from "../state/session";

// The web app's Settings pages, in chunks of their own (most visits to Settings open none of them).
const ProfileSettings = lazy(() => import("../../../app/src/screens/ProfileSettings").then((module) => ({ default: module.ProfileSettings })));
const SessionsSettings = lazy(() => import("../../../app/src/screens/SessionsSettings").then((module) => ({ default: module.SessionsSettings })));
const PasswordSettings = lazy(() => import("../../../app/src/screens/PasswordSettings").then((module) => ({ default: module.PasswordSettings })));
const BlockedSettings = lazy(() => import("../../../app/src/screens/BlockedSettings"));
const ExportDataButton = lazy(() => import("../../../app/src/screens/ExportDataButton").then((module) => ({ default: module.ExportDataButton })));
const DeleteAccountSettings = lazy(() => import("../../../app/src/screens/DeleteAccountSettings"));

type Part = "profile" | "sessions" | "password" | "blocked" | "export" | "delete";

/**
 * "Profile", "Sessions", "Password", "Blocked people", "Export my data" and "Delete account" in
 * Settings: each opens in place, below its row; a 401 there means this session is gone; a deleted
 * account leaves as a log-out does.
 */
export function AccountSettings({ client }: { client: ChatClient }) {
  const t = useT();
  const { session, expired, logout } = useSession();
  const [open, setOpen] = useState<Part | null>(null);
  const deleted = () => {
    void client.forget();
    logout();
  };
  const row = (part: Part, label: string) => (
    <IonItem button detail={false} aria-expanded={open === part} onClick={() => setOpen(open === part ? null : part)}>
      <IonLabel>{label}</IonLabel>
    </IonItem>
  );
  const page = (part: Part) => {
    const { api } = client;
    switch (part) {
      case "profile":
        return session ? <ProfileSettings client={client} me={session.user} token={session.token} onUnauthorized={expired} /> : null;
      case "sessions":
        return <SessionsSettings api={api} onUnauthorized={expired} />;
      case "password":
        return <PasswordSettings api={api} onUnauthorized={expired} />;
      case "blocked":
        return <BlockedSettings api={api} onUnauthorized={expired} />;
      case "export":
        return <ExportDataButton api={api} onUnauthorized={expired} />;
      case "delete":
        return <DeleteAccountSettings api={api} onUnauthorized={expired} onDeleted={deleted} />;
    }
  };
  const body = (part: Part) =>
    open === part ? (
      <div className="ion-padding">
        <Suspense fallback={<IonSpinner aria-hidden="true" />}>{page(part)}</Suspense>
      </div>
    ) : null;
  return (
    <IonList inset>
      {row("profile", t("settings.profile"))}
      {body("profile")}
      {row("sessions", t("settings.sessions"))}
      {body("sessions")}
      {row("password", t("settings.password"))}
      {body("password")}
      {row("blocked", t("settings.blocked"))}
      {body("blocked")}
      {row("export", t("leave.export"))}
      {body("export")}
      {row("delete", t("leave.delete"))}
      {body("delete")}
    </IonList>
  );
}
