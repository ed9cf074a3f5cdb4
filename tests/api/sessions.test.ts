import jwt from "jsonwebtoken";
import { type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob },
} = useTestServer(["alice", "bob"], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const api = (method: string, path: string, token: string | undefined, options: { headers?: Record<string, string> } = {}) =>
  server.request(method, path, { token, ...options });

/** A second log-in of the user, with its own session. */
async function logIn(user: TestUser, userAgent = "TestBrowser/1.0"): Promise<string> {
  const response = await server.request("POST", "/api/login", {
    body: { username: user.username, password: user.password },
    headers: { "user-agent": userAgent },
  });
  expect(response.status).toBe(200);
  return response.body.token as string;
}

const sidOf = (token: string) => (jwt.decode(token) as { sid: number }).sid;

const row = async (sessionId: number) =>
  (await server.server.dataSource.query(`SELECT last_used_at, revoked_at FROM sessions WHERE id = ${sessionId}`))[0] as {
    last_used_at: number | string;
    revoked_at: number | string | null;
  };

describe("sessions", () => {
  it("start at registration and at each log-in; the list says which one is asking", async () => {
    const phone = await logIn(alice, `Phone ${"x".repeat(600)}`);
    const list = await api("GET", "/api/sessions", phone);
    expect(list.status).toBe(200);
    const byId = new Map(list.body.sessions.map((session: { id: number }) => [session.id, session]));
    expect(byId.get(sidOf(phone))).toEqual({
      id: sidOf(phone),
      user_agent: `Phone ${"x".repeat(506)}`,
      created_at: expect.any(String),
      last_used_at: expect.any(String),
      current: true,
    });
    expect(byId.get(sidOf(alice.token))).toMatchObject({ current: false });
    expect(list.body.sessions.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    // Nobody else's sessions are in the list.
    expect(byId.has(sidOf(bob.token))).toBe(false);
    expect((await api("GET", "/api/sessions", undefined)).status).toBe(401);
  });

  it("signs out one session: its token is refused at once, the others still work", async () => {
    const laptop = await logIn(alice);
    const tablet = await logIn(alice);
    const revoked = await api("DELETE", `/api/sessions/${sidOf(tablet)}`, laptop);
    expect([revoked.status, revoked.body]).toEqual([204, ""]);
    const refused = await api("GET", "/api/me", tablet);
    expect([refused.status, refused.body]).toEqual([401, { error: expect.any(String) }]);
    expect((await api("GET", "/api/me", laptop)).status).toBe(200);
    expect((await api("GET", "/api/sessions", laptop)).body.sessions.map((s: { id: number }) => s.id)).not.toContain(sidOf(tablet));
    // Already signed out: nothing to sign out.
    expect((await api("DELETE", `/api/sessions/${sidOf(tablet)}`, laptop)).status).toBe(404);
    // A session may sign itself out.
    expect((await api("DELETE", `/api/sessions/${sidOf(laptop)}`, laptop)).status).toBe(204);
    expect((await api("GET", "/api/me", laptop)).status).toBe(401);
  });

  it("logs out the session asking with DELETE /api/sessions/current, and only that one", async () => {
    const phone = await logIn(alice);
    const laptop = await logIn(alice);
    const out = await api("DELETE", "/api/sessions/current", phone);
    expect([out.status, out.body]).toEqual([204, ""]);
    expect((await api("GET", "/api/me", phone)).status).toBe(401);
    expect((await api("DELETE", "/api/sessions/current", phone)).status).toBe(401);
    expect((await api("GET", "/api/me", laptop)).status).toBe(200);
    expect((await row(sidOf(phone))).revoked_at).not.toBeNull();
  });

  it("answers 404 for someone else's session and leaves it alone", async () => {
    const bobs = await logIn(bob);
    const response = await api("DELETE", `/api/sessions/${sidOf(bobs)}`, alice.token);
    expect([response.status, response.body]).toEqual([404, { error: expect.any(String) }]);
    expect((await api("GET", "/api/me", bobs)).status).toBe(200);
    expect((await row(sidOf(bobs))).revoked_at).toBeNull();
    expect((await api("DELETE", "/api/sessions/987654", alice.token)).status).toBe(404);
  });

  it.each(["abc", "0", "-1", "1.5", "1e3", "99999999999", "%20"])("refuses the id %s with 400", async (id) => {
    const response = await api("DELETE", `/api/sessions/${id}`, alice.token);
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(/id/) }]);
  });

  it("signs out every other session and counts them", async () => {
    const carol = await server.register("carol");
    const others = [carol.token, await logIn(carol), await logIn(carol)];
    const keep = await logIn(carol);
    const response = await api("POST", "/api/sessions/revoke-others", keep);
    expect([response.status, response.body]).toEqual([200, { revoked: 3 }]);
    for (const token of others) expect((await api("GET", "/api/me", token)).status).toBe(401);
    expect((await api("GET", "/api/me", keep)).status).toBe(200);
    expect((await api("GET", "/api/sessions", keep)).body.sessions).toEqual([expect.objectContaining({ id: sidOf(keep), current: true })]);
    expect((await api("POST", "/api/sessions/revoke-others", keep)).body).toEqual({ revoked: 0 });
    // Nobody else was signed out.
    expect((await api("GET", "/api/me", alice.token)).status).toBe(200);
  });

  it("refuses tokens without a session (issued before sessions existed) or naming another person's", async () => {
    const claims = { subject: String(alice.id), issuer: "chat-app", expiresIn: 600, algorithm: "HS256" } as const;
    const legacy = jwt.sign({}, server.jwtSecret, claims);
    expect((await api("GET", "/api/me", legacy)).status).toBe(401);
    const borrowed = jwt.sign({ sid: sidOf(bob.token) }, server.jwtSecret, claims);
    expect((await api("GET", "/api/me", borrowed)).status).toBe(401);
    for (const sid of ["1", -1, 0, 1.5, null]) {
      expect((await api("GET", "/api/me", jwt.sign({ sid }, server.jwtSecret, claims))).status).toBe(401);
    }
    const unknown = jwt.sign({ sid: 987654 }, server.jwtSecret, claims);
    expect((await api("GET", "/api/me", unknown)).status).toBe(401);
    // The same claims with alice's own session work: the session is what was missing.
    expect((await api("GET", "/api/me", jwt.sign({ sid: sidOf(alice.token) }, server.jwtSecret, claims))).status).toBe(200);
  });

  it("records use at most once a minute, not at every request", async () => {
    const token = await logIn(alice);
    const id = sidOf(token);
    const before = Number((await row(id)).last_used_at);
    for (let i = 0; i < 5; i += 1) expect((await api("GET", "/api/me", token)).status).toBe(200);
    expect(Number((await row(id)).last_used_at)).toBe(before);
    const longAgo = before - 61_000;
    await server.server.dataSource.query(`UPDATE sessions SET last_used_at = ${longAgo} WHERE id = ${id}`);
    expect((await api("GET", "/api/me", token)).status).toBe(200);
    const touched = Number((await row(id)).last_used_at);
    expect(touched).toBeGreaterThanOrEqual(before);
    expect((await api("GET", "/api/me", token)).status).toBe(200);
    expect(Number((await row(id)).last_used_at)).toBe(touched);
  });

  it("drops sessions past their expiry from the list and refuses them", async () => {
    const token = await logIn(alice);
    await server.server.dataSource.query(`UPDATE sessions SET expires_at = ${Date.now() - 1000} WHERE id = ${sidOf(token)}`);
    expect((await api("GET", "/api/me", token)).status).toBe(401);
    const ids = (await api("GET", "/api/sessions", alice.token)).body.sessions.map((s: { id: number }) => s.id);
    expect(ids).not.toContain(sidOf(token));
  });

  it("are forgotten a day after they ended (expired or signed out), not before", async () => {
    const [fresh, old, oldExpired, live] = [await logIn(alice), await logIn(alice), await logIn(alice), await logIn(alice)];
    const dayAndABit = Date.now() - 25 * 3600 * 1000;
    await api("DELETE", `/api/sessions/${sidOf(fresh)}`, alice.token);
    await api("DELETE", `/api/sessions/${sidOf(old)}`, alice.token);
    await server.server.dataSource.query(`UPDATE sessions SET revoked_at = ${dayAndABit} WHERE id = ${sidOf(old)}`);
    await server.server.dataSource.query(`UPDATE sessions SET expires_at = ${dayAndABit} WHERE id = ${sidOf(oldExpired)}`);
    await server.server.sessions.sweep();
    const kept = (await server.server.dataSource.query(`SELECT id FROM sessions WHERE user_id = ${alice.id}`)).map((r: { id: number }) =>
      Number(r.id),
    );
    expect(kept).toEqual(expect.arrayContaining([sidOf(fresh), sidOf(live)]));
    expect(kept).not.toContain(sidOf(old));
    expect(kept).not.toContain(sidOf(oldExpired));
    expect((await api("GET", "/api/me", live)).status).toBe(200);
  });

  it("go with the account", async () => {
    const dave = await server.register("dave");
    await server.server.dataSource.query(`DELETE FROM users WHERE id = ${dave.id}`);
    expect(await server.server.dataSource.query(`SELECT id FROM sessions WHERE user_id = ${dave.id}`)).toEqual([]);
  });
});
