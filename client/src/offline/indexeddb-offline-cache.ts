import type { ConversationPage } from "../api";
import type { ConversationKey } from "../keys";
import type { ConversationJson } from "../types";
import type { OfflineCache, OfflineCacheBatch } from "./offline-cache";

// Loaded on first use, like the pending files' store (see pending-file-store.ts for why).
const importIdbKeyval = () => import("idb-keyval");
type IdbKeyval = Awaited<ReturnType<typeof importIdbKeyval>>;
type UseStore = ReturnType<IdbKeyval["createStore"]>;

/** The database of one person's offline cache (log-out deletes it). */
export const offlineCacheDatabase = (userId: number) => `chat-offline-${userId}`;

/** IndexedDB (through idb-keyval), one database per person: the list, the recent keys, a page per conversation. */
export class IndexedDbOfflineCache implements OfflineCache {
  private opened: Promise<{ idb: IdbKeyval; store: UseStore }> | undefined;

  constructor(private readonly userId: number) {}

  async conversations(): Promise<ConversationJson[] | undefined> {
    const { idb, store } = await this.open();
    return idb.get<ConversationJson[]>("conversations", store);
  }

  async page(key: ConversationKey): Promise<ConversationPage | undefined> {
    const { idb, store } = await this.open();
    return idb.get<ConversationPage>(`page:${key}`, store);
  }

  async recent(): Promise<ConversationKey[]> {
    const { idb, store } = await this.open();
    return (await idb.get<ConversationKey[]>("recent", store)) ?? [];
  }

  /** In one transaction: a batch is kept whole or not at all. */
  async write(batch: OfflineCacheBatch): Promise<void> {
    const { idb, store } = await this.open();
    await store("readwrite", (objects) => {
      if (batch.conversations) objects.put(batch.conversations, "conversations");
      if (batch.recent) objects.put(batch.recent, "recent");
      for (const [key, page] of batch.pages ?? []) objects.put(page, `page:${key}`);
      for (const key of batch.drop ?? []) objects.delete(`page:${key}`);
      return idb.promisifyRequest(objects.transaction);
    });
  }

  async destroy(): Promise<void> {
    // A connection still opening would not have its versionchange handler yet, and block the deletion.
    await this.opened?.catch(() => undefined);
    const idb = await importIdbKeyval();
    await idb.promisifyRequest(indexedDB.deleteDatabase(offlineCacheDatabase(this.userId)));
  }

  private open(): Promise<{ idb: IdbKeyval; store: UseStore }> {
    return (this.opened ??= importIdbKeyval().then(async (idb) => {
      const store = idb.createStore(offlineCacheDatabase(this.userId), "cache");
      // A deletion (log-out, here or in another tab) waits for every open connection to close.
      await store("readonly", (objects) => {
        const { db } = objects.transaction;
        db.onversionchange = () => db.close();
      });
      return { idb, store };
    }));
  }
}

/** IndexedDB where the platform has it, else none (a cache in memory would survive nothing). */
export function defaultOfflineCache(userId: number): OfflineCache | null {
  const { indexedDB } = globalThis as { indexedDB?: unknown };
  return typeof indexedDB === "object" && indexedDB !== null ? new IndexedDbOfflineCache(userId) : null;
}
