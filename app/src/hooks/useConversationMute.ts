import type { ConversationKey } from "@chat-app/client";
import { useCallback, useSyncExternalStore } from "react";

/** Stored like the app's own off switch (`chat.notifications.off`), one key per muted conversation. */
const mutedKey = (key: ConversationKey) => `chat.notifications.off.${key}`;

const listeners = new Set<() => void>();
/** The choice for this page when storage refuses it (private mode). */
const fallback = new Map<ConversationKey, boolean>();

/** Whether the person muted notifications for this conversation (a mention still notifies). */
export function conversationMuted(key: ConversationKey): boolean {
  try {
    return localStorage.getItem(mutedKey(key)) === "1";
  } catch {
    return fallback.get(key) ?? false;
  }
}

export function setConversationMuted(key: ConversationKey, muted: boolean): void {
  try {
    if (muted) localStorage.setItem(mutedKey(key), "1");
    else localStorage.removeItem(mutedKey(key));
  } catch {
    fallback.set(key, muted);
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** "Mute notifications" / "Unmute notifications" for the open conversation: whether it is muted, and the toggle. */
export function useConversationMute(key: ConversationKey | null): [boolean, () => void] {
  const muted = useSyncExternalStore(
    subscribe,
    () => key !== null && conversationMuted(key),
    () => false,
  );
  const toggle = useCallback(() => {
    if (key !== null) setConversationMuted(key, !conversationMuted(key));
  }, [key]);
  return [muted, toggle];
}
