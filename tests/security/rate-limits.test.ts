import { TestServer } from "../helpers/test-server";

afterEach(() => jest.useRealTimers());

describe("log-in and sign-up throttling with the defaults", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.close());

  const login = (username: string, password: string) => server.request("POST", "/api/login", { body: { username, password } });

  it("never throttles a test suite registering dozens of users from one address with the defaults", async () => {
    const results = [];
    for (let i = 0; i < 60; i += 1) results.push((await server.register("many")).id);
    expect(new Set(results).size).toBe(60);
  });

  it("lets a person mistype their password a few times and still log in", async () => {
    const user = await server.register("typo");
    for (let i = 0; i < 4; i += 1) expect((await login(user.username, "wrong password")).status).toBe(401);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it("throttles a brute force from one address (per account, then per address)", async () => {
    const victim = await server.register("victim");
    const statuses: number[] = [];
    for (let i = 0; i < 400; i += 1) statuses.push((await login(victim.username, `guess-${i}`)).status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(390);
    // 300 attempts per 15 minutes per address: now even a fresh account cannot be tried from here.
    expect((await login("someone_else", "whatever")).status).toBe(429);
  });
});

describe("per-account back-off (address cap lifted to isolate it)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ AUTH_RATE_LIMIT: "100000" });
  });
  afterAll(() => server.close());

  const login = (username: string, password: string) => server.request("POST", "/api/login", { body: { username, password } });

  it("throttles a brute force of 1,000 passwords against one account: almost all get 429 with Retry-After", async () => {
    const victim = await server.register("victim");
    const statuses = new Map<number, number>();
    let retryAfter: string | null = null;
    for (let i = 0; i < 1000; i += 1) {
      const response = await login(victim.username, `guess-${i}`);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 429) {
        retryAfter ??= response.headers.get("retry-after");
        expect(response.body).toEqual({ error: expect.stringMatching(/^Too many requests/) });
      }
    }
    // Five free failures, then one-second back-off: a guess gets checked at most once per wait.
    expect(statuses.get(401)).toBeLessThanOrEqual(10);
    expect(statuses.get(429)).toBeGreaterThanOrEqual(990);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Even the right password waits until the back-off ends: the guesser cannot tell it was right.
    expect((await login(victim.username, victim.password)).status).toBe(429);
  });

  it("throttles an unknown name exactly like a known one, so throttling reveals nothing", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await login("nobody_at_all", `guess-${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
  });

  it("counts back-off per account, not per address", async () => {
    const other = await server.register("other");
    expect((await login(other.username, other.password)).status).toBe(200);
  });
});

describe("per-address cap (configurable)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start({ AUTH_RATE_LIMIT: "5", AUTH_RATE_WINDOW: "15m" });
  });
  afterAll(() => server.close());

  it("answers 429 with Retry-After once an address spends its budget across log-in and sign-up", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i += 1) {
      const path = i % 2 === 0 ? "/api/login" : "/api/register";
      const response = await server.request("POST", path, {
        body: { username: `someone${i}`, password: "whatever123", email: `s${i}@example.test` },
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
    }
    expect(statuses.slice(0, 5)).not.toContain(429);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(800);
  });
});

describe("configuration", () => {
  it("refuses a bad limit at start", async () => {
    await expect(TestServer.start({ AUTH_RATE_LIMIT: "0" })).rejects.toThrow(/AUTH_RATE_LIMIT: must be a positive integer/);
  });
});
