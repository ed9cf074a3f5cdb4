import { collect, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const { server } = useTestServer([], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const send = (from: TestUser, body: Record<string, unknown>) => server.request("POST", "/api/messages/send", { token: from.token, body });
const tombstone = (user: TestUser) => ({
  id: user.id,
  username: `deleted-${user.id}`,
  display_name: "Deleted account",
  avatar_url: null,
  status_text: null,
  deleted: true,
});

describe("a deletion seen live", () => {
  it("reaches a conversation partner and a group co-member as user:updated with the tombstone, never a stranger", async () => {
    const [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((name) => server.register(name)));
    expect((await send(alice!, { receiver_id: bob!.id, message_content: "hi bob" })).status).toBe(201);
    expect((await server.request("POST", "/api/groups", { token: carol!.token, body: { name: "with alice", member_ids: [alice!.id] } })).status).toBe(
      201,
    );
    const [partner, member, stranger] = await Promise.all([bob, carol, dave].map((user) => server.connect(user!.token)));
    const strangerGot = collect(stranger!, "user:updated");
    const heard = [nextEvent(partner!, "user:updated"), nextEvent(member!, "user:updated")];

    const done = await server.request("DELETE", "/api/me", { token: alice!.token, body: { password: alice!.password } });
    expect(done.status).toBe(204);
    expect(await Promise.all(heard)).toEqual([tombstone(alice!), tombstone(alice!)]);
    // The stranger's socket is flushed by a round trip of its own before it is checked.
    const flushed = nextEvent(stranger!, "message:new");
    await send(bob!, { receiver_id: dave!.id, message_content: "ping" });
    await flushed;
    expect(strangerGot).toEqual([]);
    for (const socket of [partner, member, stranger]) socket!.disconnect();
  });

  it("does not reach someone the person had blocked", async () => {
    const [erin, frank, gina] = await Promise.all(["erin", "frank", "gina"].map((name) => server.register(name)));
    await send(erin!, { receiver_id: frank!.id, message_content: "hi frank" });
    await send(erin!, { receiver_id: gina!.id, message_content: "hi gina" });
    expect((await server.request("PUT", `/api/blocks/${frank!.id}`, { token: erin!.token })).status).toBe(204);
    const [blocked, other] = await Promise.all([frank, gina].map((user) => server.connect(user!.token)));
    const blockedGot = collect(blocked!, "user:updated");
    const heard = nextEvent(other!, "user:updated");

    expect((await server.request("DELETE", "/api/me", { token: erin!.token, body: { password: erin!.password } })).status).toBe(204);
    expect(await heard).toEqual(tombstone(erin!));
    const flushed = nextEvent(blocked!, "message:new");
    await send(gina!, { receiver_id: frank!.id, message_content: "ping" });
    await flushed;
    expect(blockedGot).toEqual([]);
    blocked!.disconnect();
    other!.disconnect();
  });
});
