import { collect, emitWithAck, nextEvent, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

describe("presence", () => {
  it("is online while any tab is open, offline with a last-seen time when the last one closes", async () => {
    const watcher = await server.connect(alice.token);
    const initial = await emitWithAck(watcher, "presence:subscribe", { user_ids: [bob.id, carol.id] });
    expect(initial.presence).toEqual([
      { user_id: bob.id, online: false, last_seen_at: null },
      { user_id: carol.id, online: false, last_seen_at: null },
    ]);
    const updates = collect(watcher, "presence");

    const online = nextEvent(watcher, "presence");
    const tab1 = await server.connect(bob.token);
    expect(await online).toEqual({ user_id: bob.id, online: true, last_seen_at: null });
    const tab2 = await server.connect(bob.token);
    tab1.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A second tab was still open: no offline announced.
    expect(updates.filter((u) => u.online === false)).toEqual([]);

    const offline = nextEvent(watcher, "presence");
    const before = Date.now();
    tab2.disconnect();
    const gone = await offline;
    expect(gone).toMatchObject({ user_id: bob.id, online: false });
    expect(Date.parse(gone.last_seen_at)).toBeGreaterThanOrEqual(before - 1000);
    const again = await emitWithAck(watcher, "presence:subscribe", { user_ids: [bob.id] });
    expect(again.presence).toEqual([{ user_id: bob.id, online: false, last_seen_at: gone.last_seen_at }]);
    watcher.disconnect();
  });

  it("refuses a bad subscription", async () => {
    const socket = await server.connect(alice.token);
    expect(await emitWithAck(socket, "presence:subscribe", { user_ids: "all" })).toEqual({ error: expect.any(String), status: 400 });
    expect(await emitWithAck(socket, "presence:subscribe", { user_ids: Array.from({ length: 501 }, (_, i) => i + 1) })).toEqual({
      error: "user_ids at most 500 users",
      status: 400,
    });
    socket.disconnect();
  });
});

describe("typing", () => {
  it("relays typing:start and typing:stop to the receiver's tabs only", async () => {
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const carolTab = await server.connect(carol.token);
    const toCarol = collect(carolTab, "typing");
    const toAlice = collect(aliceTab, "typing");

    const started = nextEvent(bobTab, "typing");
    expect(await emitWithAck(aliceTab, "typing:start", { receiver_id: bob.id })).toEqual({ ok: true });
    expect(await started).toEqual({ user_id: alice.id, receiver_id: bob.id, typing: true });
    const stopped = nextEvent(bobTab, "typing");
    await emitWithAck(aliceTab, "typing:stop", { receiver_id: bob.id });
    expect(await stopped).toEqual({ user_id: alice.id, receiver_id: bob.id, typing: false });

    expect(await emitWithAck(aliceTab, "typing:start", { receiver_id: "bob" })).toEqual({ error: expect.any(String), status: 400 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(toCarol).toEqual([]);
    expect(toAlice).toEqual([]);
    [aliceTab, bobTab, carolTab].forEach((socket) => socket.disconnect());
  });
});
