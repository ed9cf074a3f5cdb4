import type { Socket } from "socket.io-client";
import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const { server } = useTestServer([], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
/** Three new people, so no test sees another's blocks. */
const people = async (): Promise<[TestUser, TestUser, TestUser]> => {
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => server.register("s")));
  return [a!, b!, c!];
};
const block = async (blocker: TestUser, blocked: TestUser) => expect((await api("PUT", `/api/blocks/${blocked.id}`, blocker)).status).toBe(204);
const unblock = async (blocker: TestUser, blocked: TestUser) => expect((await api("DELETE", `/api/blocks/${blocked.id}`, blocker)).status).toBe(204);
const subscribe = async (socket: Socket, ...users: TestUser[]) =>
  (await emitWithAck(socket, "presence:subscribe", { user_ids: users.map((user) => user.id) })).presence;
/** The next presence event about this user (others, if any, are skipped). */
const presenceOf = (socket: Socket, user: TestUser) =>
  new Promise<{ user_id: number; online: boolean; last_seen_at: string | null }>((resolve) => {
    const listener = (presence: { user_id: number; online: boolean; last_seen_at: string | null }) => {
      if (presence.user_id !== user.id) return;
      socket.off("presence", listener);
      resolve(presence);
    };
    socket.on("presence", listener);
  });

describe("presence of someone who blocked you", () => {
  it("looks offline with no last seen, is never announced to you, and comes back on unblock", async () => {
    const [alice, bob, carol] = await people();
    const aliceFirst = await server.connect(alice.token);
    aliceFirst.disconnect();
    await block(alice, bob);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    expect(await subscribe(bobTab, alice)).toEqual([{ user_id: alice.id, online: false, last_seen_at: null }]);
    expect((await subscribe(carolTab, alice))[0]).toMatchObject({ user_id: alice.id, online: false, last_seen_at: expect.any(String) });
    const toBob = collect(bobTab, "presence");

    // Alice comes online: carol hears it; bob does not (carol's copy and bob's would leave in one broadcast).
    const carolSees = presenceOf(carolTab, alice);
    const aliceTab = await server.connect(alice.token);
    expect(await carolSees).toEqual({ user_id: alice.id, online: true, last_seen_at: null });
    expect(await subscribe(bobTab, alice)).toEqual([{ user_id: alice.id, online: false, last_seen_at: null }]);
    expect(toBob).toEqual([]);

    // Unblocked: bob sees her as she is, at once and from then on.
    const bobSees = presenceOf(bobTab, alice);
    await unblock(alice, bob);
    expect(await bobSees).toEqual({ user_id: alice.id, online: true, last_seen_at: null });
    const bobSeesOffline = presenceOf(bobTab, alice);
    aliceTab.disconnect();
    expect(await bobSeesOffline).toMatchObject({ user_id: alice.id, online: false, last_seen_at: expect.any(String) });
    bobTab.disconnect();
    carolTab.disconnect();
  });

  it("a block made while you watch turns them offline for you at once, and later changes never reach you", async () => {
    const [alice, bob, carol] = await people();
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    expect(await subscribe(bobTab, alice)).toEqual([{ user_id: alice.id, online: true, last_seen_at: null }]);
    await subscribe(carolTab, alice);
    const hidden = presenceOf(bobTab, alice);
    await block(alice, bob);
    expect(await hidden).toEqual({ user_id: alice.id, online: false, last_seen_at: null });
    const toBob = collect(bobTab, "presence");
    const carolSees = presenceOf(carolTab, alice);
    aliceTab.disconnect();
    expect(await carolSees).toMatchObject({ online: false, last_seen_at: expect.any(String) });
    // The same broadcast left bob out; a presence bob may see (carol's) arrives after it, and is all he got.
    const bobSeesCarol = presenceOf(bobTab, carol);
    await subscribe(bobTab, carol);
    const carolAgain = await server.connect(carol.token);
    carolTab.disconnect();
    carolAgain.disconnect();
    await bobSeesCarol;
    expect(toBob.filter((presence) => presence.user_id === alice.id)).toEqual([]);
    bobTab.disconnect();
  });
});

describe("typing", () => {
  it("never goes between two people when either blocked the other, directly or in a group", async () => {
    const [alice, bob, carol] = await people();
    const created = await api("POST", "/api/groups", carol, { name: "Typing", member_ids: [alice.id, bob.id] });
    const groupId = created.body.group.id as number;
    await block(alice, bob);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    const toAlice = collect(aliceTab, "typing");
    const toBob = collect(bobTab, "typing");

    // The typist is answered as usual: nothing tells of the block.
    expect(await emitWithAck(bobTab, "typing:start", { receiver_id: alice.id })).toEqual({ ok: true });
    expect(await emitWithAck(aliceTab, "typing:start", { receiver_id: bob.id })).toEqual({ ok: true });
    const carolHearsAlice = nextEvent(carolTab, "typing");
    expect(await emitWithAck(aliceTab, "typing:start", { group_id: groupId })).toEqual({ ok: true });
    expect(await carolHearsAlice).toEqual({ user_id: alice.id, group_id: groupId, typing: true });
    const carolHearsBob = nextEvent(carolTab, "typing");
    expect(await emitWithAck(bobTab, "typing:start", { group_id: groupId })).toEqual({ ok: true });
    expect(await carolHearsBob).toEqual({ user_id: bob.id, group_id: groupId, typing: true });

    // Carol's typing reaches both after all of the above was relayed (or not): they heard only her.
    const aliceHearsCarol = nextEvent(aliceTab, "typing");
    const bobHearsCarol = nextEvent(bobTab, "typing");
    await emitWithAck(carolTab, "typing:start", { group_id: groupId });
    await Promise.all([aliceHearsCarol, bobHearsCarol]);
    expect(toAlice.map((typing) => typing.user_id)).toEqual([carol.id]);
    expect(toBob.map((typing) => typing.user_id)).toEqual([carol.id]);

    await unblock(alice, bob);
    const bobHearsAlice = nextEvent(bobTab, "typing");
    await emitWithAck(aliceTab, "typing:start", { receiver_id: bob.id });
    expect(await bobHearsAlice).toEqual({ user_id: alice.id, receiver_id: bob.id, typing: true });
    [aliceTab, bobTab, carolTab].forEach((socket) => socket.disconnect());
  });
});

describe("read receipts", () => {
  it("of the blocker never reach the person blocked; the blocker's own tabs still hear them", async () => {
    const [alice, bob, carol] = await people();
    const sent = await api("POST", "/api/messages/send", bob, { receiver_id: alice.id, message_content: "read?" });
    const created = await api("POST", "/api/groups", carol, { name: "Receipts", member_ids: [alice.id, bob.id] });
    const groupId = created.body.group.id as number;
    const inGroup = await api("POST", "/api/messages/send", bob, { group_id: groupId, message_content: "group read?" });
    await block(alice, bob);
    const aliceTab = await server.connect(alice.token);
    const aliceOther = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    const toBob = collect(bobTab, "message:status");

    const otherTabHears = nextEvent(aliceOther, "message:status");
    await emitWithAck(aliceTab, "message:read", { partner_id: bob.id, up_to_id: sent.body.message.id });
    expect(await otherTabHears).toMatchObject({ user_id: alice.id, partner_id: bob.id, read_up_to_id: sent.body.message.id });
    const carolHears = nextEvent(carolTab, "message:status");
    await emitWithAck(aliceTab, "message:read", { group_id: groupId, up_to_id: inGroup.body.message.id });
    expect(await carolHears).toMatchObject({ user_id: alice.id, group_id: groupId, read_up_to_id: inGroup.body.message.id });

    // Carol's receipt in the same group reaches bob after alice's were (not) sent: it is all he got.
    const bobHearsCarol = nextEvent(bobTab, "message:status");
    await emitWithAck(carolTab, "message:read", { group_id: groupId, up_to_id: inGroup.body.message.id });
    await bobHearsCarol;
    expect(toBob.map((receipt) => receipt.user_id)).toEqual([carol.id]);
    [aliceTab, aliceOther, bobTab, carolTab].forEach((socket) => socket.disconnect());
  });
});

describe("calls", () => {
  it("cannot be placed either way between two people when one blocked the other; the callee's tabs never ring", async () => {
    const [alice, bob] = await people();
    await block(alice, bob);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const rings = collect(aliceTab, "call:ringing");
    expect(await emitWithAck(bobTab, "call:start", { user_id: alice.id, media: "audio" })).toEqual({
      error: "You cannot call this person",
      status: 403,
    });
    expect(await emitWithAck(aliceTab, "call:start", { user_id: bob.id, media: "audio" })).toEqual({
      error: expect.stringMatching(/unblock/),
      status: 403,
    });
    // Nothing is ringing or active for either of them.
    expect((await api("GET", "/api/calls/active", alice)).body).toEqual({ calls: [] });
    expect((await api("GET", "/api/calls/active", bob)).body).toEqual({ calls: [] });
    expect(rings).toEqual([]);
    aliceTab.disconnect();
    bobTab.disconnect();
  });
});
