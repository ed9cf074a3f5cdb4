import jwt from "jsonwebtoken";
import { TestServer } from "../helpers/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());
afterEach(() => expect(server.serverErrors).toEqual([]));

describe("POST /api/register", () => {
  it("creates the user and returns it with a working token", async () => {
    const response = await server.request("POST", "/api/register", {
      body: { username: "Alice", email: "Alice@Example.test", password: "correct horse" },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      user: {
        id: expect.any(Number),
        username: "Alice",
        email: "alice@example.test",
        created_at: expect.any(String),
        display_name: null,
        avatar_url: null,
        status_text: null,
        email_verified: false,
      },
      token: expect.any(String),
    });
    expect(response.body.user).not.toHaveProperty("password_hash");
    const me = await server.request("GET", "/api/me", { token: response.body.token });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("Alice");
  });

  it("refuses a taken username, whatever its case, and a taken email with 409", async () => {
    const user = await server.register("dup");
    const sameName = await server.request("POST", "/api/register", {
      body: { username: user.username.toUpperCase(), email: "other@example.test", password: "long enough" },
    });
    expect(sameName.status).toBe(409);
    expect(sameName.body.error).toMatch(/username/);
    const sameEmail = await server.request("POST", "/api/register", {
      body: { username: "someone_else", email: user.email.toUpperCase(), password: "long enough" },
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error).toMatch(/email/);
  });

  it("keeps exactly one account when the same registration races itself", async () => {
    const body = { username: "racer", email: "racer@example.test", password: "long enough" };
    const results = await Promise.all([1, 2, 3, 4].map(() => server.request("POST", "/api/register", { body })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
  });

  it.each([
    [{ email: "a@example.test", password: "long enough" }, /username is required/],
    [{ username: "ab", email: "a@example.test", password: "long enough" }, /username must be 3-32/],
    [{ username: "has space", email: "a@example.test", password: "long enough" }, /username/],
    [{ username: 42, email: "a@example.test", password: "long enough" }, /username must be a string/],
    [{ username: "valid_name", email: "not-an-email", password: "long enough" }, /email must be a valid email/],
    [{ username: "valid_name", password: "long enough" }, /email is required/],
    [{ username: "valid_name", email: "a@example.test", password: "short" }, /password must be at least 8/],
    [{ username: "valid_name", email: "a@example.test", password: "é".repeat(37) }, /password must be at most 72 bytes/],
    [{ username: "valid_name", email: "a@example.test", password: null }, /password must be a string/],
  ])("rejects %j with 400 naming the field", async (body, message) => {
    const response = await server.request("POST", "/api/register", { body });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(message);
  });

  it("rejects a body that is not a JSON object", async () => {
    const array = await server.request("POST", "/api/register", { body: ["alice"] });
    expect(array.status).toBe(400);
    const broken = await server.request("POST", "/api/register", { rawBody: "{not json", headers: { "content-type": "application/json" } });
    expect(broken).toMatchObject({ status: 400, body: { error: "Request body is not valid JSON" } });
    const form = await server.request("POST", "/api/register", {
      rawBody: "username=a",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(400);
    expect(form.body.error).toEqual(expect.any(String));
  });

  it("answers 413 to an oversized body", async () => {
    const response = await server.request("POST", "/api/register", {
      body: { username: "big", email: "big@example.test", password: "x".repeat(200_000) },
    });
    expect(response).toMatchObject({ status: 413, body: { error: "Request body is too large" } });
  });
});

describe("POST /api/login", () => {
  it("logs in with the username or the email, in any case", async () => {
    const user = await server.register("login");
    for (const identifier of [user.username, user.email, user.username.toUpperCase()]) {
      const response = await server.request("POST", "/api/login", { body: { username: identifier, password: user.password } });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: user.id, username: user.username }) });
    }
  });

  it("gives the same 401 for a wrong password and for a user that does not exist", async () => {
    const user = await server.register("login");
    const wrongPassword = await server.request("POST", "/api/login", { body: { username: user.username, password: "wrong password" } });
    const noSuchUser = await server.request("POST", "/api/login", { body: { username: "nobody_here", password: "wrong password" } });
    expect(wrongPassword.status).toBe(401);
    expect(noSuchUser.status).toBe(401);
    expect(wrongPassword.body).toEqual(noSuchUser.body);
    expect(wrongPassword.body).toEqual({ error: "Invalid username or password" });
  });

  it("rejects missing fields with 400", async () => {
    const response = await server.request("POST", "/api/login", { body: { username: "someone" } });
    expect(response).toMatchObject({ status: 400, body: { error: "password is required" } });
  });
});

describe("tokens", () => {
  let user: Awaited<ReturnType<TestServer["register"]>>;
  beforeAll(async () => {
    user = await server.register("tok");
  });

  // With the user's own live session, so each token is refused for its own flaw, not for lacking one.
  const sign = (payload: object, secret: string, options: jwt.SignOptions) =>
    jwt.sign({ sid: (jwt.decode(user.token) as { sid: number }).sid, ...payload }, secret, options);

  it.each([
    ["no token", () => undefined],
    ["garbage", () => "not.a.token"],
    [
      "expired",
      () => sign({ exp: Math.floor(Date.now() / 1000) - 60 }, server.jwtSecret, { subject: String(user.id), issuer: "chat-app", algorithm: "HS256" }),
    ],
    ["another key", () => sign({}, "another secret that is long enough!!", { subject: String(user.id), issuer: "chat-app", expiresIn: 600 })],
    [
      "another algorithm (HS512)",
      () => sign({}, server.jwtSecret, { subject: String(user.id), issuer: "chat-app", expiresIn: 600, algorithm: "HS512" }),
    ],
    [
      "alg none",
      () => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
        return `${encode({ alg: "none", typ: "JWT" })}.${encode({ sid: (jwt.decode(user.token) as { sid: number }).sid, sub: String(user.id), iss: "chat-app", exp: Math.floor(Date.now() / 1000) + 600 })}.`;
      },
    ],
    [
      "tampered payload",
      () => {
        const [header, , signature] = user.token.split(".");
        const payload = Buffer.from(JSON.stringify({ sub: "1", iss: "chat-app", exp: Math.floor(Date.now() / 1000) + 600 })).toString("base64url");
        return `${header}.${payload}.${signature}`;
      },
    ],
    ["another issuer", () => sign({}, server.jwtSecret, { subject: String(user.id), issuer: "someone-else", expiresIn: 600 })],
  ])("refuses %s with 401", async (_name, makeToken) => {
    const response = await server.request("GET", "/api/me", { token: makeToken() });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: expect.any(String) });
  });

  it("refuses the token of a user who no longer exists", async () => {
    const gone = await server.register("gone");
    await server.server.dataSource.query(`DELETE FROM users WHERE id = ${gone.id}`);
    const response = await server.request("GET", "/api/me", { token: gone.token });
    expect(response.status).toBe(401);
  });

  it("issues tokens that expire, signed with HS256", () => {
    const decoded = jwt.decode(user.token, { complete: true });
    expect(decoded?.header.alg).toBe("HS256");
    const payload = decoded?.payload as jwt.JwtPayload;
    expect(payload.exp! - payload.iat!).toBe(12 * 3600);
  });
});
