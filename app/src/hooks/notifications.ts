import { useCallback, useState } from "react";

const OFF_KEY = "chat.notifications.off";

/** Whether this person turned notifications off in the app (the browser may still allow them). */
function mutedHere(): boolean {
  try {
    return localStorage.getItem(OFF_KEY) === "1";
  } catch {
    return false;
  }
}

export interface NotifyContext {
  /** The person muted this conversation ("Mute notifications"). */
  conversationMuted?: boolean;
  /** The message mentions the person. */
  mentionsMe?: boolean;
}

/**
 * Whether a live message notifies: the app's off switch silences everything; a muted conversation
 * still lets a mention of the person through.
 */
export function shouldNotify(globalOff: boolean, { conversationMuted = false, mentionsMe = false }: NotifyContext = {}): boolean {
  if (globalOff) return false;
  return !conversationMuted || mentionsMe;
}

/** A browser notification for a live message while the tab is hidden, if the person allowed them. */
export function notify(title: string, body: string, tag: string, open: () => void, context?: NotifyContext): void {
  if (typeof Notification === "undefined" || Notification.permission !== "granted" || document.visibilityState !== "hidden") return;
  if (!shouldNotify(mutedHere(), context)) return;
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

/**
 * What "Notify me" shows: `ask` while the browser would still ask, `on`/`off` once allowed (the
 * person's choice in the app), `blocked` when refused (only the browser's settings can undo that).
 */
export type NotifyState = "unsupported" | "ask" | "on" | "off" | "blocked";

export function notifyStateOf(permission: NotificationPermission | "unsupported", muted: boolean): NotifyState {
  if (permission === "unsupported") return "unsupported";
  if (permission === "denied") return "blocked";
  if (permission === "default") return "ask";
  return muted ? "off" : "on";
}

/** The "Notify me" toggle: asks the browser on the first click only, then turns them on and off here. */
export function useNotifications(): [NotifyState, () => void] {
  const supported = typeof Notification !== "undefined";
  const [permission, setPermission] = useState<NotificationPermission | "unsupported">(supported ? Notification.permission : "unsupported");
  const [muted, setMuted] = useState(mutedHere);
  const toggle = useCallback(() => {
    if (!supported) return;
    if (Notification.permission === "granted") {
      const next = !mutedHere();
      try {
        if (next) localStorage.setItem(OFF_KEY, "1");
        else localStorage.removeItem(OFF_KEY);
      } catch {
        // Storage refused (private mode): the choice lasts for this page only.
      }
      setMuted(next);
      return;
    }
    if (Notification.permission === "denied") return setPermission("denied");
    setMuted(false);
    void Notification.requestPermission().then(setPermission, () => setPermission(Notification.permission));
  }, [supported]);
  return [notifyStateOf(permission, muted), toggle];
}
