import type { KeyValueStorage } from "../chat-client";

/**
 * What the person typed in each conversation's composer and has not sent yet, kept per partner and
 * persisted, so switching chats, a reconnect or a reload loses nothing.
 */
export class Drafts {
  private values: Record<string, string>;

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

  get(partnerId: number): string {
    const value = this.values[String(partnerId)];
    return typeof value === "string" ? value : "";
  }

  set(partnerId: number, text: string): void {
    const next = { ...this.values };
    if (text) next[String(partnerId)] = text;
    else delete next[String(partnerId)];
    this.values = next;
    try {
      this.storage.setItem(this.key, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the draft still lives in memory for this tab.
    }
  }
}
