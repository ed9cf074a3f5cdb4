import { collect, nextEvent, type TestServer, type TestUser } from "../helpers/test-server";
import { startTwoProcesses } from "../helpers/two-processes";

/**
 * Two server processes' worth of servers (each its own Socket.IO server, HTTP port and event sinks)
 * on one database and one Redis: what a profile change on one announces must reach sockets held by
 * the other, through the adapter.
 */
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  [first, second] = await startTwoProcesses();
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});
afterEach(() => expect([...first.serverErrors, ...second.serverErrors]).toEqual([]));

async function send(from: TestUser, body: Record<string, unknown>): Promise<void> {
  const response = await first.request("POST", "/api/messages/send", { token: from.token, body: { message_content: "hi", ...body } });
  expect(response.status).toBe(201);
}

describe("user:updated across processes", () => {
  it("a change made through one process reaches the person's tabs, partner and co-member connected to the other, not a stranger", async () => {
    const alice = await first.register("alice");
    const bob = await first.register("bob");
    const carol = await first.register("carol");
    const stranger = await first.register("stranger");
    await send(alice, { receiver_id: bob.id });
    const group = await first.request("POST", "/api/groups", { token: carol.token, body: { name: "pals", member_ids: [alice.id] } });
    expect(group.status).toBe(201);

    const [aliceElsewhere, bobSocket, carolSocket, strangerSocket] = await Promise.all([
      second.connect(alice.token),
      second.connect(bob.token),
      second.connect(carol.token),
      second.connect(stranger.token),
    ]);
    const strangerGot = collect(strangerSocket, "user:updated");
    const heard = [aliceElsewhere, bobSocket, carolSocket].map((socket) => nextEvent(socket, "user:updated"));

    const response = await first.request("PATCH", "/api/me", { token: alice.token, body: { display_name: "Alice A", status_text: "hello" } });
    expect(response.status).toBe(200);
    const expected = { id: alice.id, username: alice.username, display_name: "Alice A", avatar_url: null, status_text: "hello" };
    expect(await Promise.all(heard)).toEqual([expected, expected, expected]);

    // A later event to the stranger through the same path has overtaken nothing: none came before it.
    const flushed = nextEvent(strangerSocket, "message:new");
    await send(bob, { receiver_id: stranger.id });
    await flushed;
    expect(strangerGot).toEqual([]);
  });
});
