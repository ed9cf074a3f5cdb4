import { randomUUID } from "node:crypto";
import { ApiError, ChatApi, userKey } from "@chat-app/client";
import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const { server } = useTestServer([], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const api = (method: string, path: string, user: TestUser | undefined, body?: unknown) => server.request(method, path, { token: user?.token, body });
/** Three new people, so no test sees another's blocks. */
const people = async (): Promise<[TestUser, TestUser, TestUser]> => {
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => server.register("b")));
  return [a!, b!, c!];
};
const block = async (blocker: TestUser, blocked: TestUser) => expect((await api("PUT", `/api/blocks/${blocked.id}`, blocker)).status).toBe(204);
const unblock = async (blocker: TestUser, blocked: TestUser) => expect((await api("DELETE", `/api/blocks/${blocked.id}`, blocker)).status).toBe(204);
const sendDirect = (from: TestUser, to: TestUser, text: string) =>
  api("POST", "/api/messages/send", from, { receiver_id: to.id, message_content: text });
const history = async (reader: TestUser, partner: TestUser) => {
  const response = await api("GET", `/api/messages/conversation/${partner.id}`, reader);
  expect(response.status).toBe(200);
  return response.body as {
    messages: Array<{ id: number; message_content: string; sender_blocked?: true }>;
    partner_receipt: { read_up_to_id: number };
  };
};
const texts = async (reader: TestUser, partner: TestUser) => (await history(reader, partner)).messages.map((m) => m.message_content);
const createGroup = async (owner: TestUser, members: TestUser[]) => {
  const response = await api("POST", "/api/groups", owner, { name: "Block test", member_ids: members.map((m) => m.id) });
  expect(response.status).toBe(201);
  return response.body.group.id as number;
};

describe("blocking and unblocking", () => {
  it("blocks (idempotent), lists newest first with the person, unblocks (idempotent)", async () => {
    const [alice, bob, carol] = await people();
    await block(alice, bob);
    await block(alice, bob);
    await block(alice, carol);
    const listed = await api("GET", "/api/blocks", alice);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      blocks: [
        { user: { id: carol.id, username: carol.username, display_name: null, avatar_url: null, status_text: null }, created_at: expect.any(String) },
        { user: { id: bob.id, username: bob.username, display_name: null, avatar_url: null, status_text: null }, created_at: expect.any(String) },
      ],
    });
    const [, bobBlock] = listed.body.blocks as Array<{ created_at: string }>;
    // Blocking again kept the first block.
    await block(alice, bob);
    expect((await api("GET", "/api/blocks", alice)).body.blocks[1].created_at).toBe(bobBlock!.created_at);
    // One-directional: bob blocked nobody.
    expect((await api("GET", "/api/blocks", bob)).body).toEqual({ blocks: [] });

    await unblock(alice, bob);
    await unblock(alice, bob);
    expect((await api("GET", "/api/blocks", alice)).body.blocks.map((b: { user: { id: number } }) => b.user.id)).toEqual([carol.id]);
    // Nobody by that id: nothing to unblock, still 204.
    expect((await api("DELETE", "/api/blocks/987654", alice)).status).toBe(204);
  });

  it("refuses blocking oneself (400), nobody (404), bad ids (400) and no token (401)", async () => {
    const [alice] = await people();
    for (const method of ["PUT", "DELETE"]) {
      const self = await api(method, `/api/blocks/${alice.id}`, alice);
      expect([self.status, self.body]).toEqual([400, { error: expect.stringMatching(/yourself/) }]);
    }
    const nobody = await api("PUT", "/api/blocks/987654", alice);
    expect([nobody.status, nobody.body]).toEqual([404, { error: expect.any(String) }]);
    for (const id of ["abc", "0", "-1", "1.5", "99999999999"]) {
      const response = await api("PUT", `/api/blocks/${id}`, alice);
      expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(/user_id/) }]);
    }
    expect((await api("GET", "/api/blocks", undefined)).status).toBe(401);
    expect((await api("PUT", `/api/blocks/${alice.id}`, undefined)).status).toBe(401);
    expect((await api("GET", "/api/blocks", alice)).body).toEqual({ blocks: [] });
  });
});

describe("someone blocked", () => {
  it("cannot send a direct message, over REST or the socket: 403 and nothing stored on either side", async () => {
    const [alice, bob] = await people();
    expect((await sendDirect(bob, alice, "before")).status).toBe(201);
    await block(alice, bob);

    const refused = await sendDirect(bob, alice, "after, REST");
    expect([refused.status, refused.body]).toEqual([403, { error: "You cannot send messages to this person" }]);
    const socket = await server.connect(bob.token);
    expect(await emitWithAck(socket, "message:send", { receiver_id: alice.id, message_content: "after, socket" })).toEqual({
      error: "You cannot send messages to this person",
      status: 403,
    });
    socket.disconnect();
    expect(await texts(alice, bob)).toEqual(["before"]);
    expect(await texts(bob, alice)).toEqual(["before"]);
    const aliceList = (await api("GET", "/api/conversations", alice)).body.conversations;
    expect(aliceList.map((row: { last_message: { message_content: string } }) => row.last_message.message_content)).toEqual(["before"]);
  });

  it("cannot start a conversation: nothing appears in either list", async () => {
    const [alice, bob] = await people();
    await block(alice, bob);
    expect((await sendDirect(bob, alice, "hello?")).status).toBe(403);
    expect((await api("GET", "/api/conversations", alice)).body.conversations).toEqual([]);
    expect((await api("GET", "/api/conversations", bob)).body.conversations).toEqual([]);
  });

  it("cannot forward a message to the blocker either", async () => {
    const [alice, bob, carol] = await people();
    const groupId = await createGroup(carol, [alice, bob]);
    const sent = await api("POST", "/api/messages/send", carol, { group_id: groupId, message_content: "forward me" });
    await block(alice, bob);
    const forwarded = await api("POST", `/api/messages/${sent.body.message.id}/forward`, bob, { receiver_id: alice.id });
    expect(forwarded.status).toBe(403);
    expect(await texts(alice, bob)).toEqual([]);
  });

  it("leaves the blocker unable to message them too, with a 403 that says why", async () => {
    const [alice, bob] = await people();
    await block(alice, bob);
    const refused = await sendDirect(alice, bob, "hi");
    expect([refused.status, refused.body]).toEqual([403, { error: expect.stringMatching(/unblock/) }]);
    expect(await texts(bob, alice)).toEqual([]);
  });

  it("can message again once unblocked", async () => {
    const [alice, bob] = await people();
    await block(alice, bob);
    expect((await sendDirect(bob, alice, "blocked")).status).toBe(403);
    await unblock(alice, bob);
    expect((await sendDirect(bob, alice, "welcome back")).status).toBe(201);
    expect((await sendDirect(alice, bob, "hi again")).status).toBe(201);
    expect(await texts(alice, bob)).toEqual(["welcome back", "hi again"]);
  });

  it("still gets their retry of a message stored before the block", async () => {
    const [alice, bob] = await people();
    const clientId = randomUUID();
    const first = await api("POST", "/api/messages/send", bob, { receiver_id: alice.id, message_content: "once", client_id: clientId });
    expect(first.status).toBe(201);
    await block(alice, bob);
    const retry = await api("POST", "/api/messages/send", bob, { receiver_id: alice.id, message_content: "once", client_id: clientId });
    expect([retry.status, retry.body.message.id]).toEqual([200, first.body.message.id]);
    expect(await texts(alice, bob)).toEqual(["once"]);
  });

  it("cannot add the blocker to a group, at creation or later; the blocker cannot add them either", async () => {
    const [alice, bob, carol] = await people();
    await block(alice, bob);
    const created = await api("POST", "/api/groups", bob, { name: "Sneaky", member_ids: [alice.id, carol.id] });
    expect([created.status, created.body]).toEqual([403, { error: "You cannot add this person to a group" }]);
    const groupId = await createGroup(bob, [carol]);
    const added = await api("POST", `/api/groups/${groupId}/members`, bob, { member_ids: [alice.id] });
    expect(added.status).toBe(403);
    const group = await api("GET", `/api/groups/${groupId}`, bob);
    expect(group.body.group.members.map((m: { id: number }) => m.id).sort()).toEqual([bob.id, carol.id].sort());
    expect((await api("POST", "/api/groups", alice, { name: "Other way", member_ids: [bob.id] })).status).toBe(403);
    // Someone else may still have both in one group.
    expect((await api("POST", "/api/groups", carol, { name: "Both", member_ids: [alice.id, bob.id] })).status).toBe(201);
  });

  it("does not see the blocker's read receipts in a conversation or a group", async () => {
    const [alice, bob, carol] = await people();
    const sent = await sendDirect(bob, alice, "read me");
    expect((await api("POST", "/api/messages/read", alice, { partner_id: bob.id, up_to_id: sent.body.message.id })).status).toBe(200);
    const groupId = await createGroup(carol, [alice, bob]);
    const inGroup = await api("POST", "/api/messages/send", bob, { group_id: groupId, message_content: "read me too" });
    expect((await api("POST", "/api/messages/read", alice, { group_id: groupId, up_to_id: inGroup.body.message.id })).status).toBe(200);
    expect((await history(bob, alice)).partner_receipt.read_up_to_id).toBe(sent.body.message.id);

    await block(alice, bob);
    expect((await history(bob, alice)).partner_receipt.read_up_to_id).toBe(0);
    const aliceInGroup = async (reader: TestUser) =>
      (await api("GET", `/api/messages/group/${groupId}`, reader)).body.member_receipts.find((r: { user_id: number }) => r.user_id === alice.id);
    expect((await aliceInGroup(bob)).read_up_to_id).toBe(0);
    expect((await aliceInGroup(carol)).read_up_to_id).toBe(inGroup.body.message.id);
    // The blocker still sees the blocked person's progress.
    expect((await history(alice, bob)).messages.map((m) => m.message_content)).toEqual(["read me"]);

    await unblock(alice, bob);
    expect((await history(bob, alice)).partner_receipt.read_up_to_id).toBe(sent.body.message.id);
  });

  it("finds the blocker as before and sees no block of their own", async () => {
    const [alice, bob] = await people();
    await block(alice, bob);
    const found = await api("GET", `/api/users?search=${alice.username}`, bob);
    expect(found.body.users).toEqual([{ id: alice.id, username: alice.username, display_name: null, avatar_url: null, status_text: null }]);
    expect((await api("GET", "/api/blocks", bob)).body).toEqual({ blocks: [] });
  });
});

describe("in a shared group", () => {
  it("their messages still arrive, flagged sender_blocked for the blocker only, live and in history", async () => {
    const [alice, bob, carol] = await people();
    const groupId = await createGroup(carol, [alice, bob]);
    await block(alice, bob);
    const aliceTab = await server.connect(alice.token);
    const carolTab = await server.connect(carol.token);
    const toAlice = nextEvent(aliceTab, "message:new");
    const toCarol = nextEvent(carolTab, "message:new");
    const sent = await api("POST", "/api/messages/send", bob, { group_id: groupId, message_content: "from bob" });
    expect(sent.status).toBe(201);
    expect(sent.body.message.sender_blocked).toBeUndefined();
    expect(await toAlice).toMatchObject({ id: sent.body.message.id, message_content: "from bob", sender_blocked: true });
    expect((await toCarol).sender_blocked).toBeUndefined();

    const page = async (reader: TestUser) =>
      (await api("GET", `/api/messages/group/${groupId}`, reader)).body.messages.filter((m: { kind: string }) => m.kind === "text");
    expect(await page(alice)).toEqual([expect.objectContaining({ id: sent.body.message.id, sender_blocked: true })]);
    expect((await page(carol))[0]).not.toHaveProperty("sender_blocked");
    expect((await page(bob))[0]).not.toHaveProperty("sender_blocked");
    const row = (await api("GET", "/api/conversations", alice)).body.conversations.find((r: { group?: { id: number } }) => r.group?.id === groupId);
    expect(row.last_message).toMatchObject({ id: sent.body.message.id, sender_blocked: true });

    // An edit reaches the blocker flagged too.
    const updated = nextEvent(aliceTab, "message:updated");
    const carolUpdated = nextEvent(carolTab, "message:updated");
    expect((await api("PATCH", `/api/messages/${sent.body.message.id}`, bob, { message_content: "edited" })).status).toBe(200);
    expect(await updated).toMatchObject({ message_content: "edited", sender_blocked: true });
    expect((await carolUpdated).sender_blocked).toBeUndefined();

    // Alice's own messages and carol's are never flagged for her.
    const own = await api("POST", "/api/messages/send", alice, { group_id: groupId, message_content: "mine" });
    expect(own.status).toBe(201);
    await unblock(alice, bob);
    expect((await page(alice)).every((m: { sender_blocked?: true }) => m.sender_blocked === undefined)).toBe(true);
    const collected = collect(aliceTab, "message:new");
    const next = nextEvent(aliceTab, "message:new");
    await api("POST", "/api/messages/send", bob, { group_id: groupId, message_content: "unblocked" });
    expect((await next).sender_blocked).toBeUndefined();
    expect(collected).toHaveLength(1);
    aliceTab.disconnect();
    carolTab.disconnect();
  });
});

describe("the client's API", () => {
  it("blocks, lists and unblocks; a refused send is an ApiError 403", async () => {
    const [alice, bob] = await people();
    const aliceApi = new ChatApi(server.url, alice.token);
    const bobApi = new ChatApi(server.url, bob.token);
    await aliceApi.block(bob.id);
    expect(await aliceApi.blocks()).toEqual({
      blocks: [
        { user: { id: bob.id, username: bob.username, display_name: null, avatar_url: null, status_text: null }, created_at: expect.any(String) },
      ],
    });
    const refused = await bobApi.send(userKey(alice.id), "hi", randomUUID()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(403);
    await aliceApi.unblock(bob.id);
    expect(await aliceApi.blocks()).toEqual({ blocks: [] });
  });
});
