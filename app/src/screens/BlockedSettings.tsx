import { ApiError, type ChatApi } from "@chat-app/client";
import type { BlockJson } from "@chat-app/protocol";
import { Button } from "@chat-app/ui-kit";
import { useEffect, useId, useState } from "react";
import { useT } from "../i18n/useT";

export interface BlockedSettingsProps {
  api: ChatApi;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
  /** Someone was unblocked here: the conversation's composer comes back. */
  onChanged?: () => void;
  headingLevel?: 2 | 3 | 4;
}

const unauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

/** Settings › Blocked people: who I blocked, most recent first, with "Unblock" for each. */
export default function BlockedSettings({ api, onUnauthorized, onChanged, headingLevel = 3 }: BlockedSettingsProps) {
  const t = useT();
  const headingId = useId();
  const [blocks, setBlocks] = useState<BlockJson[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const Heading = `h${headingLevel}` as const;
  useEffect(() => {
    let live = true;
    api.blocks().then(
      (page) => live && setBlocks(page.blocks),
      (failure: unknown) => (unauthorized(failure) ? onUnauthorized(failure) : live && setError(t("blocked.loadFailed"))),
    );
    return () => {
      live = false;
    };
  }, [api, onUnauthorized, t]);

  const unblock = (id: number) => {
    setError(null);
    api.unblock(id).then(
      () => {
        setBlocks((current) => current && current.filter((b) => b.user.id !== id));
        onChanged?.();
      },
      (failure: unknown) => (unauthorized(failure) ? onUnauthorized(failure) : setError(t("blocked.unblockFailed"))),
    );
  };

  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{t("settings.blocked")}</Heading>
      {error ? <p role="alert">{error}</p> : null}
      {!blocks ? (
        error ? null : (
          <p role="status">{t("blocked.loading")}</p>
        )
      ) : blocks.length === 0 ? (
        <p>{t("blocked.none")}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {blocks.map(({ user }) => {
            const shown = user.display_name ?? user.username;
            return (
              <li key={user.id}>
                <span>{shown === user.username ? shown : `${shown} (@${user.username})`}</span>{" "}
                <Button variant="secondary" size="sm" aria-label={t("blocked.unblockName", { name: shown })} onClick={() => unblock(user.id)}>
                  {t("block.unblock")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
