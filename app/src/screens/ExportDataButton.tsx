import { ApiError, type ChatApi } from "@chat-app/client";
import { Button } from "@chat-app/ui-kit";
import { forwardRef, useEffect, useRef, useState } from "react";
import { useT } from "../i18n/useT";
import { saveFile } from "../state/save-file";

export interface ExportDataButtonProps {
  api: ChatApi;
  /** A 401: this session itself is gone, so the app goes back to log-in. */
  onUnauthorized: (error: unknown) => void;
}

type Said = { kind: "status" | "alert"; text: string };

/**
 * Settings › Account › "Export my data": fetches `GET /api/me/export` (busy meanwhile, said as a
 * status), then the browser saves it under the server's name (`chat-export-<username>-<date>.json`).
 */
export const ExportDataButton = forwardRef<HTMLButtonElement, ExportDataButtonProps>(function ExportDataButton({ api, onUnauthorized }, ref) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = () => {
    setBusy(true);
    setSaid({ kind: "status", text: t("leave.exporting") });
    api.exportData().then(
      ({ blob, fileName }) => {
        saveFile(blob, fileName);
        if (!mounted.current) return;
        setBusy(false);
        setSaid({ kind: "status", text: t("leave.exported", { file: fileName }) });
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) return onUnauthorized(error);
        if (!mounted.current) return;
        setBusy(false);
        const tooSoon = error instanceof ApiError && error.status === 429;
        setSaid({
          kind: "alert",
          text: tooSoon ? t("leave.exportTooSoon", { seconds: error.retryAfterSeconds ?? 60 }) : t("leave.exportFailed"),
        });
      },
    );
  };

  return (
    <>
      <Button variant="secondary" size="sm" ref={ref} loading={busy} onClick={start}>
        {t("leave.export")}
      </Button>
      {said ? <p role={said.kind}>{said.text}</p> : null}
    </>
  );
});
