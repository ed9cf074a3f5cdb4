import { useCallback, useState } from "react";

/** A browser notification for a live message while the tab is hidden, if the person allowed them. */
export function notify(title: string, body: string, tag: string, open: () => void): void {
  if (typeof Notification === "undefined" || Notification.permission !== "granted" || document.visibilityState !== "hidden") return;
  try {
    const notification = new Notification(title, { body, tag });
    notification.onclick = () => {
      window.focus();
      open();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker: nothing to do.
  }
}

/** "Enable notifications" while the browser would still ask; asking happens only on this click. */
export function useNotificationPermission(): [NotificationPermission | "unsupported", () => void] {
  const supported = typeof Notification !== "undefined";
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">(supported ? Notification.permission : "unsupported");
  const ask = useCallback(() => {
    if (!supported) return;
    void Notification.requestPermission().then(setPermission, () => setPermission(Notification.permission));
  }, [supported]);
  return [permission, ask];
}
