import { ApiError } from "@chat-app/client";
import { useIonToast } from "@ionic/react";
import { useCallback } from "react";
import { useT } from "../../../app/src/i18n/useT";

/**
 * What a screen does with a request that failed: a short toast with the server's reason, or "can't
 * reach the server". A 401 is the session's business (the client logs out), so it says nothing here.
 */
export function useFailure(): (error: unknown) => void {
  const [present] = useIonToast();
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return;
      const message = error instanceof ApiError ? error.message : t("auth.unreachable");
      // Ionic shows a toast's message as text (innerHTMLTemplatesEnabled is off by default).
      void present({ message, duration: 4000, position: "bottom" });
    },
    [present, t],
  );
}
