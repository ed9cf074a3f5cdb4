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
  constructor(
    private readonly api: ChatApi,
    private readonly store: MessageStore,
    private readonly cursor: CatchUpCursor,
    private readonly take: (page: ConversationPage, groupReadMark?: number) => void,
    private readonly refused: (groupId: number) => void,
    private readonly groupReadMark: (groupId: number) => number,
  ) {}

  /** Loads the newest page; resolves whether older pages exist. */
  async latest(key: ConversationKey, limit: number): Promise<boolean> {
    const [page, mark] = await this.page(key, { limit });
    this.take(page, mark);
    this.store.open(key);
    // Anything that arrived between the page and now is covered by a catch-up from the newest id.
    await this.catchUp(key);
    return page.has_more;
  }

  /** Loads the page before the oldest message held; resolves whether still older pages exist. */
  async older(key: ConversationKey, limit: number): Promise<boolean> {
    const [page, mark] = await this.page(key, { before: this.store.list(key)[0]?.id, limit });
    this.take(page, mark);
    return page.has_more;
  }

  /**
   * Fetches every message after the newest one held that has nothing missing before it (see
   * CatchUpCursor), page by page; when nothing held is settled yet, the newest page.
   */
  async catchUp(key: ConversationKey): Promise<void> {
    let after = this.cursor.after(key, this.store.list(key));
    if (after === undefined) {
      const [page, mark] = await this.page(key, { limit: CATCH_UP_PAGE });
      this.take(page, mark);
      return;
    }
    for (;;) {
      const [page, mark] = await this.page(key, { after, limit: CATCH_UP_PAGE });
      this.take(page, mark);
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
