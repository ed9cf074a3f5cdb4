import { ChatClient } from "./ChatClient";
import type { MessageJson } from "./types";

const message = (id: number, changes: Partial<MessageJson> = {}): MessageJson => ({
  id,
  sender_id: 2,
  receiver_id: 1,
  message_content: `m${id}`,
  timestamp: new Date(1_700_000_000_000 + id).toISOString(),
  client_id: `c${id}`,
  pinned: false,
  ...changes,
});

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));

interface Call {
  method: string;
  url: string;
  body?: unknown;
}

/** A client that never connects (so pins and forwards go over REST), against a fetch the test answers. */
function offlineClient(answer: (call: Call) => Promise<Response>): { client: ChatClient; calls: Call[] } {
  const calls: Call[] = [];
  const fetch = (url: unknown, init?: RequestInit) => {
    const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    const call = { method: init?.method ?? "GET", url: String(url), body };
    calls.push(call);
    return answer(call);
  };
  const client = new ChatClient({ baseUrl: "http://test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch });
  return { client, calls };
}

const page = { messages: [message(5), message(6)], has_more: false };
const pinned = (id: number, isPinned: boolean) => ({
  message_id: id,
  receiver_id: 1,
  group_id: null,
  pinned: isPinned,
  pinned_by: isPinned ? 1 : null,
  pinned_at: isPinned ? "2026-01-01T00:00:00.000Z" : null,
});

describe("ChatClient pins", () => {
  let client: ChatClient;
  afterEach(() => client.close());

  it("loads a conversation's pins, then pinning puts the message first and marks it pinned", async () => {
    let calls: Call[];
    ({ client, calls } = offlineClient(({ method, url }) => {
      if (url.includes("/pins"))
        return json(200, { pins: [{ message: message(5, { pinned: true }), pinned_by: 2, pinned_at: "2025-01-01T00:00:00.000Z" }] });
      if (method === "GET") return json(200, { ...page, messages: [message(5, { pinned: true }), message(6)] });
      return json(200, pinned(6, method === "PUT"));
    }));
    await client.loadLatest(2);
    const pins = await client.loadPins(2);
    expect(calls.at(-1)!.url).toBe("http://test/api/conversations/pins?user_id=2");
    expect(pins.map((p) => p.message.id)).toEqual([5]);
    const events: string[] = [];
    client.on("pins", (key) => events.push(key));
    await client.pin(6);
    expect(calls.at(-1)).toMatchObject({ method: "PUT", url: "http://test/api/messages/6/pin" });
    expect(client.pinsWith(2).map((p) => p.message.id)).toEqual([6, 5]);
    expect(client.messagesWith(2).find((m) => m.id === 6)!.pinned).toBe(true);
    await client.unpin(6);
    expect(calls.at(-1)).toMatchObject({ method: "DELETE", url: "http://test/api/messages/6/pin" });
    expect(client.pinsWith(2).map((p) => p.message.id)).toEqual([5]);
    expect(client.messagesWith(2).find((m) => m.id === 6)!.pinned).toBe(false);
    expect(events).toEqual(["u:2", "u:2"]);
  });

  it("fetches the pins again when a pin names a message not loaded", async () => {
    let pinsAsked = 0;
    ({ client } = offlineClient(({ method, url }) => {
      if (url.includes("/pins")) {
        pinsAsked += 1;
        return json(200, {
          pins: pinsAsked === 1 ? [] : [{ message: message(99, { pinned: true }), pinned_by: 1, pinned_at: "2026-01-01T00:00:00.000Z" }],
        });
      }
      if (method === "GET") return json(200, page);
      return json(200, { ...pinned(99, true), receiver_id: 2 });
    }));
    await client.loadLatest(2);
    await client.loadPins(2);
    const reloaded = new Promise<void>((resolve) => client.on("pins", () => resolve()));
    await client.pin(99);
    await reloaded;
    expect(client.pinsWith(2).map((p) => p.message.id)).toEqual([99]);
  });

  it("a refused pin rejects with the server's status and changes nothing", async () => {
    ({ client } = offlineClient(({ method }) =>
      method === "GET" ? json(200, page) : json(403, { error: "Only admins can pin messages in this group" }),
    ));
    await client.loadLatest(2);
    await expect(client.pin(5)).rejects.toMatchObject({ status: 403 });
    expect(client.messagesWith(2)[0]!.pinned).toBe(false);
  });
});

describe("ChatClient forward", () => {
  let client: ChatClient;
  afterEach(() => client.close());

  it("posts the target and keeps my forwarded copy in that conversation", async () => {
    const copy = message(10, {
      sender_id: 1,
      receiver_id: 3,
      client_id: undefined,
      forwarded_from: { sender_id: 2, sent_at: "2025-01-01T00:00:00.000Z" },
    });
    let calls: Call[];
    ({ client, calls } = offlineClient(() => json(201, { message: copy })));
    const forwarded = await client.forward(5, "u:3");
    expect(calls[0]).toMatchObject({ method: "POST", url: "http://test/api/messages/5/forward", body: { receiver_id: 3 } });
    expect(forwarded.forwarded_from).toEqual({ sender_id: 2, sent_at: "2025-01-01T00:00:00.000Z" });
    expect(client.messagesWith(3).map((m) => m.id)).toEqual([10]);
  });

  it("forwards to a group by its id", async () => {
    let calls: Call[];
    ({ client, calls } = offlineClient(() => json(201, { message: message(11, { sender_id: 1, receiver_id: null, group_id: 7 }) })));
    await client.forward(5, "g:7");
    expect(calls[0]!.body).toEqual({ group_id: 7 });
  });
});
