import type { Socket } from "socket.io-client";
import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

// Short enough that a call left ringing by a test ends by itself before the next one.
const RING_MS = 1000;
const { server } = useTestServer([], { CALL_RING_TIMEOUT_MS: String(RING_MS) });

/** Fresh people per test, so no call of another test makes them busy. */
type People<N extends number, T extends TestUser[] = []> = T["length"] extends N ? T : People<N, [...T, TestUser]>;
const people = <N extends 1 | 2 | 3 | 4>(count: N) =>
  Promise.all(Array.from({ length: count }, (_, i) => server.register(`caller${i}`))) as Promise<People<N>>;

const history = async (reader: TestUser, other: TestUser) => {
  const response = await server.request("GET", `/api/messages/conversation/${other.id}`, { token: reader.token });
  expect(response.status).toBe(200);
  return response.body.messages as Array<{ kind: string; notice: unknown; message_content: string }>;
};
const callRows = async (reader: TestUser, other: TestUser) => (await history(reader, other)).filter((message) => message.kind === "system");

/** A direct call from `caller` to `callee`, rung on both of the callee's tabs. */
async function ring(caller: Socket, callee: TestUser, calleeTabs: Socket[], media: "audio" | "video" = "audio") {
  const ringing = calleeTabs.map((tab) => nextEvent(tab, "call:ringing"));
  const started = await emitWithAck(caller, "call:start", { user_id: callee.id, media });
  expect(started.call).toMatchObject({ state: "ringing", media, topology: "mesh", conversation: { user_id: callee.id } });
  const rung = await Promise.all(ringing);
  return { call: started.call as { id: number; caller_id: number; participants: number[] }, rung };
}

describe("direct calls", () => {
  it("ring every tab of the callee; accepting in one stops the others, and hanging up leaves an ended row with its length", async () => {
    const [alice, bob] = await people(2);
    const aliceTab = await server.connect(alice.token);
    const bobTabs = [await server.connect(bob.token), await server.connect(bob.token)];
    const { call, rung } = await ring(aliceTab, bob, bobTabs, "video");
    expect(call.participants).toEqual([alice.id]);
    for (const event of rung) expect(event.call).toMatchObject({ id: call.id, caller_id: alice.id, conversation: { user_id: alice.id } });

    const active = await server.request("GET", "/api/calls/active", { token: bob.token });
    expect(active.body.calls).toEqual([expect.objectContaining({ id: call.id, state: "ringing" })]);

    const otherTab = nextEvent(bobTabs[1]!, "call:updated");
    const callerSees = nextEvent(aliceTab, "call:updated");
    const accepted = await emitWithAck(bobTabs[0]!, "call:accept", { call_id: call.id });
    expect(accepted.call).toMatchObject({ state: "active", participants: [alice.id, bob.id], answered_connection: bobTabs[0]!.id });
    expect((await otherTab).call).toMatchObject({ id: call.id, state: "active", answered_connection: bobTabs[0]!.id });
    expect((await callerSees).call).toMatchObject({ id: call.id, state: "active", conversation: { user_id: bob.id } });
    // The other tab cannot take it any more.
    expect(await emitWithAck(bobTabs[1]!, "call:accept", { call_id: call.id })).toEqual({ error: "The call is no longer ringing", status: 409 });

    const rowForBob = nextEvent(bobTabs[1]!, "message:new");
    const ended = nextEvent(bobTabs[0]!, "call:ended");
    const hungUp = await emitWithAck(aliceTab, "call:hangup", { call_id: call.id });
    expect(hungUp.call).toMatchObject({ state: "ended", end_reason: "hangup", participants: [] });
    expect((await ended).call).toMatchObject({ id: call.id, state: "ended", end_reason: "hangup" });
    const row = await rowForBob;
    expect(row).toMatchObject({
      kind: "system",
      sender_id: alice.id,
      receiver_id: bob.id,
      notice: { type: "call", outcome: "ended", media: "video", caller_id: alice.id },
    });
    expect(row.notice.duration_ms).toEqual(expect.any(Number));
    expect(row.message_content).toMatch(/^Video call, \d+:\d\d$/);
    expect((await callRows(alice, bob)).map((message) => message.notice)).toEqual([row.notice]);
    expect((await server.request("GET", "/api/calls/active", { token: bob.token })).body.calls).toEqual([]);
  });

  it("let only one of two tabs accepting at once win", async () => {
    const [alice, bob] = await people(2);
    const aliceTab = await server.connect(alice.token);
    const bobTabs = [await server.connect(bob.token), await server.connect(bob.token)];
    const { call } = await ring(aliceTab, bob, bobTabs);
    const answers = await Promise.all(bobTabs.map((tab) => emitWithAck(tab, "call:accept", { call_id: call.id })));
    expect(answers.filter((answer) => answer.call?.state === "active")).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(1);
    await emitWithAck(aliceTab, "call:hangup", { call_id: call.id });
  });

  it("end declined, with a declined row in both sides' history", async () => {
    const [alice, bob] = await people(2);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const { call } = await ring(aliceTab, bob, [bobTab]);
    const ended = nextEvent(aliceTab, "call:ended");
    expect((await emitWithAck(bobTab, "call:decline", { call_id: call.id })).call).toMatchObject({ state: "ended", end_reason: "declined" });
    expect((await ended).call).toMatchObject({ id: call.id, end_reason: "declined" });
    const declined = { type: "call", outcome: "declined", media: "audio", caller_id: alice.id };
    expect((await callRows(alice, bob)).map((message) => message.notice)).toEqual([declined]);
    expect((await callRows(bob, alice)).map((message) => message.notice)).toEqual([declined]);
    // The caller cannot decline, and an ended call cannot be accepted.
    expect((await emitWithAck(bobTab, "call:accept", { call_id: call.id })).status).toBe(409);
  });

  it("are missed when nobody answers in time", async () => {
    const [alice, bob] = await people(2);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const { call } = await ring(aliceTab, bob, [bobTab], "video");
    const ended = await nextEvent(bobTab, "call:ended");
    expect(ended.call).toMatchObject({ id: call.id, state: "ended", end_reason: "missed", answered_at: null });
    const rows = await callRows(bob, alice);
    expect(rows).toEqual([
      expect.objectContaining({
        message_content: "Missed video call",
        notice: { type: "call", outcome: "missed", media: "video", caller_id: alice.id },
      }),
    ]);
  });

  it("answer busy to a second caller, who is not rung through; the callee finds a missed row", async () => {
    const [alice, bob, carol, dave] = await people(4);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    const rings = collect(bobTab, "call:ringing");
    const { call } = await ring(aliceTab, bob, [bobTab]);
    await emitWithAck(bobTab, "call:accept", { call_id: call.id });

    expect(await emitWithAck(carolTab, "call:start", { user_id: bob.id, media: "audio" })).toEqual({
      error: "busy: they are in another call",
      status: 409,
    });
    expect(await emitWithAck(aliceTab, "call:start", { user_id: dave.id, media: "audio" })).toEqual({
      error: "busy: you are already in a call",
      status: 409,
    });
    expect(rings).toHaveLength(1);
    expect((await callRows(bob, carol)).map((message) => message.notice)).toEqual([
      { type: "call", outcome: "missed", media: "audio", caller_id: carol.id },
    ]);
    await emitWithAck(bobTab, "call:hangup", { call_id: call.id });
  });

  it("are busy while the callee's first call still rings", async () => {
    const [alice, bob, carol] = await people(3);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    const { call } = await ring(aliceTab, bob, [bobTab]);
    expect((await emitWithAck(carolTab, "call:start", { user_id: bob.id, media: "video" })).status).toBe(409);
    await emitWithAck(aliceTab, "call:hangup", { call_id: call.id });
    // Free again once it ended.
    const again = await emitWithAck(carolTab, "call:start", { user_id: bob.id, media: "video" });
    expect(again.call).toMatchObject({ state: "ringing" });
    await emitWithAck(carolTab, "call:hangup", { call_id: again.call.id });
  });

  // Each race below is one call and one 409 whatever the interleaving; on PostgreSQL the busy check
  // and the write run under per-person advisory locks, so two processes cannot both pass the check.
  it("give one call and one busy to two people calling the same free person at the same moment", async () => {
    const [alice, bob, carol] = await people(3);
    const [aliceTab, bobTab, carolTab] = await Promise.all([server.connect(alice.token), server.connect(bob.token), server.connect(carol.token)]);
    const starts = await Promise.all([aliceTab, carolTab].map((tab) => emitWithAck(tab, "call:start", { user_id: bob.id, media: "audio" })));
    const started = starts.filter((start) => start.call?.state === "ringing");
    expect(started).toHaveLength(1);
    expect(starts.filter((start) => start.status === 409)).toEqual([{ error: "busy: they are in another call", status: 409 }]);
    const active = await server.request("GET", "/api/calls/active", { token: bob.token });
    expect(active.body.calls).toEqual([expect.objectContaining({ id: started[0]!.call.id, state: "ringing" })]);
    await emitWithAck(bobTab, "call:decline", { call_id: started[0]!.call.id });
  });

  it("give one call when two people call each other at the same moment", async () => {
    const [alice, bob] = await people(2);
    const [aliceTab, bobTab] = await Promise.all([server.connect(alice.token), server.connect(bob.token)]);
    const starts = await Promise.all([
      emitWithAck(aliceTab, "call:start", { user_id: bob.id, media: "video" }),
      emitWithAck(bobTab, "call:start", { user_id: alice.id, media: "video" }),
    ]);
    const started = starts.filter((start) => start.call?.state === "ringing");
    expect(started).toHaveLength(1);
    expect(starts.filter((start) => start.status === 409)).toEqual([{ error: "busy: you are already in a call", status: 409 }]);
    const active = (person: TestUser) => server.request("GET", "/api/calls/active", { token: person.token });
    const [forAlice, forBob] = await Promise.all([active(alice), active(bob)]);
    expect(forAlice.body.calls.map((call: { id: number }) => call.id)).toEqual([started[0]!.call.id]);
    expect(forBob.body.calls.map((call: { id: number }) => call.id)).toEqual([started[0]!.call.id]);
    const caller = started[0]!.call.caller_id === alice.id ? aliceTab : bobTab;
    await emitWithAck(caller, "call:hangup", { call_id: started[0]!.call.id });
  });

  it("give one call to a caller starting two from two tabs at the same moment", async () => {
    const [alice, bob, carol] = await people(3);
    const aliceTabs = await Promise.all([server.connect(alice.token), server.connect(alice.token)]);
    const starts = await Promise.all([
      emitWithAck(aliceTabs[0], "call:start", { user_id: bob.id, media: "audio" }),
      emitWithAck(aliceTabs[1], "call:start", { user_id: carol.id, media: "audio" }),
    ]);
    const started = starts.filter((start) => start.call?.state === "ringing");
    expect(started).toHaveLength(1);
    expect(starts.filter((start) => start.status === 409)).toEqual([{ error: "busy: you are already in a call", status: 409 }]);
    const tab = starts[0]!.call ? aliceTabs[0] : aliceTabs[1];
    await emitWithAck(tab, "call:hangup", { call_id: started[0]!.call.id });
  });

  it("end when the connection in the call goes away", async () => {
    const [alice, bob] = await people(2);
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const { call } = await ring(aliceTab, bob, [bobTab]);
    await emitWithAck(bobTab, "call:accept", { call_id: call.id });
    const ended = nextEvent(aliceTab, "call:ended");
    bobTab.disconnect();
    expect((await ended).call).toMatchObject({ id: call.id, state: "ended", end_reason: "hangup" });
  });

  it("relay signals to the other participant's connection in the call only, and refuse anyone else's", async () => {
    const [alice, bob, carol] = await people(3);
    const aliceTab = await server.connect(alice.token);
    const bobTabs = [await server.connect(bob.token), await server.connect(bob.token)];
    const carolTab = await server.connect(carol.token);
    const elsewhere = [collect(bobTabs[1]!, "call:signal"), collect(carolTab, "call:signal")];
    const { call } = await ring(aliceTab, bob, bobTabs);
    const offer = { type: "offer", sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" };
    // Before the accept the callee is not in the call: the caller's offer waits for it.
    expect(await emitWithAck(aliceTab, "call:signal", { call_id: call.id, to_user_id: bob.id, signal: offer })).toEqual({
      error: "That person is not in this call",
      status: 404,
    });
    await emitWithAck(bobTabs[0]!, "call:accept", { call_id: call.id });

    const received = nextEvent(bobTabs[0]!, "call:signal");
    expect(await emitWithAck(aliceTab, "call:signal", { call_id: call.id, to_user_id: bob.id, signal: offer })).toEqual({ ok: true });
    expect(await received).toEqual({ call_id: call.id, from_user_id: alice.id, signal: offer });

    const refused = { error: "You are not in this call", status: 403 };
    expect(await emitWithAck(carolTab, "call:signal", { call_id: call.id, to_user_id: bob.id, signal: offer })).toEqual(refused);
    // Bob's other tab is not the one in the call.
    expect(await emitWithAck(bobTabs[1]!, "call:signal", { call_id: call.id, to_user_id: alice.id, signal: offer })).toEqual(refused);
    expect((await emitWithAck(carolTab, "call:hangup", { call_id: call.id })).status).toBe(404);

    // A normal call's burst of ICE candidates is not throttled.
    const candidates = Array.from({ length: 50 }, (_, i) => ({
      type: "candidate",
      candidate: { candidate: `candidate:${i} 1 udp 2122260223 10.0.0.${i} 5${i} typ host`, sdpMid: "0", sdpMLineIndex: 0 },
    }));
    const answers = await Promise.all(
      candidates.map((signal) => emitWithAck(bobTabs[0]!, "call:signal", { call_id: call.id, to_user_id: alice.id, signal })),
    );
    expect(answers).toEqual(candidates.map(() => ({ ok: true })));

    await emitWithAck(aliceTab, "call:hangup", { call_id: call.id });
    expect(elsewhere).toEqual([[], []]);
    expect(await emitWithAck(aliceTab, "call:signal", { call_id: call.id, to_user_id: bob.id, signal: offer })).toEqual(refused);
  });

  it("refuse bad input with errors", async () => {
    const [alice] = await people(1);
    const tab = await server.connect(alice.token);
    expect((await emitWithAck(tab, "call:start", { user_id: alice.id, media: "audio" })).status).toBe(400);
    expect((await emitWithAck(tab, "call:start", { user_id: 2 ** 31 - 1, media: "audio" })).status).toBe(404);
    expect((await emitWithAck(tab, "call:start", { user_id: 1, group_id: 1, media: "audio" })).status).toBe(400);
    expect((await emitWithAck(tab, "call:start", { user_id: 1, media: "screen" })).status).toBe(400);
    expect((await emitWithAck(tab, "call:accept", { call_id: 2 ** 31 - 1 })).status).toBe(404);
    const huge = { type: "offer", sdp: "x".repeat(60_001) };
    expect((await emitWithAck(tab, "call:signal", { call_id: 1, to_user_id: 1, signal: huge })).status).toBe(400);
    expect((await emitWithAck(tab, "call:signal", { call_id: 1, to_user_id: 1, signal: { type: "sdp" } })).status).toBe(400);
  });
});

describe("group calls", () => {
  it("ring the other members; members join and leave freely; the last one out ends it with a row in the group", async () => {
    const [alice, bob, carol, outsider] = await people(4);
    const group = await server.request("POST", "/api/groups", { token: alice.token, body: { name: "Call crew", member_ids: [bob.id, carol.id] } });
    const groupId = group.body.group.id as number;
    const [aliceTab, bobTab, carolTab, outsiderTab] = await Promise.all([alice, bob, carol, outsider].map((user) => server.connect(user.token)));
    const outsiderHears = [collect(outsiderTab!, "call:ringing"), collect(outsiderTab!, "call:updated")];

    expect((await emitWithAck(outsiderTab!, "call:start", { group_id: groupId, media: "audio" })).status).toBe(403);
    const ringing = [nextEvent(bobTab!, "call:ringing"), nextEvent(carolTab!, "call:ringing")];
    const started = await emitWithAck(aliceTab!, "call:start", { group_id: groupId, media: "video" });
    expect(started.call).toMatchObject({ conversation: { group_id: groupId }, state: "ringing", participants: [alice.id] });
    for (const event of await Promise.all(ringing)) expect(event.call.id).toBe(started.call.id);
    const callId = started.call.id as number;

    expect((await emitWithAck(outsiderTab!, "call:join", { call_id: callId })).status).toBe(404);
    expect((await emitWithAck(bobTab!, "call:accept", { call_id: callId })).status).toBe(400);
    const carolSees = nextEvent(carolTab!, "call:updated");
    const joined = await emitWithAck(bobTab!, "call:join", { call_id: callId });
    expect(joined.call).toMatchObject({ state: "active", participants: [alice.id, bob.id] });
    expect((await carolSees).call).toMatchObject({ participants: [alice.id, bob.id] });
    expect((await emitWithAck(bobTab!, "call:join", { call_id: callId })).status).toBe(409);

    // Group members signal each other once both are in.
    const toBob = nextEvent(bobTab!, "call:signal");
    expect(await emitWithAck(aliceTab!, "call:signal", { call_id: callId, to_user_id: bob.id, signal: { type: "offer", sdp: "v=0" } })).toEqual({
      ok: true,
    });
    expect(await toBob).toMatchObject({ from_user_id: alice.id });
    expect(
      (await emitWithAck(aliceTab!, "call:signal", { call_id: callId, to_user_id: carol.id, signal: { type: "offer", sdp: "v=0" } })).status,
    ).toBe(404);

    expect((await server.request("GET", "/api/calls/active", { token: carol.token })).body.calls).toEqual([expect.objectContaining({ id: callId })]);
    expect((await emitWithAck(aliceTab!, "call:leave", { call_id: callId })).call).toMatchObject({ state: "active", participants: [bob.id] });
    expect((await emitWithAck(carolTab!, "call:join", { call_id: callId })).call).toMatchObject({ participants: [bob.id, carol.id] });
    await emitWithAck(bobTab!, "call:leave", { call_id: callId });
    const ended = nextEvent(aliceTab!, "call:ended");
    const row = nextEvent(aliceTab!, "message:new");
    expect((await emitWithAck(carolTab!, "call:leave", { call_id: callId })).call).toMatchObject({ state: "ended", end_reason: "hangup" });
    expect((await ended).call.id).toBe(callId);
    expect(await row).toMatchObject({
      kind: "system",
      group_id: groupId,
      notice: { type: "call", outcome: "ended", media: "video", caller_id: alice.id },
    });
    const page = await server.request("GET", `/api/messages/group/${groupId}`, { token: bob.token });
    expect(page.body.messages.filter((message: { notice: { type?: string } | null }) => message.notice?.type === "call")).toHaveLength(1);
    expect(outsiderHears).toEqual([[], []]);
  });
});
