import type { Socket } from "socket.io-client";
import { roomToken } from "../../server/src/calls/janus/room-secrets";
import { Janus, janusAvailability } from "../helpers/janus";
import { JanusApi, JanusRefused, type VideoRoomHandle } from "../helpers/janus-api";
import { freePort } from "../helpers/server-process";
import { collect, emitWithAck, nextEvent, TestServer, type TestUser, useTestServer } from "../helpers/test-server";

const availability = janusAvailability();
const describeJanus = availability.run ? describe : describe.skip;

/** More than the mesh limit (4), so the SFU's own limit is the one seen. */
const PUBLISHERS = 5;
const byNumber = (a: number, b: number) => a - b;
const UNAVAILABLE = { error: "Group calls are unavailable right now", status: 503 };

interface SfuAccess {
  url: string;
  room: number;
  token: string;
  room_token: string;
  feed_id: number;
  expires_at: string;
}

async function groupOf(server: TestServer, owner: TestUser, members: TestUser[]): Promise<number> {
  const response = await server.request("POST", "/api/groups", {
    token: owner.token,
    body: { name: "SFU crew", member_ids: members.map((m) => m.id) },
  });
  expect(response.status).toBe(201);
  return response.body.group.id as number;
}

/** A Janus session on the videoroom with the Janus token of a call's access. */
const roomSession = (sfu: SfuAccess): Promise<VideoRoomHandle> => new JanusApi(sfu.url, sfu.token).videoroom();

describeJanus("group calls through Janus (SFU)", () => {
  let janus: Janus;
  beforeAll(async () => {
    janus = await Janus.start();
  });
  afterAll(() => janus?.stop());
  const { server } = useTestServer([], () => janus.serverEnv({ JANUS_ROOM_PUBLISHERS: String(PUBLISHERS), CALL_RING_TIMEOUT_MS: "20000" }));

  const people = (count: number) => Promise.all(Array.from({ length: count }, (_, i) => server.register(`sfu${i}`)));
  const tabsOf = (users: TestUser[]) => Promise.all(users.map((user) => server.connect(user.token)));
  /** Janus's own view of the room, through a session of one participant. */
  const participantsIn = async (handle: VideoRoomHandle, room: number) =>
    ((await handle.request({ request: "listparticipants", room })).participants ?? []).map((p) => p.id).sort(byNumber);

  it("start as sfu with this connection's access in the ack alone; members join Janus with it, each with their own", async () => {
    const [alice, bob, carol] = await people(3);
    const groupId = await groupOf(server, alice!, [bob!, carol!]);
    const [aliceTab, bobTab, carolTab] = await tabsOf([alice!, bob!, carol!]);
    const ringing = nextEvent(bobTab!, "call:ringing");
    const aliceUpdates = collect(aliceTab!, "call:updated");

    const started = await emitWithAck(aliceTab!, "call:start", { group_id: groupId, media: "video" });
    expect(started.call).toMatchObject({ topology: "sfu", state: "ringing", participants: [alice!.id] });
    const callId = started.call.id as number;
    const access = started.sfu as SfuAccess;
    expect(access).toEqual({
      url: janus.url,
      room: callId,
      token: expect.stringMatching(/^\d+,janus,janus\.plugin\.videoroom:[A-Za-z0-9+/]+=*$/),
      room_token: expect.any(String),
      feed_id: alice!.id,
      expires_at: expect.any(String),
    });
    expect(Date.parse(access.expires_at)).toBeGreaterThan(Date.now() + 3600_000);
    const rung = await ringing;
    expect(rung).toEqual({ call: expect.objectContaining({ id: callId, topology: "sfu" }) });

    const aliceInJanus = await roomSession(access);
    expect(await aliceInJanus.joinAsPublisher(callId, alice!.id, access.room_token)).toMatchObject({
      videoroom: "joined",
      room: callId,
      id: alice!.id,
    });

    const carolHears = nextEvent(carolTab!, "call:updated");
    const joined = await emitWithAck(bobTab!, "call:join", { call_id: callId });
    expect(joined.call).toMatchObject({ topology: "sfu", state: "active", participants: [alice!.id, bob!.id] });
    const bobAccess = joined.sfu as SfuAccess;
    expect(bobAccess).toMatchObject({ url: janus.url, room: callId, feed_id: bob!.id });
    expect(bobAccess.room_token).not.toBe(access.room_token);
    // Nobody else hears anyone's access.
    expect(await carolHears).toEqual({ call: expect.objectContaining({ id: callId, participants: [alice!.id, bob!.id] }) });
    expect(aliceUpdates.every((event) => !("sfu" in event))).toBe(true);

    const bobInJanus = await roomSession(bobAccess);
    expect(await bobInJanus.joinAsPublisher(callId, bob!.id, bobAccess.room_token)).toMatchObject({ videoroom: "joined", id: bob!.id });
    expect(await participantsIn(bobInJanus, callId)).toEqual([alice!.id, bob!.id].sort(byNumber));

    for (const tab of [aliceTab!, bobTab!]) await emitWithAck(tab, "call:leave", { call_id: callId });
    await Promise.all([aliceInJanus.close(), bobInJanus.close()]);
  });

  it("are refused by Janus with a forged Janus token, or with a room token the server gave no connection in the call", async () => {
    const [alice, bob] = await people(2);
    const groupId = await groupOf(server, alice!, [bob!]);
    const [aliceTab, bobTab, bobOtherTab] = await tabsOf([alice!, bob!, bob!]);
    const started = await emitWithAck(aliceTab!, "call:start", { group_id: groupId, media: "audio" });
    const access = started.sfu as SfuAccess;
    const callId = access.room;

    const [signed, signature] = access.token.split(":") as [string, string];
    const forgeries = [
      `${signed}:${signature.slice(0, -2)}AA`,
      // A longer life than the server granted.
      `${Number(signed.split(",")[0]) + 86400}${signed.slice(signed.indexOf(","))}:${signature}`,
      "not-a-token",
    ];
    for (const token of forgeries) {
      const refused = await new JanusApi(access.url, token).videoroom().catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(JanusRefused);
      expect((refused as JanusRefused).reply.error).toMatchObject({ code: 403 });
    }

    const joined = await emitWithAck(bobTab!, "call:join", { call_id: callId });
    expect(await emitWithAck(bobOtherTab!, "call:join", { call_id: callId })).toEqual({ error: "You are in this call already", status: 409 });
    const bobInJanus = await roomSession(joined.sfu as SfuAccess);
    // What the server would give Bob's other tab, had it let it in: not on the room's list.
    const otherTabs = roomToken(janus.tokenSecret, callId, bob!.id, bobOtherTab!.id!);
    for (const token of [otherTabs, "guessed-room-token", ""]) {
      expect(await bobInJanus.joinAsPublisher(callId, bob!.id, token)).toMatchObject({ error_code: 433 });
    }
    expect(await bobInJanus.joinAsPublisher(callId, bob!.id, (joined.sfu as SfuAccess).room_token)).toMatchObject({ videoroom: "joined" });

    for (const tab of [aliceTab!, bobTab!]) await emitWithAck(tab, "call:leave", { call_id: callId });
    await bobInJanus.close();
  });

  it("take a leaver's room token away and drop their feed, on leave and on a dropped connection; the room goes when the call ends", async () => {
    const [alice, bob, carol] = await people(3);
    const groupId = await groupOf(server, alice!, [bob!, carol!]);
    const [aliceTab, bobTab, carolTab] = await tabsOf([alice!, bob!, carol!]);
    const started = await emitWithAck(aliceTab!, "call:start", { group_id: groupId, media: "video" });
    const callId = started.call.id as number;
    const aliceInJanus = await roomSession(started.sfu);
    await aliceInJanus.joinAsPublisher(callId, alice!.id, started.sfu.room_token);
    const bobAccess = (await emitWithAck(bobTab!, "call:join", { call_id: callId })).sfu as SfuAccess;
    const carolAccess = (await emitWithAck(carolTab!, "call:join", { call_id: callId })).sfu as SfuAccess;
    const bobInJanus = await roomSession(bobAccess);
    const carolInJanus = await roomSession(carolAccess);
    expect(await bobInJanus.joinAsPublisher(callId, bob!.id, bobAccess.room_token)).toMatchObject({ videoroom: "joined" });
    expect(await carolInJanus.joinAsPublisher(callId, carol!.id, carolAccess.room_token)).toMatchObject({ videoroom: "joined" });
    expect(await participantsIn(aliceInJanus, callId)).toEqual([alice!.id, bob!.id, carol!.id].sort(byNumber));

    expect((await emitWithAck(carolTab!, "call:leave", { call_id: callId })).call).toMatchObject({ participants: [alice!.id, bob!.id] });
    expect(await participantsIn(aliceInJanus, callId)).toEqual([alice!.id, bob!.id].sort(byNumber));
    const carolAgain = await roomSession(carolAccess);
    expect(await carolAgain.joinAsPublisher(callId, carol!.id, carolAccess.room_token)).toMatchObject({ error_code: 433 });

    const bobGone = nextEvent(aliceTab!, "call:updated");
    bobTab!.disconnect();
    expect((await bobGone).call).toMatchObject({ participants: [alice!.id] });
    expect(await participantsIn(aliceInJanus, callId)).toEqual([alice!.id]);
    const bobAgain = await roomSession(bobAccess);
    expect(await bobAgain.joinAsPublisher(callId, bob!.id, bobAccess.room_token)).toMatchObject({ error_code: 433 });

    // Carol back, from the same tab: a fresh token that works.
    const carolBack = (await emitWithAck(carolTab!, "call:join", { call_id: callId })).sfu as SfuAccess;
    const carolThird = await roomSession(carolBack);
    expect(await carolThird.joinAsPublisher(callId, carol!.id, carolBack.room_token)).toMatchObject({ videoroom: "joined" });

    await emitWithAck(carolTab!, "call:leave", { call_id: callId });
    expect((await emitWithAck(aliceTab!, "call:leave", { call_id: callId })).call).toMatchObject({ state: "ended" });
    expect(await aliceInJanus.request({ request: "exists", room: callId })).toMatchObject({ exists: false });
    await Promise.all([aliceInJanus, bobInJanus, carolInJanus, carolAgain, bobAgain, carolThird].map((handle) => handle.close()));
  });

  it("hold JANUS_ROOM_PUBLISHERS people, more than a mesh call: the next is refused with 409 and given no access", async () => {
    const users = await people(PUBLISHERS + 1);
    const [owner, ...members] = users;
    const groupId = await groupOf(server, owner!, members);
    const tabs = await tabsOf(users);
    const started = await emitWithAck(tabs[0]!, "call:start", { group_id: groupId, media: "audio" });
    const callId = started.call.id as number;
    for (const tab of tabs.slice(1, PUBLISHERS)) expect((await emitWithAck(tab, "call:join", { call_id: callId })).sfu).toBeDefined();
    expect(await emitWithAck(tabs[PUBLISHERS]!, "call:join", { call_id: callId })).toEqual({
      error: `The call is full (at most ${PUBLISHERS} people)`,
      status: 409,
    });
    const active = await server.request("GET", "/api/calls/active", { token: owner!.token });
    expect(active.body.calls).toEqual([expect.objectContaining({ id: callId, participants: users.slice(0, PUBLISHERS).map((u) => u.id) })]);
    for (const tab of tabs.slice(0, PUBLISHERS)) await emitWithAck(tab, "call:leave", { call_id: callId });
  });

  it("let the browser app reach Janus: its origin is in the page's connect-src, nothing else is", async () => {
    const response = await fetch(`${server.url}/api/health`);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(
      policy
        .split(";")
        .find((directive) => directive.trim().startsWith("connect-src"))
        ?.trim(),
    ).toBe(`connect-src 'self' ${new URL(janus.url).origin}`);
  });

  it("leave direct calls mesh, with no sfu access", async () => {
    const [alice, bob] = await people(2);
    const [aliceTab, bobTab] = await tabsOf([alice!, bob!]);
    const started = await emitWithAck(aliceTab!, "call:start", { user_id: bob!.id, media: "video" });
    expect(started).toEqual({ call: expect.objectContaining({ topology: "mesh", state: "ringing" }) });
    const accepted = await emitWithAck(bobTab!, "call:accept", { call_id: started.call.id });
    expect(accepted).toEqual({ call: expect.objectContaining({ topology: "mesh", state: "active" }) });
    await emitWithAck(aliceTab!, "call:hangup", { call_id: started.call.id });
  });
});

describeJanus("an SFU call nobody joins", () => {
  it("is missed after the ring timeout, and its room goes with it", async () => {
    const janus = await Janus.start();
    const server = await TestServer.start(janus.serverEnv({ CALL_RING_TIMEOUT_MS: "500" }));
    try {
      const [alice, bob] = await Promise.all(["ring", "ring"].map((name) => server.register(name)));
      const groupId = await groupOf(server, alice!, [bob!]);
      const aliceTab = await server.connect(alice!.token);
      const started = await emitWithAck(aliceTab, "call:start", { group_id: groupId, media: "audio" });
      const aliceInJanus = await roomSession(started.sfu as SfuAccess);
      expect(await aliceInJanus.request({ request: "exists", room: started.call.id })).toMatchObject({ exists: true });
      expect((await nextEvent(aliceTab, "call:ended")).call).toMatchObject({ id: started.call.id, end_reason: "missed" });
      expect(await aliceInJanus.request({ request: "exists", room: started.call.id })).toMatchObject({ exists: false });
      await aliceInJanus.close();
      expect(server.serverErrors).toEqual([]);
    } finally {
      await server.close();
      await janus.stop();
    }
  });
});

describeJanus("group calls when Janus is unreachable", () => {
  const activeCalls = async (server: TestServer, user: TestUser) =>
    (await server.request("GET", "/api/calls/active", { token: user.token })).body.calls as Array<{ id: number; participants: number[] }>;

  it("answer a start with 503 and record no call; the caller stays free", async () => {
    const server = await TestServer.start({
      JANUS_URL: `http://127.0.0.1:${await freePort()}/janus`,
      JANUS_TOKEN_SECRET: "a-secret-for-a-dead-janus",
    });
    try {
      const [alice, bob, carol] = await Promise.all(["down", "down", "down"].map((name) => server.register(name)));
      const groupId = await groupOf(server, alice!, [bob!]);
      const [aliceTab, bobTab] = await Promise.all([alice!, bob!].map((user) => server.connect(user.token)));
      const rings = collect(bobTab!, "call:ringing");
      expect(await emitWithAck(aliceTab!, "call:start", { group_id: groupId, media: "video" })).toEqual(UNAVAILABLE);
      expect(await server.server.dataSource.query(`SELECT id FROM calls`)).toEqual([]);
      expect(await server.server.dataSource.query(`SELECT call_id FROM call_participants`)).toEqual([]);
      expect(await activeCalls(server, alice!)).toEqual([]);
      expect(await activeCalls(server, bob!)).toEqual([]);
      const page = await server.request("GET", `/api/messages/group/${groupId}`, { token: bob!.token });
      expect(page.body.messages.filter((message: { notice: { type?: string } | null }) => message.notice?.type === "call")).toEqual([]);
      expect(rings).toEqual([]);
      // Not left busy by the call that never was; direct calls need no Janus.
      const direct = await emitWithAck(aliceTab!, "call:start", { user_id: carol!.id, media: "audio" });
      expect(direct.call).toMatchObject({ topology: "mesh", state: "ringing" });
      await emitWithAck(aliceTab!, "call:hangup", { call_id: direct.call.id });
      expect(server.serverErrors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("answer a join with 503 once Janus has gone, leaving the joiner out of the call", async () => {
    const janus = await Janus.start();
    const server = await TestServer.start(janus.serverEnv());
    try {
      const [alice, bob] = await Promise.all(["gone", "gone"].map((name) => server.register(name)));
      const groupId = await groupOf(server, alice!, [bob!]);
      const [aliceTab, bobTab]: Socket[] = await Promise.all([alice!, bob!].map((user) => server.connect(user.token)));
      const started = await emitWithAck(aliceTab!, "call:start", { group_id: groupId, media: "video" });
      expect(started.sfu).toBeDefined();
      await janus.stop();
      expect(await emitWithAck(bobTab!, "call:join", { call_id: started.call.id })).toEqual(UNAVAILABLE);
      expect(await activeCalls(server, bob!)).toEqual([expect.objectContaining({ id: started.call.id, participants: [alice!.id] })]);
      const rows = await server.server.dataSource.query<Array<{ user_id: number }>>(`SELECT user_id FROM call_participants`);
      expect(rows.map((row) => Number(row.user_id))).toEqual([alice!.id]);
      expect(server.serverErrors).toEqual([]);
      // Cleaning up against a dead Janus is logged, never thrown at the person leaving.
      expect((await emitWithAck(aliceTab!, "call:leave", { call_id: started.call.id })).call).toMatchObject({ state: "ended" });
      expect(server.serverErrors.length).toBeGreaterThan(0);
    } finally {
      await server.close();
      await janus.stop();
    }
  });
});
