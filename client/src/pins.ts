import type { MessagePinnedJson } from "@chat-app/protocol";
import type { ConversationKey } from "./keys";
import type { MessageJson } from "./types";

/** One pinned message of a conversation (`GET /api/conversations/pins`), as the client reads it. */
export interface PinnedJson {
  message: MessageJson;
  /** Null once that account is gone. */
  pinned_by: number | null;
  pinned_at: string;
}

const NONE: readonly PinnedJson[] = Object.freeze([]);

/**
 * Each loaded conversation's pins, newest first; the same array until that conversation's pins
 * change. Only conversations whose pins were loaded are kept up to date live.
 */
export class Pins {
  private readonly lists = new Map<ConversationKey, readonly PinnedJson[]>();

  of(key: ConversationKey): readonly PinnedJson[] {
    return this.lists.get(key) ?? NONE;
  }

  has(key: ConversationKey): boolean {
    return this.lists.has(key);
  }

  keys(): ConversationKey[] {
    return [...this.lists.keys()];
  }

  set(key: ConversationKey, pins: readonly PinnedJson[]): void {
    this.lists.set(key, Object.freeze([...pins]));
  }

  /**
   * A pin or unpin in a loaded conversation. Returns "changed", "unchanged", or "unknown" when a pin
   * names a message not at hand (then the list must be fetched again).
   */
  apply(key: ConversationKey, event: MessagePinnedJson, message: MessageJson | undefined): "changed" | "unchanged" | "unknown" {
    const list = this.lists.get(key);
    if (!list) return "unchanged";
    const rest = list.filter((pin) => pin.message.id !== event.message_id);
    if (!event.pinned) {
      if (rest.length === list.length) return "unchanged";
      this.set(key, rest);
      return "changed";
    }
    if (rest.length !== list.length) return "unchanged";
    if (!message) return "unknown";
    this.set(key, [
      { message: { ...message, pinned: true }, pinned_by: event.pinned_by, pinned_at: event.pinned_at ?? new Date().toISOString() },
      ...rest,
    ]);
    return "changed";
  }

  /** An edited pinned message: its pin shows the new text. Returns whether a list changed. */
  updated(key: ConversationKey, message: MessageJson): boolean {
    const list = this.lists.get(key);
    if (!list?.some((pin) => pin.message.id === message.id)) return false;
    this.set(
      key,
      list.map((pin) => (pin.message.id === message.id ? { ...pin, message: { ...message, pinned: true } } : pin)),
    );
    return true;
  }
}
