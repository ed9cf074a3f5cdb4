import { useEffect } from "react";
import type { ChatClient } from "@chat-app/client";
import type { NotifyState } from "../hooks/notifications";
import { pushSupported, subscribeThisBrowser, unsubscribeThisBrowser } from "./push-subscription";

/**
 * Follows "Notify me": on, this browser is subscribed to pushes (new messages reach it while the
 * app is closed); turned off here, it is unsubscribed. A browser without a push service (or one
 * that refuses) just gets the notifications of an open tab.
 */
export function usePushSubscription(client: ChatClient | null, notifications: NotifyState): void {
  useEffect(() => {
    if (!client || !import.meta.env.PROD || !pushSupported()) return;
    if (notifications === "on") subscribeThisBrowser(client.api).catch(() => undefined);
    else if (notifications === "off") unsubscribeThisBrowser(client.api).catch(() => undefined);
  }, [client, notifications]);
}
