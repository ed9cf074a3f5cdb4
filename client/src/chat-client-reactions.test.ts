import { ChatClient } from "./ChatClient";
import type { MessageJson } from "./types";

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

/** A client that never connects (so reactions go over REST), against a fetch the test answers. */
function offlineClient(answer: (method: string) => Promise<Response>): ChatClient {
  const fetch = (_url: unknown, init?: RequestInit) => answer(init?.method ?? "GET");
  return new ChatClient({ baseUrl: "http://test", token: "t", userId: 1, socketOptions: { autoConnect: false }, fetch: fetch });
}

const page = { messages: [message(5)], has_more: false };

describe("ChatClient reactions", () => {
  let client: ChatClient;
  afterEach(() => client.close());

  it("shows my reaction at once, then as the server answers it", async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    client = offlineClient((method) => {
      if (method === "GET") return json(200, page);
      return answered.then(() =>
        json(200, { message_id: 5, receiver_id: 1, group_id: null, reactions: [{ emoji: "👍", count: 2, me: true, user_ids: [3, 1] }] }),
      );
    });
    await client.loadLatest(2);
    const updates: MessageJson[] = [];
    client.on("updated", (m) => updates.push(m));
    const done = client.react(5, "👍");
    expect(client.messagesWith(2)[0]!.reactions).toEqual([{ emoji: "👍", count: 1, me: true, user_ids: [1] }]);
    answer();
    await done;
    expect(client.messagesWith(2)[0]!.reactions).toEqual([{ emoji: "👍", count: 2, me: true, user_ids: [3, 1] }]);
    expect(updates).toHaveLength(2);
  });

  it("puts the reactions back and rejects when the server refuses", async () => {
    const before = [{ emoji: "👍", count: 1, me: true, user_ids: [1] }];
    client = offlineClient((method) =>
      method === "GET" ? json(200, { ...page, messages: [message(5, { reactions: before })] }) : json(403, { error: "Not a member" }),
    );
    await client.loadLatest(2);
    await expect(client.unreact(5, "👍")).rejects.toMatchObject({ status: 403 });
    expect(client.messagesWith(2)[0]!.reactions).toEqual(before);
  });
});
