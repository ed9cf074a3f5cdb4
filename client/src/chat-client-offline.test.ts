import { ApiError } from "./api";
import { ChatClient } from "./ChatClient";
import { userKey } from "./keys";
import { MemoryOfflineCache } from "./offline/memory-offline-cache";
import type { ConversationJson, MessageJson } from "./types";

const message = (id: number, changes: Partial<MessageJson> = {}): MessageJson => ({
  id,
  sender_id: 2,
  receiver_id: 1,
  message_content: `m${id}`,
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
  reactions: [],
  ...changes,
});

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

const list = [{ partner: { id: 2, username: "bob" }, last_message: message(60), unread_count: 0 }] as ConversationJson[];
const ids = (client: ChatClient) => client.messagesWith(2).map((m) => m.id);

/** The value `read` settles on within a second (the cache's writes wait a little to be batched). */
async function eventually<T>(read: () => Promise<T> | T, expected: T): Promise<void> {
  for (let i = 0; i < 50 && JSON.stringify(await read()) !== JSON.stringify(expected); i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(await read()).toEqual(expected);
}

/**
 * A client that never connects, against a fetch the test answers; `down` makes every request fail
 * as without a network (a TypeError), like a reload of the page offline.
 */
function makeClient(cache: MemoryOfflineCache, answer: (method: string, url: string) => Promise<Response>) {
  const network = { down: false };
  const fetch = (url: unknown, init?: RequestInit) =>
    network.down ? Promise.reject(new TypeError("Failed to fetch")) : answer(init?.method ?? "GET", String(url));
  const client = new ChatClient({ baseUrl: "http://test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch, offlineCache: cache });
  return { client, network };
}

/** The server: bob's conversation holds messages 1..60. */
const server = (method: string, url: string) => {
  if (url.endsWith("/api/conversations")) return json(200, { conversations: list });
  if (method === "PATCH") return json(200, { message: message(60, { message_content: "edited", edited_at: "2026-01-01T00:00:00.000Z" }) });
  if (method === "POST" && url.includes("/forward")) return json(200, { message: message(61, { sender_id: 1, receiver_id: 2 }) });
  const after = new URL(url).searchParams.get("after");
  const all = Array.from({ length: 60 }, (_, i) => message(i + 1));
  if (after !== null) return json(200, { messages: all.filter((m) => m.id > Number(after)), has_more: false });
  return json(200, { messages: all.slice(-50), has_more: true });
};

describe("ChatClient offline", () => {
  const clients: ChatClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  const open = (cache: MemoryOfflineCache, answer = server) => {
    const made = makeClient(cache, answer);
    clients.push(made.client);
    return made;
  };

  it("answers the chat list and the newest page from the server, then from the cache once the network is down", async () => {
    const cache = new MemoryOfflineCache();
    const { client } = open(cache);
    expect(await client.conversations()).toEqual({ conversations: list, cached: false });
    expect(await client.loadLatestPage(2)).toEqual({ hasOlder: true, cached: false });
    await eventually(() => cache.page(userKey(2)).then((p) => p?.messages.length), 50);
    expect(await cache.conversations()).toEqual(list);

    // Reloaded without a network: what was kept.
    const offline = open(cache);
    offline.network.down = true;
    expect(await offline.client.conversations()).toEqual({ conversations: list, cached: true });
    const latest = await offline.client.loadLatestPage(2);
    expect(latest).toMatchObject({ hasOlder: true, cached: true });
    expect(latest.fresh).toBeInstanceOf(Promise);
    expect(ids(offline.client)).toEqual(Array.from({ length: 50 }, (_, i) => i + 11));
    expect(await offline.client.loadLatest(2)).toBe(true);

    // Back online: opening again brings the server's page, and whoever showed the cached one hears of it.
    offline.network.down = false;
    expect(await offline.client.loadLatestPage(2)).toEqual({ hasOlder: true, cached: false });
    await expect(latest.fresh).resolves.toBe(true);
  });

  it("without a kept page, or when the server refused (an HTTP error), the error stands", async () => {
    const cache = new MemoryOfflineCache();
    const offline = open(cache);
    offline.network.down = true;
    await expect(offline.client.conversations()).rejects.toBeInstanceOf(TypeError);
    await expect(offline.client.loadLatest(2)).rejects.toBeInstanceOf(TypeError);

    await cache.write({ conversations: list, pages: new Map([[userKey(2), { messages: [message(1)], has_more: false }]]), recent: [userKey(2)] });
    const refusing = open(cache, () => json(500, { error: "down for maintenance" }));
    await expect(refusing.client.conversations()).rejects.toBeInstanceOf(ApiError);
    await expect(refusing.client.loadLatest(2)).rejects.toBeInstanceOf(ApiError);
  });

  it("keeps the cached page current: my new messages and edits, at most the newest 50", async () => {
    const cache = new MemoryOfflineCache();
    const { client } = open(cache);
    await client.loadLatest(2);
    await client.forward(3, 2);
    await client.edit(60, "edited");
    await eventually(async () => {
      const messages = (await cache.page(userKey(2)))?.messages ?? [];
      return [messages.length, messages[0]?.id, messages.at(-2)?.message_content, messages.at(-1)?.id];
    }, [50, 12, "edited", 61]);
  });

  it("a page shown from the cache is never kept as the server's", async () => {
    const cache = new MemoryOfflineCache();
    await cache.write({ pages: new Map([[userKey(2), { messages: [message(7)], has_more: false }]]), recent: [userKey(2)] });
    const write = jest.spyOn(cache, "write");
    const offline = open(cache);
    offline.network.down = true;
    await offline.client.loadLatest(2);
    await offline.client.edit(7, "changed offline").catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(write.mock.calls.every(([batch]) => (batch.pages?.size ?? 0) === 0)).toBe(true);
  });

  it("forget deletes what was kept", async () => {
    const cache = new MemoryOfflineCache();
    const { client } = open(cache);
    await client.conversations();
    await client.loadLatest(2);
    await client.forget();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await cache.conversations()).toBeUndefined();
    expect(await cache.page(userKey(2))).toBeUndefined();
  });
});
