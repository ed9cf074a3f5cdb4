import { ApiError, type ChatApi } from "@chat-app/client";
import type { ChatMessage, ReportStatus } from "@chat-app/ui-kit";
import { lazy, Suspense, useCallback, useState } from "react";
import { useT } from "../i18n/useT";

const ReportDialog = lazy(() => import("../screens/ReportDialogChunk"));

interface Reporting {
  message: ChatMessage;
  messageId: number;
  status: ReportStatus;
  error: string | null;
}

export interface ReportOptions {
  serverId: (id: string | number) => number | undefined;
  authorName: (id: ChatMessage["authorId"]) => string;
  /** A session error (401 logs out); other refusals show in the dialog in the server's words. */
  fail: (error: unknown) => void;
}

/**
 * Reporting from the open conversation: the menu's "Report" opens the kit's ReportDialog (loaded on
 * first use); it sends the reason, then thanks the person, or shows the server's refusal.
 */
export function useReport(api: ChatApi | undefined, { serverId, authorName, fail }: ReportOptions) {
  const t = useT();
  const [reporting, setReporting] = useState<Reporting | null>(null);
  const onReport = useCallback(
    (message: ChatMessage) => {
      const messageId = serverId(message.id);
      if (messageId !== undefined) setReporting({ message, messageId, status: "idle", error: null });
    },
    [serverId],
  );
  const close = useCallback(() => setReporting(null), []);
  const send = useCallback(
    (reason: string) => {
      if (!api || !reporting) return;
      const { messageId } = reporting;
      setReporting({ ...reporting, status: "sending", error: null });
      const update = (next: Partial<Reporting>) => setReporting((current) => (current?.messageId === messageId ? { ...current, ...next } : current));
      api.reportMessage(messageId, reason).then(
        () => update({ status: "done" }),
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 401) fail(error);
          update({ status: "idle", error: error instanceof ApiError ? error.message : t("report.failed") });
        },
      );
    },
    [api, reporting, fail, t],
  );
  const dialog = reporting ? (
    <Suspense fallback={null}>
      <ReportDialog
        open
        message={reporting.message}
        authorName={authorName(reporting.message.authorId)}
        onReport={send}
        onClose={close}
        status={reporting.status}
        error={reporting.error}
      />
    </Suspense>
  ) : null;
  return { onReport, dialog };
}
