import type { ConversationPage } from "../api";
import { type ConversationKey, userKey } from "../keys";
import type { ConversationJson, MessageJson } from "../types";
import { MemoryOfflineCache } from "./memory-offline-cache";
import type { OfflineCache } from "./offline-cache";
import { OfflineKeeper, RECENT_CONVERSATIONS } from "./offline-keeper";

const pageOf = (key: ConversationKey): ConversationPage => ({ messages: [{ id: Number(key.slice(2)) } as MessageJson], has_more: false });
const row = { partner: { id: 2, username: "bob" }, last_message: { id: 1 } } as ConversationJson;

describe("OfflineKeeper", () => {
  it("writes what changed in one batch, after the delay", async () => {
    const cache = new MemoryOfflineCache();
    const write = jest.spyOn(cache, "write");
    const keeper = new OfflineKeeper(cache, pageOf, 10);
    keeper.saveConversations([row]);
    keeper.open(userKey(2));
    keeper.changed(userKey(2));
    keeper.open(userKey(3));
    expect(write).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(write).toHaveBeenCalledTimes(1);
    expect(await cache.conversations()).toEqual([row]);
    expect(await cache.recent()).toEqual([userKey(3), userKey(2)]);
    expect((await cache.page(userKey(2)))?.messages.map((m) => m.id)).toEqual([2]);
    keeper.close();
  });

  it("keeps the pages of the last conversations opened, dropping the least recently opened", async () => {
    const cache = new MemoryOfflineCache();
    const keeper = new OfflineKeeper(cache, pageOf);
    for (let id = 1; id <= RECENT_CONVERSATIONS + 2; id += 1) keeper.open(userKey(id));
    keeper.open(userKey(1));
    await keeper.flush();
    const expected = [1, 12, 11, 10, 9, 8, 7, 6, 5, 4].map(userKey);
    expect(await cache.recent()).toEqual(expected);
    expect([...cache.pages.keys()].sort()).toEqual([...expected].sort());
    // Changes of a conversation no longer among them are not kept.
    keeper.changed(userKey(2));
    await keeper.flush();
    expect(cache.pages.has(userKey(2))).toBe(false);
    keeper.close();
  });

  it("reads and writes nothing more once the cache failed, and never throws", async () => {
    const cache = new MemoryOfflineCache();
    const broken: OfflineCache = {
      conversations: () => cache.conversations(),
      page: (key) => cache.page(key),
      recent: () => cache.recent(),
      write: () => Promise.reject(new DOMException("full", "QuotaExceededError")),
      destroy: () => cache.destroy(),
    };
    const keeper = new OfflineKeeper(broken, pageOf);
    await cache.write({ conversations: [row] });
    expect(await keeper.conversations()).toEqual([row]);
    keeper.saveConversations([row]);
    await expect(keeper.flush()).resolves.toBeUndefined();
    expect(await keeper.conversations()).toBeUndefined();

    const unreadable = new OfflineKeeper({ ...broken, conversations: () => Promise.reject(new Error("no IndexedDB")) }, pageOf);
    expect(await unreadable.conversations()).toBeUndefined();
  });

  it("destroy drops what waits and deletes the cache", async () => {
    const cache = new MemoryOfflineCache();
    await cache.write({ conversations: [row], pages: new Map([[userKey(2), pageOf(userKey(2))]]), recent: [userKey(2)] });
    const keeper = new OfflineKeeper(cache, pageOf, 10);
    keeper.saveConversations([row]);
    await keeper.destroy();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await cache.conversations()).toBeUndefined();
    expect(await cache.recent()).toEqual([]);
    expect(cache.pages.size).toBe(0);
  });
});
