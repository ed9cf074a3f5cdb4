import { ApiError, type ChatApi, type ConversationPage, type PageCursor } from "./api";
import { type ConversationKey, isGroupKey, keyId } from "./keys";
import type { CatchUpCursor } from "./catch-up-cursor";
import type { MessageStore } from "./message-store";

const CATCH_UP_PAGE = 200;

/**
 * History: a conversation's newest page, older pages, and catching up from the newest message held
 * (after a reconnect, or when a group's members change). Pages go to `take`; a group that refuses
 * me (403) is one I am no longer in, and `refused` hears of it.
 */
export class ConversationLoader {
  /** Conversations whose loaded window stops short of the newest message (after a jump with `around`). */
  private readonly detached = new Set<ConversationKey>();
  /** Conversations showing a page from the offline cache: the server's newest page replaces it. */
  private readonly cached = new Set<ConversationKey>();

  constructor(
    private readonly api: ChatApi,
    private readonly store: MessageStore,
    private readonly cursor: CatchUpCursor,
    private readonly take: (page: ConversationPage, groupReadMark: number | undefined, key: ConversationKey) => void,
    private readonly refused: (groupId: number) => void,
    private readonly groupReadMark: (groupId: number) => number,
  ) {}

  /** Loads the newest page; resolves whether older pages exist. */
  async latest(key: ConversationKey, limit: number): Promise<boolean> {
    const [page, mark] = await this.page(key, { limit });
    // A window far up the history, or one from the offline cache, is dropped: the newest page is what opening shows.
    if (this.detached.delete(key) || this.cached.delete(key)) this.store.replace(key, []);
    this.take(page, mark, key);
    this.store.open(key);
    // Anything that arrived between the page and now is covered by a catch-up from the newest id.
    await this.catchUp(key);
    return page.has_more;
  }

  /** Without a network: a page from the offline cache stands in for the newest page until `latest` replaces it. */
  fromCache(key: ConversationKey, page: ConversationPage): void {
    if (this.detached.delete(key)) this.store.replace(key, []);
    this.cached.add(key);
    this.take(page, undefined, key);
    this.store.open(key);
  }

  /** Whether the conversation shows a page from the offline cache (not the server's word). */
  isCached(key: ConversationKey): boolean {
    return this.cached.has(key);
  }

  /** Loads the page before the oldest message held; resolves whether still older pages exist. */
  async older(key: ConversationKey, limit: number): Promise<boolean> {
    const [page, mark] = await this.page(key, { before: this.store.list(key)[0]?.id, limit });
    this.take(page, mark, key);
    return page.has_more;
  }

  /**
   * Makes a message part of the loaded window: held already, nothing to do; else the page centred on
   * it joins the window when it touches it, or replaces it (the window then stops short of the newest
   * message until `newer` reaches it). Resolves whether older and newer messages exist beyond it.
   */
  async around(key: ConversationKey, messageId: number, limit: number): Promise<{ hasMoreBefore: boolean; hasMoreAfter: boolean }> {
    const held = this.store.list(key);
    if (held.some((m) => m.id === messageId)) return { hasMoreBefore: true, hasMoreAfter: this.detached.has(key) };
    const [page, mark] = await this.page(key, { around: messageId, limit });
    const hasMoreAfter = page.has_more_after ?? false;
    const newestInPage = page.messages.at(-1)?.id ?? messageId;
    const touches = held.length === 0 || !hasMoreAfter || newestInPage >= held[0]!.id;
    if (!touches) {
      this.store.replace(key, []);
      this.detached.add(key);
    }
    this.take(page, mark, key);
    this.store.open(key);
    return { hasMoreBefore: page.has_more_before ?? page.has_more, hasMoreAfter: this.detached.has(key) };
  }

  /** Loads the page after the newest message held; resolves whether still newer ones exist (false once the window reaches the newest). */
  async newer(key: ConversationKey, limit: number): Promise<boolean> {
    if (!this.detached.has(key)) return false;
    const [page, mark] = await this.page(key, { after: this.store.list(key).at(-1)?.id ?? 0, limit });
    this.take(page, mark, key);
    if (!page.has_more) this.detached.delete(key);
    return page.has_more;
  }

  /** Whether the loaded window stops short of the newest message: live messages wait for `newer`. */
  isDetached(key: ConversationKey): boolean {
    return this.detached.has(key);
  }

  /**
   * Fetches every message after the newest one held that has nothing missing before it (see
   * CatchUpCursor), page by page; when nothing held is settled yet, the newest page.
   */
  async catchUp(key: ConversationKey): Promise<void> {
    // A window far up the history: what lies beyond it comes with `newer`, as the reader scrolls.
    if (this.detached.has(key)) return;
    let after = this.cursor.after(key, this.store.list(key));
    if (after === undefined) {
      const [page, mark] = await this.page(key, { limit: CATCH_UP_PAGE });
      this.take(page, mark, key);
      return;
    }
    for (;;) {
      const [page, mark] = await this.page(key, { after, limit: CATCH_UP_PAGE });
      this.take(page, mark, key);
      // From this page's own end: a push taken meanwhile says nothing of what lies between.
      if (!page.has_more || page.messages.length === 0) return;
      after = Math.max(after, ...page.messages.map((message) => message.id));
    }
  }

  /**
   * A read of a group (its page, the group itself): refused (403) only to non-members, so a refusal
   * means I am out. Changes (rename, roles…) are also refused to members who are not admins.
   */
  async groupRequest<T>(groupId: number, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) this.refused(groupId);
      throw error;
    }
  }

  /** A page, and for a group the read mark it was asked with (so a stale group in it is dropped). */
  private async page(key: ConversationKey, cursor: PageCursor): Promise<[ConversationPage, number | undefined]> {
    if (!isGroupKey(key)) return [await this.api.conversation(key, cursor), undefined];
    const mark = this.groupReadMark(keyId(key));
    return [await this.groupRequest(keyId(key), () => this.api.conversation(key, cursor)), mark];
  }
}
