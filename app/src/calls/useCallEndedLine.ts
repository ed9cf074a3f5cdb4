import type { CallEndedView } from "@chat-app/client";
import { useEffect, useState } from "react";
import { useT } from "../i18n/useT";

const SHOWN_MS = 5000;

/**
 * The line shown for a few seconds after a call ends or cannot start: "They are in another call",
 * "No answer", "Call ended". Nothing for a call this person cancelled themselves.
 */
export function useCallEndedLine(ended: CallEndedView | null): string | null {
  const t = useT();
  // The snapshot keeps the last end until the next call; the line goes once it has been shown long enough.
  const [expired, setExpired] = useState<CallEndedView | null>(null);
  useEffect(() => {
    if (!ended) return;
    const timer = setTimeout(() => setExpired(ended), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [ended]);
  const shown = ended !== expired ? ended : null;
  if (!shown) return null;
  switch (shown.reason) {
    case "busy":
      return shown.message?.includes("you are") ? t("call.youAreBusy") : t("call.theyAreBusy");
    case "missed":
      return t("call.noAnswer");
    case "declined":
      return t("call.declined");
    case "lost":
    case "failed":
      return t("call.lost");
    case "cancelled":
      return null;
    case "hangup":
      return t("call.ended");
  }
}
