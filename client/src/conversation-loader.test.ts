import type { ChatApi, ConversationPage, PageCursor } from "./api";
import { CatchUpCursor } from "./catch-up-cursor";
import { ConversationLoader } from "./conversation-loader";
import { userKey } from "./keys";
import { MessageStore } from "./message-store";
import type { MessageJson } from "./types";

const message = (id: number): MessageJson => ({ id, sender_id: 2, receiver_id: 1, message_content: `m${id}` }) as MessageJson;

/** A server holding messages 1..n of one conversation, answering pages like the real one. */
function fakeServer(ids: number[], onPage?: () => void) {
  const asked: PageCursor[] = [];
  const api = {
    conversation: (_ref: unknown, cursor: PageCursor = {}) => {
      asked.push(cursor);
      const limit = cursor.limit ?? 50;
      const newer = cursor.after !== undefined ? ids.filter((id) => id > cursor.after!) : ids;
      const chosen = cursor.after !== undefined ? newer.slice(0, limit) : newer.slice(-limit);
      onPage?.();
      return Promise.resolve({ messages: chosen.map(message), has_more: newer.length > chosen.length } as unknown as ConversationPage);
    },
  } as unknown as ChatApi;
  return { api, asked };
}

describe("ConversationLoader.catchUp", () => {
  const key = userKey(2);
  const setup = (ids: number[], onPage?: (store: MessageStore) => void) => {
    const store = new MessageStore();
    const cursor = new CatchUpCursor();
    const server = fakeServer(ids, () => onPage?.(store));
    const loader = new ConversationLoader(
      server.api,
      store,
      cursor,
      (page) => page.messages.forEach((m) => store.add(key, m)),
      () => undefined,
      () => 0,
    );
    return { store, cursor, loader, asked: server.asked };
  };

  it("fetches a message the server lost before a newer one I hold arrived live", async () => {
    const { store, cursor, loader } = setup([1, 2, 3, 4]);
    for (const id of [1, 2]) store.add(key, message(id));
    store.add(key, message(4)); // my own send's acknowledgement; 3's push died with the server
    cursor.arrivedLive(key, 4);
    cursor.dropped();
    await loader.catchUp(key);
    expect(store.list(key).map((m) => m.id)).toEqual([1, 2, 3, 4]);
  });

  it("pages on from each page's end, not from a push that arrived meanwhile", async () => {
    const ids = Array.from({ length: 450 }, (_, i) => i + 1);
    let pushed = false;
    const { store, loader, cursor } = setup(ids, (s) => {
      if (pushed) return;
      pushed = true;
      s.add(key, message(450)); // a live push lands while the first page is on its way
      cursor.arrivedLive(key, 450);
    });
    store.add(key, message(1));
    await loader.catchUp(key);
    expect(store.list(key)).toHaveLength(450);
  });

  it("reads the newest page when nothing held is settled", async () => {
    const { store, cursor, loader, asked } = setup([1, 2, 3]);
    store.add(key, message(3));
    cursor.arrivedLive(key, 3);
    await loader.catchUp(key);
    expect(asked).toEqual([{ limit: 200 }]);
    expect(store.list(key).map((m) => m.id)).toEqual([1, 2, 3]);
  });
});

describe("ConversationLoader with a page from the offline cache", () => {
  const key = userKey(2);

  it("shows it until the server's newest page replaces it whole", async () => {
    const store = new MessageStore();
    const server = fakeServer([1, 2, 3]);
    const take = (page: ConversationPage) => page.messages.forEach((m) => store.add(key, m));
    const loader = new ConversationLoader(
      server.api,
      store,
      new CatchUpCursor(),
      take,
      () => undefined,
      () => 0,
    );
    // Kept before message 2 was deleted for good, say: the cache is never the server's word.
    loader.fromCache(key, { messages: [message(2), message(9)], has_more: false });
    expect(loader.isCached(key)).toBe(true);
    expect(store.list(key).map((m) => m.id)).toEqual([2, 9]);
    await loader.latest(key, 50);
    expect(loader.isCached(key)).toBe(false);
    expect(store.list(key).map((m) => m.id)).toEqual([1, 2, 3]);
  });
});
