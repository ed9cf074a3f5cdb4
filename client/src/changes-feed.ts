import type { ChatApi } from "./api";
import type { MessageJson } from "./types";

/**
 * Edits and deletions made while this client was away: catching up by id cannot see an older
 * message that changed. The first read only learns where the feed stands.
 */
export class ChangesFeed {
  /** How far the feed has been read; unknown until the first connection. */
  private cursor: number | undefined;

  constructor(
    private readonly api: ChatApi,
    private readonly apply: (message: MessageJson) => void,
  ) {}

  async sync(): Promise<void> {
    for (;;) {
      const page = await this.api.changes(this.cursor);
      if (this.cursor !== undefined) for (const message of page.changes) this.apply(message);
      this.cursor = page.cursor;
      if (!page.has_more) return;
    }
  }
}
