import type { ChatApi, DirectPage, PageCursor } from "./api";
import { CatchUpCursor } from "./catch-up-cursor";
import { ConversationLoader } from "./conversation-loader";
import { userKey } from "./keys";
import { MessageStore } from "./message-store";
import type { MessageJson } from "./types";

const message = (id: number): MessageJson => ({
  id,
  sender_id: 2,
  receiver_id: 1,
  message_content: `m${id}`,
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
});

/** A conversation of messages 1..total, paged as the server pages it. */
function fakeApi(total: number): { api: ChatApi; asked: PageCursor[] } {
  const ids = Array.from({ length: total }, (_, i) => i + 1);
  const asked: PageCursor[] = [];
  const conversation = (_ref: unknown, cursor: PageCursor = {}): Promise<DirectPage> => {
    asked.push(cursor);
    const limit = cursor.limit ?? 50;
    if (cursor.around !== undefined) {
      const index = ids.indexOf(cursor.around);
      const from = Math.max(0, index - Math.floor((limit - 1) / 2));
      const page = ids.slice(from, from + limit);
      return Promise.resolve({
        messages: page.map(message),
        has_more: from > 0,
        has_more_before: from > 0,
        has_more_after: page.at(-1)! < total,
      });
    }
    if (cursor.after !== undefined) {
      const newer = ids.filter((id) => id > cursor.after!);
      return Promise.resolve({ messages: newer.slice(0, limit).map(message), has_more: newer.length > limit });
    }
    const older = ids.filter((id) => cursor.before === undefined || id < cursor.before);
    return Promise.resolve({ messages: older.slice(-limit).map(message), has_more: older.length > limit });
  };
  return { api: { conversation } as unknown as ChatApi, asked };
}

function setup(total: number) {
  const { api, asked } = fakeApi(total);
  const store = new MessageStore();
  const loader = new ConversationLoader(
    api,
    store,
    new CatchUpCursor(),
    (page) => page.messages.forEach((m) => store.add(key, m)),
    () => undefined,
    () => 0,
  );
  return { store, loader, asked };
}

const key = userKey(2);
const idsOf = (store: MessageStore) => store.list(key).map((m) => m.id);

describe("ConversationLoader around a message", () => {
  it("replaces a window the original is far from, then loads newer pages until it reaches the newest", async () => {
    const { store, loader } = setup(120);
    await loader.latest(key, 20);
    expect(idsOf(store)[0]).toBe(101);
    expect(await loader.around(key, 1, 20)).toEqual({ hasMoreBefore: false, hasMoreAfter: true });
    expect(idsOf(store)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(loader.isDetached(key)).toBe(true);

    for (let more = true; more;) more = await loader.newer(key, 50);
    expect(idsOf(store)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(loader.isDetached(key)).toBe(false);
  });

  it("joins the window when the page touches it, and asks nothing for a message held", async () => {
    const { store, loader, asked } = setup(120);
    await loader.latest(key, 20);
    expect(await loader.around(key, 95, 20)).toEqual({ hasMoreBefore: true, hasMoreAfter: false });
    expect(idsOf(store)[0]).toBe(86);
    expect(idsOf(store).at(-1)).toBe(120);
    expect(loader.isDetached(key)).toBe(false);
    const count = asked.length;
    await loader.around(key, 100, 20);
    expect(asked).toHaveLength(count);
  });

  it("leaves a window far up the history alone when catching up (a reconnect does not page through everything after it)", async () => {
    const { store, loader, asked } = setup(1000);
    await loader.latest(key, 20);
    await loader.around(key, 1, 20);
    const count = asked.length;
    await loader.catchUp(key);
    expect(asked).toHaveLength(count);
    expect(idsOf(store)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("goes back to the newest page when the conversation is opened again after a jump", async () => {
    const { store, loader } = setup(120);
    await loader.latest(key, 20);
    await loader.around(key, 1, 20);
    await loader.latest(key, 20);
    expect(idsOf(store)).toEqual(Array.from({ length: 20 }, (_, i) => i + 101));
    expect(loader.isDetached(key)).toBe(false);
  });

  it("loads older pages before the window as before", async () => {
    const { store, loader } = setup(120);
    await loader.latest(key, 20);
    await loader.around(key, 40, 20);
    expect(await loader.older(key, 50)).toBe(false);
    expect(idsOf(store)[0]).toBe(1);
  });
});
