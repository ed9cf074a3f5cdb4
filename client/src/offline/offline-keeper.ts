import type { ConversationPage } from "../api";
import type { ConversationKey } from "../keys";
import type { ConversationJson } from "../types";
import type { OfflineCache } from "./offline-cache";

/** How many conversations keep their newest page (the least recently opened goes). */
export const RECENT_CONVERSATIONS = 10;

/**
 * Keeps the offline cache up to date for the client: changes are gathered for `delayMs` and
 * written in one batch, off the path of anything shown. A cache that fails once (private mode, a
 * full quota, a deleted database) is dropped for the session: no cache, never an error.
 */
export class OfflineKeeper {
  private recent: ConversationKey[] | undefined;
  private list: readonly ConversationJson[] | undefined;
  private readonly opened: ConversationKey[] = [];
  private readonly dirty = new Set<ConversationKey>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private cache: OfflineCache | null,
    /** A conversation's page as it should be kept now; undefined while it is not worth keeping. */
    private readonly pageOf: (key: ConversationKey) => ConversationPage | undefined,
    private readonly delayMs = 500,
  ) {}

  conversations(): Promise<ConversationJson[] | undefined> {
    return this.read((cache) => cache.conversations());
  }

  page(key: ConversationKey): Promise<ConversationPage | undefined> {
    return this.read((cache) => cache.page(key));
  }

  /** The server's answer to the chat list. */
  saveConversations(list: readonly ConversationJson[]): void {
    this.list = list;
    this.schedule();
  }

  /** A conversation was opened: it becomes the most recent one, and its page is kept. */
  open(key: ConversationKey): void {
    this.opened.push(key);
    this.changed(key);
  }

  /** A conversation's messages changed: its page is kept again if it is a recent one. */
  changed(key: ConversationKey): void {
    this.dirty.add(key);
    this.schedule();
  }

  /** Writes what is waiting now; resolves once written (or dropped). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return (this.writing = this.writing.then(() => this.write()));
  }

  /** Nothing more is written (what waits is dropped). */
  close(): void {
    clearTimeout(this.timer);
    this.cache = null;
  }

  /** Log-out: nothing more is written, and everything kept is deleted. */
  async destroy(): Promise<void> {
    const { cache } = this;
    this.close();
    await this.writing;
    await cache?.destroy().catch(() => undefined);
  }

  private schedule(): void {
    if (this.cache && this.timer === undefined) this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  private async write(): Promise<void> {
    const { cache } = this;
    if (!cache) return;
    try {
      let recent = (this.recent ??= await cache.recent());
      const opened = this.opened.splice(0);
      for (const key of opened) recent = [key, ...recent.filter((k) => k !== key)];
      const drop = recent.slice(RECENT_CONVERSATIONS);
      this.recent = recent = recent.slice(0, RECENT_CONVERSATIONS);
      const pages = new Map<ConversationKey, ConversationPage>();
      for (const key of this.dirty) {
        const page = recent.includes(key) ? this.pageOf(key) : undefined;
        if (page) pages.set(key, page);
      }
      this.dirty.clear();
      const conversations = this.list;
      this.list = undefined;
      if (!conversations && pages.size === 0 && opened.length === 0) return;
      await cache.write({ conversations, pages, drop, recent: opened.length > 0 ? recent : undefined });
    } catch {
      this.close();
    }
  }

  private async read<T>(read: (cache: OfflineCache) => Promise<T | undefined>): Promise<T | undefined> {
    try {
      return this.cache ? await read(this.cache) : undefined;
    } catch {
      this.close();
      return undefined;
    }
  }
}
