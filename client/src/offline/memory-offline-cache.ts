import type { ConversationPage } from "../api";
import type { ConversationKey } from "../keys";
import type { ConversationJson } from "../types";
import type { OfflineCache, OfflineCacheBatch } from "./offline-cache";

/** In memory (tests, and where there is no IndexedDB): nothing survives a reload. */
export class MemoryOfflineCache implements OfflineCache {
  list: ConversationJson[] | undefined;
  readonly pages = new Map<ConversationKey, ConversationPage>();
  keys: ConversationKey[] = [];

  conversations(): Promise<ConversationJson[] | undefined> {
    return Promise.resolve(this.list);
  }

  page(key: ConversationKey): Promise<ConversationPage | undefined> {
    return Promise.resolve(this.pages.get(key));
  }

  recent(): Promise<ConversationKey[]> {
    return Promise.resolve([...this.keys]);
  }

  write(batch: OfflineCacheBatch): Promise<void> {
    if (batch.conversations) this.list = [...batch.conversations];
    for (const [key, page] of batch.pages ?? []) this.pages.set(key, page);
    for (const key of batch.drop ?? []) this.pages.delete(key);
    if (batch.recent) this.keys = [...batch.recent];
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    this.list = undefined;
    this.pages.clear();
    this.keys = [];
    return Promise.resolve();
  }
}
