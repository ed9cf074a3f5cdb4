import { type TestUser, useTestServer } from "../helpers/test-server";

const { server } = useTestServer([], { REQUESTS_PER_USER_PER_SECOND: "1000", LOGIN_FREE_FAILURES: "3" });

const STRONG = "plum lantern orbit cactus";

const change = (token: string | undefined, body: unknown) => server.request("POST", "/api/me/password", { token, body });

async function logIn(username: string, password: string) {
  return server.request("POST", "/api/login", { body: { username, password } });
}

async function secondSession(user: TestUser): Promise<string> {
  const response = await logIn(user.username, user.password);
  expect(response.status).toBe(200);
  return response.body.token as string;
}

describe("POST /api/me/password", () => {
  it("sets the new password, keeps the caller's session and signs out every other one", async () => {
    const user = await server.register("pw");
    const other = await secondSession(user);
    const response = await change(user.token, { current_password: user.password, new_password: STRONG });
    expect([response.status, response.body]).toEqual([204, ""]);
    expect((await server.request("GET", "/api/me", { token: user.token })).status).toBe(200);
    expect((await server.request("GET", "/api/me", { token: other })).status).toBe(401);
    expect((await logIn(user.username, user.password)).status).toBe(401);
    expect((await logIn(user.username, STRONG)).status).toBe(200);
  });

  it("refuses a wrong current password with 403 and changes nothing", async () => {
    const user = await server.register("pw");
    const other = await secondSession(user);
    const response = await change(user.token, { current_password: "not my password", new_password: STRONG });
    expect([response.status, response.body]).toEqual([403, { error: "current_password is wrong" }]);
    expect((await logIn(user.username, user.password)).status).toBe(200);
    expect((await server.request("GET", "/api/me", { token: other })).status).toBe(200);
  });

  it("throttles guesses of the current password like log-in, in the same per-account budget", async () => {
    const user = await server.register("pw");
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await change(user.token, { current_password: `guess ${i}`, new_password: STRONG })).status);
    expect(statuses).toEqual([403, 403, 403]);
    // The fourth failure starts the wait; then even the right password waits, here and at log-in.
    expect((await change(user.token, { current_password: "guess 3", new_password: STRONG })).status).toBe(403);
    const throttled = await change(user.token, { current_password: user.password, new_password: STRONG });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await logIn(user.username, user.password)).status).toBe(429);
  });

  it.each([
    ["a common password", "password123", /too easy to guess: .*commonly used|most used/],
    ["a keyboard row", "qwertyuiop", /too easy to guess/],
    ["a repeat", "aaaaaaaaaaaa", /too easy to guess: repeated/],
    ["the username itself", "USERNAME", /too easy to guess: it contains your username or email/],
  ])("refuses %s as the new password with 400 saying why", async (_name, password, message) => {
    const user = await server.register("pw");
    const weak = password === "USERNAME" ? `${user.username}1` : password;
    const response = await change(user.token, { current_password: user.password, new_password: weak });
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(message) }]);
    expect(response.body.error).toMatch(/^new_password is too easy to guess: .*; use three or four uncommon words together/);
    expect((await logIn(user.username, user.password)).status).toBe(200);
  });

  it("refuses the current password as the new one", async () => {
    const user = await server.register("pw");
    const strongUser = await change(user.token, { current_password: user.password, new_password: STRONG });
    expect(strongUser.status).toBe(204);
    const same = await change(user.token, { current_password: STRONG, new_password: STRONG });
    expect([same.status, same.body]).toEqual([400, { error: "new_password must differ from the current password" }]);
  });

  it.each([
    [{ new_password: STRONG }, /current_password is required/],
    [{ current_password: "x" }, /new_password is required/],
    [{ current_password: "x", new_password: "short" }, /new_password must be at least 8/],
    [{ current_password: "x", new_password: "é".repeat(37) }, /new_password must be at most 72 bytes/],
    [{ current_password: 5, new_password: STRONG }, /current_password must be a string/],
    [{ current_password: "x", new_password: "nul\u0000 in it!" }, /new_password must not contain control characters/],
  ])("refuses %j with 400 naming the field", async (body, message) => {
    const user = await server.register("pw");
    const response = await change(user.token, body);
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(message) }]);
  });

  it("needs a live session", async () => {
    expect((await change(undefined, { current_password: "x", new_password: STRONG })).status).toBe(401);
  });
});
