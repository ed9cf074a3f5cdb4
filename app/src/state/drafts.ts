import { type ConversationRef, isGroupKey, keyId, type KeyValueStorage } from "@chat-app/client";

/** Direct chats keep the bare partner id (as drafts were stored before groups); groups `g:<id>`. */
const slot = (ref: ConversationRef) => (isGroupKey(ref) ? ref : String(keyId(ref)));

/**
 * What the person typed in each conversation's composer and has not sent yet, kept per conversation and
 * persisted, so switching chats, a reconnect or a reload loses nothing.
 */
export class Drafts {
  private values: Record<string, string>;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? "{}");
      this.values = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, string>) : {};
    } catch {
      this.values = {};
    }
  }

  get(ref: ConversationRef): string {
    const value = this.values[slot(ref)];
    return typeof value === "string" ? value : "";
  }

  /** Calls `listener` after every change; returns the unsubscribe (for `useSyncExternalStore`). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(ref: ConversationRef, text: string): void {
    const next = { ...this.values };
    if (text) next[slot(ref)] = text;
    else delete next[slot(ref)];
    this.values = next;
    for (const listener of [...this.listeners]) listener();
    try {
      this.storage.setItem(this.key, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the draft still lives in memory for this tab.
    }
  }
}
