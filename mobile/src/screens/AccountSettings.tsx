import type { ChatApi } from "@chat-app/client";
import { IonItem, IonLabel, IonList, IonSpinner } from "@ionic/react";
import { lazy, Suspense, useState } from "react";
import { useT } from "../../../app/src/i18n/useT";
import { useClient } from "../state/client";
import { useSession } from "../state/session";

// The web app's Settings › Sessions and › Password, in chunks of their own (most visits to Settings open neither).
const SessionsSettings = lazy(() => import("../../../app/src/screens/SessionsSettings").then((module) => ({ default: module.SessionsSettings })));
const PasswordSettings = lazy(() => import("../../../app/src/screens/PasswordSettings").then((module) => ({ default: module.PasswordSettings })));
const ExportDataButton = lazy(() => import("../../../app/src/screens/ExportDataButton").then((module) => ({ default: module.ExportDataButton })));
const DeleteAccountSettings = lazy(() => import("../../../app/src/screens/DeleteAccountSettings"));

type Part = "sessions" | "password" | "export" | "delete";

/**
 * "Sessions", "Password", "Export my data" and "Delete account" in Settings: each opens in place,
 * below its row; a 401 there means this session is gone; a deleted account leaves as a log-out does.
 */
export function AccountSettings({ api }: { api: ChatApi }) {
  const t = useT();
  const client = useClient();
  const { expired, logout } = useSession();
  const deleted = () => {
    void client?.forget();
    logout();
  };
  const [open, setOpen] = useState<Part | null>(null);
  const row = (part: Part, label: string) => (
    <IonItem button detail={false} aria-expanded={open === part} onClick={() => setOpen(open === part ? null : part)}>
      <IonLabel>{label}</IonLabel>
    </IonItem>
  );
  const body = (part: Part) =>
    open === part ? (
      <div className="ion-padding">
        <Suspense fallback={<IonSpinner aria-hidden="true" />}>
          {part === "sessions" ? (
            <SessionsSettings api={api} onUnauthorized={expired} />
          ) : part === "password" ? (
            <PasswordSettings api={api} onUnauthorized={expired} />
          ) : part === "export" ? (
            <ExportDataButton api={api} onUnauthorized={expired} />
          ) : (
            <DeleteAccountSettings api={api} onUnauthorized={expired} onDeleted={deleted} />
          )}
        </Suspense>
      </div>
    ) : null;
  return (
    <IonList inset>
      {row("sessions", t("settings.sessions"))}
      {body("sessions")}
      {row("password", t("settings.password"))}
      {body("password")}
      {row("export", t("leave.export"))}
      {body("export")}
      {row("delete", t("leave.delete"))}
      {body("delete")}
    </IonList>
  );
}
