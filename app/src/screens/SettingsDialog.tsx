import { Button } from "@chat-app/ui-kit";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import styled from "styled-components";
import type { ChatApi, ChatClient, Session } from "@chat-app/client";
import { useIsAdmin } from "../hooks/useIsAdmin";
import { PushPreviewsField } from "../pwa/PushPreviewsField";
import { pushSupported } from "../pwa/push-subscription";
import { LanguagePicker } from "./LanguagePicker";
import { PasswordSettings } from "./PasswordSettings";
import { ProfileSettings } from "./ProfileSettings";
import { ExportDataButton } from "./ExportDataButton";
import { SessionsSettings } from "./SessionsSettings";
import { ThemePicker } from "./ThemePicker";

const BlockedSettings = lazy(() => import("./BlockedSettings"));
const DeleteAccountSettings = lazy(() => import("./DeleteAccountSettings"));

// The browser's dialog colours follow <html>'s color-scheme (the theme's), so little is styled here.
const Dialog = styled.dialog`
  box-sizing: border-box;
  width: min(32rem, calc(100vw - 2rem));
  border: 1px solid ${(p) => p.theme.colors.border};
  border-radius: 12px;
  fieldset {
    margin-block-end: 16px;
    justify-content: flex-start;
  }
`;

const Pages = styled.nav`
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin-block-end: 16px;
  h3 {
    flex-basis: 100%;
    margin: 0;
    font-size: 1rem;
  }
`;

const Page = styled.div`
  display: flex;
  flex-direction: column;
  gap: 12px;
  margin-block-end: 16px;
  align-items: flex-start;
  & > section {
    align-self: stretch;
  }
`;

type PageName = "profile" | "sessions" | "password" | "blocked" | "delete";

export interface SettingsDialogProps {
  /** Closed by its button or Escape. */
  onClose: () => void;
  /** The person's server, for their notification settings and account (none yet while connecting). */
  api?: ChatApi;
  /** A request of the account pages got 401: the session is gone (signed out elsewhere). */
  onUnauthorized?: (error: unknown) => void;
  /** The account was deleted (Delete account): the app forgets the person and goes back to log-in. */
  onAccountDeleted?: () => void;
  /** Someone was unblocked on the Blocked people page. */
  onBlocksChanged?: () => void;
  /** For the Profile page: the session's client (its avatars and profile) and who I am. */
  client?: ChatClient | null;
  session?: Session;
  /** "Admin" (the reports page), shown only to the instance's admins. */
  onOpenAdmin?: () => void;
}

/**
 * Settings, as a modal dialog (the browser's own: focus kept inside, Escape closes): language,
 * theme, notifications, and the account's pages, Sessions and Password, each shown in the dialog
 * in place of the rest with a way back.
 */
export function SettingsDialog({
  onClose,
  api,
  onUnauthorized = () => undefined,
  onAccountDeleted = () => undefined,
  onBlocksChanged,
  client,
  session,
  onOpenAdmin,
}: SettingsDialogProps) {
  const t = useT();
  const admin = useIsAdmin(onOpenAdmin ? api : undefined);
  const titleId = useId();
  const accountId = useId();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [page, setPage] = useState<PageName | null>(null);
  // Back puts focus on the button that opened the page.
  const [cameFrom, setCameFrom] = useState<PageName | null>(null);
  const sessionsButton = useRef<HTMLButtonElement>(null);
  const passwordButton = useRef<HTMLButtonElement>(null);
  const blockedButton = useRef<HTMLButtonElement>(null);
  const profileButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const back = () => {
    setCameFrom(page);
    setPage(null);
  };
  useEffect(() => {
    if (page === null && cameFrom)
      ({ profile: profileButton, sessions: sessionsButton, password: passwordButton, blocked: blockedButton, delete: deleteButton })[
        cameFrom
      ].current?.focus();
  }, [page, cameFrom]);

  return (
    <Dialog
      ref={(node) => {
        dialog.current = node;
        if (node && !node.open) node.showModal();
      }}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{t("settings.title")}</h2>
      {api && page ? (
        <Page>
          <Button variant="secondary" size="sm" ref={(node) => node?.focus()} onClick={back}>
            {t("settings.back")}
          </Button>
          {page === "profile" && client && session ? (
            <ProfileSettings client={client} me={session.user} token={session.token} onUnauthorized={onUnauthorized} />
          ) : page === "sessions" ? (
            <SessionsSettings api={api} onUnauthorized={onUnauthorized} />
          ) : page === "password" ? (
            <PasswordSettings api={api} onUnauthorized={onUnauthorized} />
          ) : page === "delete" ? (
            <Suspense fallback={<p role="status">{t("leave.deleteLoading")}</p>}>
              <DeleteAccountSettings api={api} onUnauthorized={onUnauthorized} onDeleted={onAccountDeleted} />
            </Suspense>
          ) : (
            <Suspense fallback={<p role="status">{t("blocked.loading")}</p>}>
              <BlockedSettings api={api} onUnauthorized={onUnauthorized} onChanged={onBlocksChanged} />
            </Suspense>
          )}
        </Page>
      ) : (
        <>
          <LanguagePicker />
          <ThemePicker />
          {api && pushSupported() ? <PushPreviewsField api={api} /> : null}
          {api ? (
            <Pages aria-labelledby={accountId}>
              <h3 id={accountId}>{t("settings.account")}</h3>
              {client && session ? (
                <Button variant="secondary" size="sm" ref={profileButton} onClick={() => setPage("profile")}>
                  {t("settings.profile")}
                </Button>
              ) : null}
              <Button variant="secondary" size="sm" ref={sessionsButton} onClick={() => setPage("sessions")}>
                {t("settings.sessions")}
              </Button>
              <Button variant="secondary" size="sm" ref={passwordButton} onClick={() => setPage("password")}>
                {t("settings.password")}
              </Button>
              <Button variant="secondary" size="sm" ref={blockedButton} onClick={() => setPage("blocked")}>
                {t("settings.blocked")}
              </Button>
              <ExportDataButton api={api} onUnauthorized={onUnauthorized} />
              <Button variant="danger" size="sm" ref={deleteButton} onClick={() => setPage("delete")}>
                {t("leave.delete")}
              </Button>
              {admin && onOpenAdmin ? (
                <Button variant="secondary" size="sm" onClick={onOpenAdmin}>
                  {t("settings.admin")}
                </Button>
              ) : null}
            </Pages>
          ) : null}
        </>
      )}
      <Button variant="secondary" size="sm" onClick={() => dialog.current?.close()}>
        {t("settings.close")}
      </Button>
    </Dialog>
  );
}
