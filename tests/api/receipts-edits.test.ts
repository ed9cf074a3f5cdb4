import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

const send = async (from: TestUser, to: TestUser, text: string) =>
  (await server.request("POST", "/api/messages/send", { token: from.token, body: { receiver_id: to.id, message_content: text } })).body.message;
const unreadFor = async (user: TestUser, partner: TestUser) => {
  const { body } = await server.request("GET", "/api/conversations", { token: user.token });
  return body.conversations.find((c: { partner: { id: number } }) => c.partner.id === partner.id)?.unread_count;
};

describe("unread counts and read receipts", () => {
  it("counts the partner's messages after the read marker, and reading clears them", async () => {
    const first = await send(alice, bob, "one");
    await send(alice, bob, "two");
    const third = await send(alice, bob, "three");
    await send(bob, alice, "bob's own message is never unread for bob");
    expect(await unreadFor(bob, alice)).toBe(3);
    expect(await unreadFor(alice, bob)).toBe(1);

    const partial = await server.request("POST", "/api/messages/read", { token: bob.token, body: { partner_id: alice.id, up_to_id: first.id } });
    expect(partial.status).toBe(200);
    expect(partial.body.receipt).toEqual({ user_id: bob.id, partner_id: alice.id, read_up_to_id: first.id, delivered_up_to_id: first.id });
    expect(await unreadFor(bob, alice)).toBe(2);
    await server.request("POST", "/api/messages/read", { token: bob.token, body: { partner_id: alice.id, up_to_id: third.id } });
    expect(await unreadFor(bob, alice)).toBe(0);
  });

  it("never moves a marker backwards, whatever order tabs report in", async () => {
    const message = await send(carol, bob, "hello");
    await server.request("POST", "/api/messages/read", { token: bob.token, body: { partner_id: carol.id, up_to_id: message.id } });
    const older = await server.request("POST", "/api/messages/read", { token: bob.token, body: { partner_id: carol.id, up_to_id: 1 } });
    expect(older.body.receipt.read_up_to_id).toBe(message.id);
    const delivered = await server.request("POST", "/api/messages/delivered", { token: bob.token, body: { partner_id: carol.id, up_to_id: 1 } });
    expect(delivered.body.receipt).toMatchObject({ read_up_to_id: message.id, delivered_up_to_id: message.id });
  });

  it("tells the sender live (message:status) and the reader's other tabs, and shows it in the conversation page", async () => {
    const aliceTab = await server.connect(alice.token);
    const bobOtherTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    const toCarol = collect(carolTab, "message:status");
    const message = await send(alice, bob, "did you read this?");

    const aliceHearsDelivered = nextEvent(aliceTab, "message:status");
    const bobTab = await server.connect(bob.token);
    expect(await emitWithAck(bobTab, "message:delivered", { partner_id: alice.id, up_to_id: message.id })).toEqual({
      receipt: { user_id: bob.id, partner_id: alice.id, delivered_up_to_id: message.id, read_up_to_id: expect.any(Number) },
    });
    expect(await aliceHearsDelivered).toMatchObject({ user_id: bob.id, partner_id: alice.id, delivered_up_to_id: message.id });

    const aliceHearsRead = nextEvent(aliceTab, "message:status");
    const bobOtherTabHears = nextEvent(bobOtherTab, "message:status");
    await emitWithAck(bobTab, "message:read", { partner_id: alice.id, up_to_id: message.id });
    expect(await aliceHearsRead).toMatchObject({ read_up_to_id: message.id });
    expect(await bobOtherTabHears).toMatchObject({ read_up_to_id: message.id });

    const page = await server.request("GET", `/api/messages/conversation/${bob.id}`, { token: alice.token });
    expect(page.body.partner_receipt).toEqual({ user_id: bob.id, partner_id: alice.id, delivered_up_to_id: message.id, read_up_to_id: message.id });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(toCarol).toEqual([]);
    [aliceTab, bobTab, bobOtherTab, carolTab].forEach((socket) => socket.disconnect());
  });

  it.each([
    [{ partner_id: 999_999, up_to_id: 1 }, 404],
    [{ partner_id: "2", up_to_id: 1 }, 400],
    [{ up_to_id: 1 }, 400],
    [{ partner_id: 1, up_to_id: -5 }, 400],
  ])("refuses %j with %i", async (body, status) => {
    const response = await server.request("POST", "/api/messages/read", { token: bob.token, body });
    expect(response.status).toBe(status);
    expect(response.body.error).toEqual(expect.any(String));
  });
});

describe("editing and deleting one's own messages", () => {
  it("edits over REST, marks it edited, and pushes message:updated to both sides", async () => {
    const message = await send(alice, bob, "teh typo");
    const bobTab = await server.connect(bob.token);
    const bobHears = nextEvent(bobTab, "message:updated");
    const edited = await server.request("PATCH", `/api/messages/${message.id}`, { token: alice.token, body: { message_content: "the typo" } });
    expect(edited.status).toBe(200);
    expect(edited.body.message).toMatchObject({
      id: message.id,
      message_content: "the typo",
      edited_at: expect.any(String),
      deleted_at: null,
      client_id: message.client_id,
    });
    expect(await bobHears).toEqual(edited.body.message);
    const page = await server.request("GET", `/api/messages/conversation/${alice.id}`, { token: bob.token });
    expect(page.body.messages.find((m: { id: number }) => m.id === message.id).message_content).toBe("the typo");
    bobTab.disconnect();
  });

  it("deletes over the socket: the row stays as a placeholder with its text wiped, and deleting again is harmless", async () => {
    const message = await send(alice, bob, "regrettable");
    const aliceTab = await server.connect(alice.token);
    const deleted = await emitWithAck(aliceTab, "message:delete", { id: message.id });
    expect(deleted.message).toMatchObject({ id: message.id, message_content: "", deleted_at: expect.any(String) });
    expect((await emitWithAck(aliceTab, "message:delete", { id: message.id })).message).toEqual(deleted.message);
    const page = await server.request("GET", `/api/messages/conversation/${alice.id}`, { token: bob.token });
    const row = page.body.messages.find((m: { id: number }) => m.id === message.id);
    expect(row).toMatchObject({ message_content: "", deleted_at: expect.any(String) });
    expect(JSON.stringify(page.body)).not.toContain("regrettable");
    const editAfter = await server.request("PATCH", `/api/messages/${message.id}`, { token: alice.token, body: { message_content: "undo" } });
    expect(editAfter).toMatchObject({ status: 409, body: { error: "A deleted message cannot be edited" } });
    aliceTab.disconnect();
  });

  it("refuses to edit or delete someone else's message (403) or one outside one's conversations (404)", async () => {
    const message = await send(alice, bob, "mine");
    expect(await server.request("PATCH", `/api/messages/${message.id}`, { token: bob.token, body: { message_content: "hijack" } })).toMatchObject({
      status: 403,
      body: { error: "You can only edit your own messages" },
    });
    expect((await server.request("DELETE", `/api/messages/${message.id}`, { token: bob.token })).status).toBe(403);
    expect((await server.request("DELETE", `/api/messages/${message.id}`, { token: carol.token })).status).toBe(404);
    expect((await server.request("PATCH", `/api/messages/${message.id}`, { token: carol.token, body: { message_content: "x" } })).status).toBe(404);
    expect((await server.request("DELETE", "/api/messages/999999", { token: alice.token })).status).toBe(404);
    expect((await server.request("PATCH", `/api/messages/${message.id}`, { token: alice.token, body: { message_content: "" } })).status).toBe(400);
    expect((await server.request("DELETE", "/api/messages/abc", { token: alice.token })).status).toBe(400);
  });
});

describe("receipts cannot run ahead of the conversation", () => {
  it("clamps up_to_id to the partner's newest message, so future messages still arrive unread", async () => {
    const [dave, erin] = await Promise.all([server.register("dave"), server.register("erin")]);
    const message = await send(dave, erin, "the only message so far");
    const read = await server.request("POST", "/api/messages/read", { token: erin.token, body: { partner_id: dave.id, up_to_id: 2_000_000_000 } });
    expect(read.body.receipt).toMatchObject({ read_up_to_id: message.id, delivered_up_to_id: message.id });
    await send(dave, erin, "a later message");
    expect(await unreadFor(erin, dave)).toBe(1);
  });
});

describe("unread counts stay right through deletions and self-chats", () => {
  it("drops a deleted unread message from the count, and never counts one's own notes to self", async () => {
    const [fay, gus] = await Promise.all([server.register("fay"), server.register("gus")]);
    await send(fay, gus, "first");
    const second = await send(fay, gus, "second");
    expect(await unreadFor(gus, fay)).toBe(2);
    await server.request("DELETE", `/api/messages/${second.id}`, { token: fay.token });
    expect(await unreadFor(gus, fay)).toBe(1);
    await send(fay, fay, "note to self");
    expect(await unreadFor(fay, fay)).toBe(0);
  });
});
