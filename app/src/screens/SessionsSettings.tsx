import { ApiError, type ChatApi } from "@chat-app/client";
import type { SessionJson } from "@chat-app/protocol";
import { Button, type SessionItem, SessionList } from "@chat-app/ui-kit";
import { useCallback, useEffect, useRef, useState } from "react";
import { useLatest } from "../hooks/useLatest";
import type { Translate } from "../i18n/i18n";
import { useT } from "../i18n/useT";
import { deviceName } from "../state/user-agent";

export interface SessionsSettingsProps {
  api: ChatApi;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
  headingLevel?: 2 | 3 | 4;
}

const unauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

/** This device first, then the server's order (most recently used first). */
const itemsOf = (sessions: readonly SessionJson[], t: Translate): SessionItem[] =>
  [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)].map((s) => ({
    id: s.id,
    device: deviceName(s.user_agent, t),
    createdAt: s.created_at,
    lastUsedAt: s.last_used_at,
    current: s.current,
  }));

/**
 * Settings › Sessions: where the person is signed in, "Sign out" for each other device and "Sign
 * out all other sessions". A session signed out leaves the list at once; focus then goes to the list.
 */
export function SessionsSettings({ api, onUnauthorized, headingLevel = 3 }: SessionsSettingsProps) {
  const t = useT();
  const lost = useLatest(onUnauthorized);
  const [sessions, setSessions] = useState<SessionJson[] | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [pendingIds, setPendingIds] = useState<number[]>([]);
  const [signingOutOthers, setSigningOutOthers] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLElement>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** A failure: 401 logs out, anything else is said with `sentence`. */
  const failed = useCallback(
    (sentence: string) => (failure: unknown) => {
      if (unauthorized(failure)) return lost.current(failure);
      if (mounted.current) setError(sentence);
    },
    [lost],
  );

  const fetchSessions = useCallback(() => {
    api.listSessions().then(
      (page) => mounted.current && setSessions(page.sessions),
      (failure: unknown) => {
        if (unauthorized(failure)) lost.current(failure);
        else if (mounted.current) setLoadFailed(true);
      },
    );
  }, [api, lost]);
  useEffect(fetchSessions, [fetchSessions]);
  const retry = () => {
    setLoadFailed(false);
    fetchSessions();
  };

  const gone = (keep: (session: SessionJson) => boolean) => {
    setSessions((current) => current && current.filter(keep));
    list.current?.focus();
  };

  const signOut = (item: SessionItem) => {
    const id = Number(item.id);
    setError(null);
    setPendingIds((ids) => [...ids, id]);
    api
      .revokeSession(id)
      // 404: it had ended already; either way it is no longer signed in.
      .catch((failure: unknown) => {
        if (!(failure instanceof ApiError && failure.status === 404)) throw failure;
      })
      .then(() => mounted.current && gone((s) => s.id !== id), failed(t("sessions.signOutFailed")))
      .finally(() => mounted.current && setPendingIds((ids) => ids.filter((other) => other !== id)));
  };

  const signOutOthers = () => {
    setError(null);
    setSigningOutOthers(true);
    api
      .revokeOtherSessions()
      .then(() => mounted.current && gone((s) => s.current), failed(t("sessions.signOutFailed")))
      .finally(() => mounted.current && setSigningOutOthers(false));
  };

  if (loadFailed) {
    return (
      <div role="alert">
        <p>{t("sessions.loadFailed")}</p>
        <Button variant="secondary" size="sm" onClick={retry}>
          {t("sessions.retry")}
        </Button>
      </div>
    );
  }
  if (!sessions) return <p role="status">{t("sessions.loading")}</p>;
  return (
    <SessionList
      ref={list}
      tabIndex={-1}
      sessions={itemsOf(sessions, t)}
      onSignOut={signOut}
      onSignOutOthers={signOutOthers}
      pendingIds={pendingIds}
      signingOutOthers={signingOutOthers}
      error={error}
      headingLevel={headingLevel}
    />
  );
}
