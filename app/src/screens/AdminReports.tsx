import { ApiError, type ChatApi, shownName } from "@chat-app/client";
import type { ReportJson } from "@chat-app/protocol";
import { Banner, Button, ReportList, type ReportItem } from "@chat-app/ui-kit";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useT } from "../i18n/useT";

export interface AdminReportsProps {
  api: ChatApi;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
}

interface Confirming {
  id: number;
  name: string;
  deactivate: boolean;
}

const statusOf = (error: unknown) => (error instanceof ApiError ? error.status : 0);

/**
 * The instance admin's reports, newest first, a keyset page at a time ("Load more"), with
 * "Deactivate" / "Reactivate" per sender after a confirmation; the server's refusals are shown
 * as it words them. Someone not an admin gets "Only admins…" instead.
 */
export function AdminReports({ api, onUnauthorized }: AdminReportsProps) {
  const t = useT();
  const [reports, setReports] = useState<ReportJson[] | null>(null);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [forbidden, setForbidden] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<number[]>([]);
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  /** A refusal: a 401 ends the session, a 403 of the list means "not an admin", the rest are shown. */
  const failed = useCallback(
    (failure: unknown, listing = false) => {
      if (statusOf(failure) === 401) onUnauthorized(failure);
      else if (statusOf(failure) === 403 && listing) setForbidden(true);
      else setError(failure instanceof ApiError ? failure.message : t("admin.failed"));
    },
    [onUnauthorized, t],
  );
  useEffect(() => {
    let live = true;
    api.adminReports().then(
      (page) => {
        if (!live) return;
        setReports(page.reports);
        setNextBefore(page.next_before);
      },
      (failure: unknown) => live && failed(failure, true),
    );
    return () => {
      live = false;
    };
  }, [api, failed]);
  const loadMore = (before: number) => {
    setError(null);
    setLoadingMore(true);
    api.adminReports(before).then(
      (page) => {
        setReports((current) => [...(current ?? []), ...page.reports]);
        setNextBefore(page.next_before);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        setLoadingMore(false);
        failed(failure, true);
      },
    );
  };

  const setActive = (confirm: Confirming) => {
    setConfirming(null);
    setError(null);
    setPending((ids) => [...ids, confirm.id]);
    (confirm.deactivate ? api.deactivateUser(confirm.id) : api.reactivateUser(confirm.id)).then(
      () => {
        setPending((ids) => ids.filter((id) => id !== confirm.id));
        setReports(
          (current) =>
            current?.map((r) => (r.sender?.id === confirm.id ? { ...r, sender: { ...r.sender, deactivated: confirm.deactivate } } : r)) ?? null,
        );
      },
      (failure: unknown) => {
        setPending((ids) => ids.filter((id) => id !== confirm.id));
        failed(failure);
      },
    );
  };

  const items = useMemo(
    (): ReportItem[] =>
      (reports ?? []).map((r) => ({
        id: r.id,
        reason: r.reason,
        createdAt: r.created_at,
        reporterName: r.reporter ? shownName(r.reporter) : t("admin.deletedAccount"),
        text: r.message.text,
        senderName: r.sender ? shownName(r.sender) : t("admin.deletedAccount"),
        senderId: r.sender?.id,
        senderDeactivated: r.sender?.deactivated,
        conversation: r.conversation.group_id !== null ? t("admin.inGroup", { id: r.conversation.group_id }) : t("admin.inDirect"),
      })),
    [reports, t],
  );
  const ask = (deactivate: boolean) => (item: ReportItem) =>
    typeof item.senderId === "number" && setConfirming({ id: item.senderId, name: item.senderName, deactivate });

  if (forbidden) return <p role="alert">{t("admin.onlyAdmins")}</p>;
  if (!reports) return error ? <p role="alert">{error}</p> : <p role="status">{t("admin.loading")}</p>;
  return (
    <>
      {confirming ? (
        <Banner
          tone="warning"
          role="alertdialog"
          aria-label={
            confirming.deactivate ? t("admin.deactivateTitle", { name: confirming.name }) : t("admin.reactivateTitle", { name: confirming.name })
          }
          onKeyDown={(event) => event.key === "Escape" && setConfirming(null)}
          action={
            <>
              <Button variant="secondary" size="sm" onClick={() => setConfirming(null)} ref={(node) => node?.focus()}>
                {t("admin.cancel")}
              </Button>
              <Button variant={confirming.deactivate ? "danger" : "primary"} size="sm" onClick={() => setActive(confirming)}>
                {confirming.deactivate ? t("admin.deactivate") : t("admin.reactivate")}
              </Button>
            </>
          }
        >
          {confirming.deactivate ? t("admin.deactivateExplain", { name: confirming.name }) : t("admin.reactivateExplain", { name: confirming.name })}
        </Banner>
      ) : null}
      <ReportList
        reports={items}
        onDeactivate={ask(true)}
        onReactivate={ask(false)}
        pendingSenderIds={pending}
        onLoadMore={nextBefore === null ? undefined : () => loadMore(nextBefore)}
        loadingMore={loadingMore}
        error={error}
      />
    </>
  );
}
