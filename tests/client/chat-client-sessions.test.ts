/**
 * The app's client and a session signed out elsewhere, against a real server: ChatApi's session and
 * password calls, and a ChatClient whose session is revoked (one by one, all others, or by a
 * password change) says "unauthorized" — the app's cue to go back to log-in — once the server
 * disconnects it, and its token then gets 401 on REST.
 */
import { ApiError, ChatApi, type ChatClient } from "@chat-app/client";
import { type TestUser, useTestServer } from "../helpers/test-server";
import { connected, TestClients, until } from "./test-clients";

const {
  server,
  users: { alice },
} = useTestServer(["alice"]);
const testClients = new TestClients(() => server);
afterAll(() => testClients.closeAll());

async function logIn(user: TestUser): Promise<string> {
  const response = await server.request("POST", "/api/login", { body: { username: user.username, password: user.password } });
  expect(response.status).toBe(200);
  return response.body.token as string;
}

/** A second device of alice's: its token, its REST API and its connected client, and whether it was told it is signed out. */
async function otherDevice() {
  const token = await logIn(alice);
  const client: ChatClient = testClients.connect({ ...alice, token });
  const told = { unauthorized: false };
  client.on("unauthorized", () => (told.unauthorized = true));
  client.connect();
  await connected(client);
  return { token, api: new ChatApi(server.url, token), client, told };
}

const statusOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? error.status : -1),
  );

describe("sessions through the client", () => {
  it("lists this session as current and another device's as not; signing that one out tells its client", async () => {
    const mine = new ChatApi(server.url, alice.token);
    const phone = await otherDevice();
    const { sessions } = await mine.listSessions();
    const current = sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    const theirs = (await phone.api.listSessions()).sessions.find((s) => s.current)!;
    expect(theirs.id).not.toBe(current[0]!.id);
    expect(sessions.map((s) => s.id)).toContain(theirs.id);

    await mine.revokeSession(theirs.id);
    await until("the revoked client is told it is unauthorized", () => phone.told.unauthorized);
    expect(phone.client.connection).toBe("offline");
    expect(await statusOf(phone.api.listSessions())).toBe(401);
    expect(await statusOf(mine.revokeSession(theirs.id))).toBe(404);
  });

  it("signs out every other session at once", async () => {
    const mine = new ChatApi(server.url, alice.token);
    const [a, b] = [await otherDevice(), await otherDevice()];
    expect((await mine.revokeOtherSessions()).revoked).toBeGreaterThanOrEqual(2);
    await until("both other clients are told", () => a.told.unauthorized && b.told.unauthorized);
    expect((await mine.listSessions()).sessions).toEqual([expect.objectContaining({ current: true })]);
  });

  it("changes the password: 403 for a wrong current one, 400 with a reason for a weak one, then the other sessions are signed out", async () => {
    const mine = new ChatApi(server.url, alice.token);
    const phone = await otherDevice();
    const strong = "velvet quarry lantern obliquely";
    const wrong = await mine.changePassword("not my password", strong).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ status: 403 });
    const weak = await mine.changePassword(alice.password, "password1").catch((e: unknown) => e);
    expect(weak).toBeInstanceOf(ApiError);
    expect(weak).toMatchObject({ status: 400, message: expect.stringMatching(/too easy to guess/) });
    expect(phone.told.unauthorized).toBe(false);

    await mine.changePassword(alice.password, strong);
    await until("the other device is told", () => phone.told.unauthorized);
    expect(await statusOf(mine.listSessions())).toBe(200);
    alice.password = strong;
    await logIn(alice);
  });

  it("logs out: ChatApi.logOut ends this device's session on the server (its socket is told), and never throws", async () => {
    const phone = await otherDevice();
    await phone.api.logOut();
    await until("the logged-out device is told", () => phone.told.unauthorized);
    expect(await statusOf(phone.api.listSessions())).toBe(401);
    expect(await statusOf(new ChatApi(server.url, alice.token).listSessions())).toBe(200);
    // Again, with the token already dead, or with the server unreachable: still resolves.
    await expect(phone.api.logOut()).resolves.toBeUndefined();
    await expect(new ChatApi("http://127.0.0.1:1", phone.token).logOut()).resolves.toBeUndefined();
  });
});
