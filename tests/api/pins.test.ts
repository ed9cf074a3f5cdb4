import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"], { REQUESTS_PER_USER_PER_SECOND: "1000" }); // 51 sends and 50 pins back to back

type Message = { id: number; pinned: boolean; kind: string };
type Pinned = {
  message_id: number;
  receiver_id: number | null;
  group_id: number | null;
  pinned: boolean;
  pinned_by: number | null;
  pinned_at: string | null;
};
type Pins = { pins: Array<{ message: Message; pinned_by: number | null; pinned_at: string }> };

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text = "pin me") => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message as Message;
};
const pin = (method: "PUT" | "DELETE", user: TestUser, messageId: number) => api(method, `/api/messages/${messageId}/pin`, user);
const createGroup = async (owner: TestUser, members: TestUser[]) =>
  (await api("POST", "/api/groups", owner, { name: "pins", member_ids: members.map((member) => member.id) })).body.group as {
    id: number;
    members_can_pin: boolean;
  };
const pinsOf = async (user: TestUser, query: string) => (await api("GET", `/api/conversations/pins?${query}`, user)).body as Pins;

describe("pins", () => {
  it("either person pins in a direct conversation (idempotent); the list is newest first; pinned in message JSON", async () => {
    const first = await send(alice, { receiver_id: bob.id }, "first");
    const second = await send(bob, { receiver_id: alice.id }, "second");
    expect(first.pinned).toBe(false);
    const pinned = await pin("PUT", bob, first.id);
    expect(pinned.status).toBe(200);
    expect(pinned.body).toMatchObject({ message_id: first.id, receiver_id: bob.id, group_id: null, pinned: true, pinned_by: bob.id });
    const again = await pin("PUT", alice, first.id);
    expect(again.body).toEqual(pinned.body);
    await pin("PUT", alice, second.id);
    const list = await pinsOf(alice, `user_id=${bob.id}`);
    expect(list.pins.map((entry) => [entry.message.id, entry.pinned_by, entry.message.pinned])).toEqual([
      [second.id, alice.id, true],
      [first.id, bob.id, true],
    ]);
    expect((await pinsOf(bob, `user_id=${alice.id}`)).pins).toHaveLength(2);
    const page = (await api("GET", `/api/messages/conversation/${bob.id}`, alice)).body.messages as Message[];
    expect(page.find((message) => message.id === first.id)!.pinned).toBe(true);

    const unpinned = await pin("DELETE", alice, first.id);
    expect(unpinned.body).toMatchObject({ message_id: first.id, pinned: false, pinned_by: null, pinned_at: null });
    expect((await pin("DELETE", alice, first.id)).status).toBe(200);
    expect((await pinsOf(bob, `user_id=${alice.id}`)).pins.map((entry) => entry.message.id)).toEqual([second.id]);
  });

  it("in groups: admins pin; members only when members_can_pin (403 otherwise); non-members 404", async () => {
    const group = await createGroup(alice, [bob]);
    expect(group.members_can_pin).toBe(false);
    const message = await send(bob, { group_id: group.id });
    const refused = await pin("PUT", bob, message.id);
    expect([refused.status, refused.body]).toEqual([403, { error: "Only admins can pin messages in this group" }]);
    expect((await pin("PUT", carol, message.id)).status).toBe(404);
    expect((await pin("PUT", alice, message.id)).status).toBe(200);
    expect((await pin("DELETE", bob, message.id)).status).toBe(403);

    expect((await api("PATCH", `/api/groups/${group.id}`, bob, { members_can_pin: true })).status).toBe(403);
    const changed = await api("PATCH", `/api/groups/${group.id}`, alice, { members_can_pin: true });
    expect(changed.body.group.members_can_pin).toBe(true);
    expect((await pin("DELETE", bob, message.id)).body.pinned).toBe(false);
    expect((await pin("PUT", bob, message.id)).body).toMatchObject({ group_id: group.id, receiver_id: null, pinned: true, pinned_by: bob.id });
    expect((await pinsOf(bob, `group_id=${group.id}`)).pins.map((entry) => entry.message.id)).toEqual([message.id]);
    const outsider = await api("GET", `/api/conversations/pins?group_id=${group.id}`, carol);
    expect(outsider.status).toBe(403);
    expect((await api("PATCH", `/api/groups/${group.id}`, alice, { members_can_pin: "yes" })).status).toBe(400);
    expect((await api("PATCH", `/api/groups/${group.id}`, alice, {})).status).toBe(400);
  });

  it("refuse deleted messages and notices (400), at most 50 pins per conversation (409); deleting unpins", async () => {
    const group = await createGroup(alice, [bob]);
    const notice = ((await api("GET", `/api/messages/group/${group.id}`, alice)).body.messages as Message[])[0]!;
    expect(notice.kind).toBe("system");
    expect((await pin("PUT", alice, notice.id)).body).toEqual({ error: "A group notice cannot be pinned" });

    const messages: Message[] = [];
    for (let i = 0; i < 51; i += 1) messages.push(await send(alice, { group_id: group.id }, `m${i}`));
    for (const message of messages.slice(0, 50)) expect((await pin("PUT", alice, message.id)).status).toBe(200);
    const full = await pin("PUT", alice, messages[50]!.id);
    expect([full.status, full.body]).toEqual([409, { error: "A conversation can have at most 50 pinned messages" }]);
    expect((await pin("PUT", alice, messages[0]!.id)).status).toBe(200);

    const bobSocket = await server.connect(bob.token);
    const heard = nextEvent<Pinned>(bobSocket, "message:pinned");
    await api("DELETE", `/api/messages/${messages[0]!.id}`, alice);
    expect(await heard).toEqual({
      message_id: messages[0]!.id,
      group_id: group.id,
      receiver_id: null,
      pinned: false,
      pinned_by: null,
      pinned_at: null,
    });
    expect((await pinsOf(alice, `group_id=${group.id}`)).pins).toHaveLength(49);
    const deleted = await pin("PUT", alice, messages[0]!.id);
    expect([deleted.status, deleted.body]).toEqual([400, { error: "A deleted message cannot be pinned" }]);
    expect((await pin("PUT", alice, messages[50]!.id)).status).toBe(200);
  });

  it("the list needs exactly one of user_id and group_id; unknown people are 404", async () => {
    expect((await api("GET", "/api/conversations/pins", alice)).status).toBe(400);
    expect((await api("GET", `/api/conversations/pins?user_id=${bob.id}&group_id=1`, alice)).status).toBe(400);
    expect((await api("GET", "/api/conversations/pins?user_id=abc", alice)).status).toBe(400);
    expect((await api("GET", `/api/conversations/pins?user_id=${2 ** 31 - 1}`, alice)).status).toBe(404);
  });

  it("reach every member live as message:pinned; the socket twins pin:add and pin:remove call the same rules", async () => {
    const group = await createGroup(alice, [bob]);
    const message = await send(bob, { group_id: group.id });
    const [aliceSocket, bobSocket, carolSocket] = await Promise.all([
      server.connect(alice.token),
      server.connect(bob.token),
      server.connect(carol.token),
    ]);
    const bobHeard = nextEvent<Pinned>(bobSocket, "message:pinned");
    const carolHeard = collect(carolSocket, "message:pinned");
    const ack = await emitWithAck<Pinned>(aliceSocket, "pin:add", { message_id: message.id });
    expect(ack).toMatchObject({ message_id: message.id, group_id: group.id, pinned: true, pinned_by: alice.id });
    expect(await bobHeard).toEqual(ack);
    expect(await emitWithAck(bobSocket, "pin:remove", { message_id: message.id })).toEqual({
      error: "Only admins can pin messages in this group",
      status: 403,
    });
    expect(await emitWithAck(carolSocket, "pin:add", { message_id: message.id })).toEqual({ error: "Message not found", status: 404 });
    expect(await emitWithAck(aliceSocket, "pin:add", { message_id: "x" })).toMatchObject({ status: 400 });
    const removed = nextEvent<Pinned>(bobSocket, "message:pinned");
    expect(await emitWithAck(aliceSocket, "pin:remove", { message_id: message.id })).toMatchObject({ pinned: false });
    expect((await removed).pinned).toBe(false);
    expect(carolHeard).toEqual([]);
  });
});
