import { emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

type Message = { id: number; message_content: string; reply_to: { id: number; sender_id: number; excerpt: string; deleted: boolean } | null };

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text: string, replyToId?: number) => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text, reply_to_id: replyToId });
  expect(response.status).toBe(201);
  return response.body.message as Message;
};
const history = async (user: TestUser, partner: TestUser, query = "") =>
  (await api("GET", `/api/messages/conversation/${partner.id}${query}`, user)).body as {
    messages: Message[];
    has_more: boolean;
    has_more_before?: boolean;
    has_more_after?: boolean;
  };
const createGroup = async (owner: TestUser, members: TestUser[]) =>
  (await api("POST", "/api/groups", owner, { name: "replies", member_ids: members.map((member) => member.id) })).body.group as { id: number };

describe("replies", () => {
  it("carry the original's sender and text, and reply_to is null on a plain message", async () => {
    const original = await send(alice, { receiver_id: bob.id }, "lunch at noon?");
    expect(original.reply_to).toBeNull();
    const reply = await send(bob, { receiver_id: alice.id }, "yes", original.id);
    expect(reply.reply_to).toEqual({ id: original.id, sender_id: alice.id, excerpt: "lunch at noon?", deleted: false });
    const page = await history(alice, bob);
    expect(page.messages.find((message) => message.id === reply.id)!.reply_to).toEqual(reply.reply_to);
    expect(page).not.toHaveProperty("has_more_before");
  });

  it("cut the excerpt to 120 characters without splitting an emoji", async () => {
    const long = `${"é".repeat(119)}👩‍💻 and more after that`;
    const original = await send(alice, { receiver_id: bob.id }, long);
    const reply = await send(bob, { receiver_id: alice.id }, "long", original.id);
    expect(reply.reply_to!.excerpt).toBe(`${"é".repeat(119)}👩‍💻…`);
  });

  it("follow edits and deletions of the original, read when the reply is read", async () => {
    const original = await send(alice, { receiver_id: bob.id }, "first words");
    const reply = await send(bob, { receiver_id: alice.id }, "quoting", original.id);
    expect((await api("PATCH", `/api/messages/${original.id}`, alice, { message_content: "better words" })).status).toBe(200);
    const quoteIn = async () => (await history(bob, alice)).messages.find((message) => message.id === reply.id)!.reply_to;
    expect(await quoteIn()).toEqual({ id: original.id, sender_id: alice.id, excerpt: "better words", deleted: false });
    const changes = await api("GET", "/api/messages/changes?after=0", bob);
    expect(changes.status).toBe(200);
    expect((await api("DELETE", `/api/messages/${original.id}`, alice)).status).toBe(200);
    expect(await quoteIn()).toEqual({ id: original.id, sender_id: alice.id, excerpt: "", deleted: true });
    const search = await api("GET", "/api/search?q=quoting", bob);
    expect(search.status).toBe(200);
    const hit = (search.body.results as Message[]).find((message) => message.id === reply.id);
    expect(hit?.reply_to).toEqual({ id: original.id, sender_id: alice.id, excerpt: "", deleted: true });
  });

  it("refuse a deleted original, another conversation's message, a missing one and a non-number with 400", async () => {
    const elsewhere = await send(alice, { receiver_id: carol.id }, "private to carol");
    const gone = await send(alice, { receiver_id: bob.id }, "soon gone");
    await api("DELETE", `/api/messages/${gone.id}`, alice);
    const cases: Array<[unknown, string]> = [
      [elsewhere.id, "reply_to_id: not a message of this conversation"],
      [2 ** 31 - 1, "reply_to_id: not a message of this conversation"],
      [gone.id, "reply_to_id: a deleted message cannot be replied to"],
      ["1", "reply_to_id must be a number"],
      [0, "reply_to_id must be positive"],
    ];
    for (const [replyToId, error] of cases) {
      const response = await api("POST", "/api/messages/send", bob, { receiver_id: alice.id, message_content: "x", reply_to_id: replyToId });
      expect([response.status, response.body]).toEqual([400, { error }]);
    }
  });

  it("work in groups, over the socket too, and reach members live with the quote", async () => {
    const group = await createGroup(alice, [bob]);
    const original = await send(alice, { group_id: group.id }, "group question");
    const direct = await send(alice, { receiver_id: bob.id }, "direct");
    const socket = await server.connect(bob.token);
    const aliceSocket = await server.connect(alice.token);
    const heard = nextEvent<Message>(aliceSocket, "message:new");
    const ack = await emitWithAck<{ message: Message }>(socket, "message:send", {
      group_id: group.id,
      message_content: "answer",
      reply_to_id: original.id,
    });
    expect(ack.message.reply_to).toEqual({ id: original.id, sender_id: alice.id, excerpt: "group question", deleted: false });
    expect((await heard).reply_to).toEqual(ack.message.reply_to);
    const wrong = await emitWithAck(socket, "message:send", { group_id: group.id, message_content: "x", reply_to_id: direct.id });
    expect(wrong).toEqual({ error: "reply_to_id: not a message of this conversation", status: 400 });
    const page = await api("GET", `/api/messages/group/${group.id}`, bob);
    expect((page.body.messages as Message[]).find((message) => message.id === ack.message.id)!.reply_to!.id).toBe(original.id);
    // A non-member cannot reply into the group, even naming one of its messages.
    const outsider = await api("POST", "/api/messages/send", carol, { group_id: group.id, message_content: "x", reply_to_id: original.id });
    expect(outsider.status).toBe(403);
  });

  it("are idempotent by client_id: a retry finds the reply even after its original was deleted; another reply_to_id is 409", async () => {
    const original = await send(alice, { receiver_id: bob.id }, "retry me");
    const body = { receiver_id: alice.id, message_content: "got it", client_id: "5b0e8a4c-2f3d-4e1a-9c7b-6d5e4f3a2b1c", reply_to_id: original.id };
    const first = await api("POST", "/api/messages/send", bob, body);
    expect(first.status).toBe(201);
    const other = await send(alice, { receiver_id: bob.id }, "another");
    const changed = await api("POST", "/api/messages/send", bob, { ...body, reply_to_id: other.id });
    expect([changed.status, changed.body]).toEqual([409, { error: "client_id was already used for a different message" }]);
    await api("DELETE", `/api/messages/${original.id}`, alice);
    const retry = await api("POST", "/api/messages/send", bob, body);
    expect(retry.status).toBe(200);
    expect(retry.body.message.id).toBe(first.body.message.id);
    expect(retry.body.message.reply_to).toEqual({ id: original.id, sender_id: alice.id, excerpt: "", deleted: true });
  });

  it("a deleted reply shows nothing of what it quoted", async () => {
    const original = await send(alice, { receiver_id: bob.id }, "keep me");
    const reply = await send(bob, { receiver_id: alice.id }, "drop me", original.id);
    const deleted = await api("DELETE", `/api/messages/${reply.id}`, bob);
    expect(deleted.body.message.reply_to).toBeNull();
    expect((await history(alice, bob)).messages.find((message) => message.id === reply.id)!.reply_to).toBeNull();
  });
});

describe("a page around a message", () => {
  it("is centred on it with has_more_before/after, and 404 for a message outside the conversation", async () => {
    const [dana, eve] = [await server.register("dana"), await server.register("eve")];
    const sent: Message[] = [];
    for (let i = 0; i < 21; i += 1) sent.push(await send(i % 2 ? dana : eve, { receiver_id: i % 2 ? eve.id : dana.id }, `m${i}`));
    const target = sent[10]!;
    const page = await history(dana, eve, `?around=${target.id}&limit=5`);
    expect(page.messages.map((message) => message.message_content)).toEqual(["m8", "m9", "m10", "m11", "m12"]);
    expect([page.has_more_before, page.has_more_after, page.has_more]).toEqual([true, true, true]);
    const first = await history(dana, eve, `?around=${sent[0]!.id}&limit=5`);
    expect(first.messages.map((message) => message.message_content)).toEqual(["m0", "m1", "m2"]);
    expect([first.has_more_before, first.has_more_after]).toEqual([false, true]);
    const last = await history(dana, eve, `?around=${sent[20]!.id}&limit=4`);
    expect(last.messages.map((message) => message.message_content)).toEqual(["m19", "m20"]);
    expect([last.has_more_before, last.has_more_after]).toEqual([true, false]);
    const foreign = await send(alice, { receiver_id: bob.id }, "not theirs");
    const refused = await api("GET", `/api/messages/conversation/${eve.id}?around=${foreign.id}`, dana);
    expect([refused.status, refused.body]).toEqual([404, { error: "Message not found" }]);
    const both = await api("GET", `/api/messages/conversation/${eve.id}?around=${target.id}&before=${target.id}`, dana);
    expect([both.status, both.body]).toEqual([400, { error: "use one of before, after and around, not several" }]);
  });

  it("works for groups", async () => {
    const group = await createGroup(alice, [bob, carol]);
    const sent: Message[] = [];
    for (let i = 0; i < 7; i += 1) sent.push(await send(i % 2 ? alice : bob, { group_id: group.id }, `g${i}`));
    const page = await api("GET", `/api/messages/group/${group.id}?around=${sent[3]!.id}&limit=3`, carol);
    expect(page.status).toBe(200);
    expect((page.body.messages as Message[]).map((message) => message.message_content)).toEqual(["g2", "g3", "g4"]);
    expect([page.body.has_more_before, page.body.has_more_after]).toEqual([true, true]);
  });
});
