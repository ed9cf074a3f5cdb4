import "fake-indexeddb/auto";
import type { ConversationPage } from "../api";
import { groupKey, userKey } from "../keys";
import type { ConversationJson, MessageJson } from "../types";
import { IndexedDbOfflineCache, offlineCacheDatabase } from "./indexeddb-offline-cache";

// fake-indexeddb is an in-memory implementation of the IndexedDB API; the browser test covers the real one.
describe("IndexedDbOfflineCache", () => {
  const page = { messages: [{ id: 5, message_content: "hi" } as MessageJson], has_more: true } as ConversationPage;
  const list = [{ partner: { id: 2, username: "bob" }, last_message: { id: 5 } }] as ConversationJson[];

  it("keeps the list, the recent keys and pages, apart for each person, and a deletion drops them", async () => {
    const alice = new IndexedDbOfflineCache(1);
    await alice.write({ conversations: list, pages: new Map([[userKey(2), page]]), recent: [userKey(2), groupKey(3)] });
    await alice.write({ pages: new Map([[groupKey(3), page]]) });
    await alice.write({ drop: [groupKey(3)] });

    const again = new IndexedDbOfflineCache(1);
    expect(await again.conversations()).toEqual(list);
    expect(await again.recent()).toEqual([userKey(2), groupKey(3)]);
    expect(await again.page(userKey(2))).toEqual(page);
    expect(await again.page(groupKey(3))).toBeUndefined();
    expect(await new IndexedDbOfflineCache(2).conversations()).toBeUndefined();

    // Both connections are open: the deletion still goes through.
    await alice.destroy();
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(offlineCacheDatabase(1));
    expect(names).toContain(offlineCacheDatabase(2));
    expect(await new IndexedDbOfflineCache(1).conversations()).toBeUndefined();
  });
});
