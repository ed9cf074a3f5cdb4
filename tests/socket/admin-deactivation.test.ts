import { randomBytes } from "node:crypto";
import { nextEvent, type TestServer, type TestUser } from "../helpers/test-server";
import { startTwoProcesses } from "../helpers/two-processes";
/** The sessions contract: a revoked session's sockets are gone within a second. */
const REVOCATION_DEADLINE_MS = 1000;
const ADMIN = `boss_${randomBytes(3).toString("hex")}`;

/** Two server processes' worth of servers on one database and one Redis. */
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  [first, second] = await startTwoProcesses({ ADMIN_USERNAMES: ADMIN });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});
afterEach(() => expect([...first.serverErrors, ...second.serverErrors]).toEqual([]));

async function registerAs(username: string): Promise<TestUser> {
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const response = await first.request("POST", "/api/register", { body: { username, email: `${username}@example.test`, password } });
  expect(response.status).toBe(201);
  return { id: response.body.user.id, username, email: `${username}@example.test`, password, token: response.body.token };
}

describe("deactivation across processes", () => {
  it("disconnects the person's sockets on the other process within a second, and refuses a new handshake; others stay", async () => {
    const admin = await registerAs(ADMIN);
    const alice = await first.register("alice");
    const bob = await first.register("bob");
    const [aliceHere, aliceThere, bobThere] = await Promise.all([first.connect(alice.token), second.connect(alice.token), second.connect(bob.token)]);
    const gone = [aliceHere, aliceThere].map((socket) => nextEvent<string>(socket, "disconnect", REVOCATION_DEADLINE_MS));
    const strays: string[] = [];
    bobThere.on("disconnect", (reason) => strays.push(reason));

    const done = await first.request("POST", `/api/admin/users/${alice.id}/deactivate`, { token: admin.token });
    expect(done.status).toBe(204);
    await Promise.all(gone);
    expect([aliceHere.connected, aliceThere.connected, bobThere.connected, strays]).toEqual([false, false, true, []]);
    await expect(second.connect(alice.token)).rejects.toThrow("Invalid or expired token");
    // Both processes let go of alice's sockets (their presence work is done) before the servers close.
    while ((await first.server.io.fetchSockets()).length > 1) await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
