import { FakeBrowser, FakePushService, type ReceivedPush, verifyVapid } from "../helpers/push-service";
import { type TestUser, useTestServer } from "../helpers/test-server";
import { png } from "../helpers/media";

const {
  server,
  users: { alice, bob, carol, dave },
} = useTestServer(["alice", "bob", "carol", "dave"], { PUSH_ALLOW_INSECURE_ENDPOINTS: "1", REQUESTS_PER_USER_PER_SECOND: "1000" });

let service: FakePushService;
beforeAll(async () => {
  service = await FakePushService.start();
});
afterAll(() => service.close());

type Payload = { title: string; body: string; tag: string; url: string; conversation: Record<string, number>; message_id: number };

const api = (method: string, path: string, user: TestUser | undefined, body?: unknown) => server.request(method, path, { token: user?.token, body });

/** A browser of `user` subscribed at a fresh endpoint of the stand-in push service. */
async function subscribe(user: TestUser, endpoint = service.endpoint()): Promise<{ browser: FakeBrowser; endpoint: string }> {
  const browser = new FakeBrowser();
  const response = await api("POST", "/api/push/subscriptions", user, browser.subscription(endpoint));
  expect(response.status).toBe(201);
  return { browser, endpoint };
}

const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text?: string, attachmentIds?: number[]) => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text, attachment_ids: attachmentIds });
  expect(response.status).toBe(201);
  return response.body.message as { id: number };
};

const createGroup = async (owner: TestUser, members: TestUser[], name = "hikers") =>
  (await api("POST", "/api/groups", owner, { name, member_ids: members.map((member) => member.id) })).body.group as { id: number };

const payloadOf = (browser: FakeBrowser, push: ReceivedPush) => JSON.parse(browser.decrypt(push)) as Payload;

/** Every push the server meant to send has been answered. */
const settled = () => server.server.push.idle();

const subscriptionCount = async (endpoint: string) =>
  Number((await server.server.dataSource.query(`SELECT COUNT(*) AS n FROM push_subscriptions WHERE endpoint = '${endpoint}'`))[0].n);

describe("push routes", () => {
  it("give the VAPID public key, a 65-byte P-256 point; only with a token", async () => {
    const response = await api("GET", "/api/push/vapid-key", alice);
    expect(response.status).toBe(200);
    const key = Buffer.from(response.body.public_key, "base64url");
    expect([key.length, key[0]]).toEqual([65, 4]);
    expect((await api("GET", "/api/push/vapid-key", undefined)).status).toBe(401);
  });

  it("store a subscription (201), take it again (200), keep several per person, and forget only the caller's own", async () => {
    const browser = new FakeBrowser();
    const endpoint = service.endpoint();
    const first = await server.request("POST", "/api/push/subscriptions", {
      token: alice.token,
      body: { ...browser.subscription(endpoint), expirationTime: Date.parse("2030-01-01T00:00:00Z") },
      headers: { "user-agent": `Firefox ${"x".repeat(600)}` },
    });
    expect(first.status).toBe(201);
    expect(first.body.subscription).toEqual({ endpoint, created_at: expect.any(String), expiration_time: "2030-01-01T00:00:00.000Z" });
    const [row] = await server.server.dataSource.query(`SELECT user_id, user_agent FROM push_subscriptions WHERE endpoint = '${endpoint}'`);
    expect([Number(row.user_id), row.user_agent]).toEqual([alice.id, `Firefox ${"x".repeat(504)}`]);
    const again = await api("POST", "/api/push/subscriptions", alice, browser.subscription(endpoint));
    expect([again.status, again.body.subscription.expiration_time]).toEqual([200, null]);
    const second = await subscribe(alice);
    expect(await subscriptionCount(second.endpoint)).toBe(1);

    // The same browser, now logged in as bob: the subscription moves to him.
    expect((await api("POST", "/api/push/subscriptions", bob, browser.subscription(endpoint))).status).toBe(200);
    expect((await api("DELETE", "/api/push/subscriptions", alice, { endpoint })).status).toBe(404);
    expect(await subscriptionCount(endpoint)).toBe(1);
    const removed = await api("DELETE", "/api/push/subscriptions", bob, { endpoint });
    expect([removed.status, removed.body]).toEqual([204, ""]);
    expect(await subscriptionCount(endpoint)).toBe(0);
    expect((await api("DELETE", "/api/push/subscriptions", bob, { endpoint })).status).toBe(404);
    expect((await api("DELETE", "/api/push/subscriptions", alice, { endpoint: second.endpoint })).status).toBe(204);
  });

  it("keep a person's 20 newest browsers: a 21st drops the oldest", async () => {
    const endpoints: string[] = [];
    for (let i = 0; i < 21; i += 1) endpoints.push((await subscribe(carol)).endpoint);
    const [{ n }] = await server.server.dataSource.query(`SELECT COUNT(*) AS n FROM push_subscriptions WHERE user_id = ${carol.id}`);
    expect(Number(n)).toBe(20);
    expect(await subscriptionCount(endpoints[0]!)).toBe(0);
    expect(await subscriptionCount(endpoints[20]!)).toBe(1);
    for (const endpoint of endpoints.slice(1)) expect((await api("DELETE", "/api/push/subscriptions", carol, { endpoint })).status).toBe(204);
  });

  it("refuse endpoints that are not https (http only on loopback, with the test flag), and keys that are not a browser's", async () => {
    const valid = new FakeBrowser().subscription(service.endpoint());
    const refused = async (body: unknown) => {
      const response = await api("POST", "/api/push/subscriptions", alice, body);
      expect(response.status).toBe(400);
      return response.body.error as string;
    };
    expect(await refused({ ...valid, endpoint: "http://push.example.com/x" })).toBe("endpoint must be an https:// URL");
    expect(await refused({ ...valid, endpoint: "ftp://127.0.0.1/x" })).toBe("endpoint must be an https:// URL");
    expect(await refused({ ...valid, endpoint: "not a url" })).toBe("endpoint must be a URL");
    expect(await refused({ ...valid, endpoint: "https://user:pw@push.example.com/x" })).toBe("endpoint must not contain credentials");
    expect(await refused({ ...valid, endpoint: `https://push.example.com/${"a".repeat(2048)}` })).toBe("endpoint must be at most 2048 characters");
    expect(await refused({ ...valid, keys: { ...valid.keys, p256dh: "AAAA" } })).toBe("keys.p256dh must be a P-256 public key (65 bytes)");
    expect(await refused({ ...valid, keys: { ...valid.keys, auth: Buffer.alloc(8).toString("base64url") } })).toBe("keys.auth must be 16 bytes");
    expect(await refused({ ...valid, keys: undefined })).toBe("keys is required");
    expect(await refused({ ...valid, expirationTime: "soon" })).toBe("expirationTime must be a number or null");
    expect((await api("POST", "/api/push/subscriptions", undefined, valid)).status).toBe(401);
  });

  it("keep a person's preference for previews (on unless turned off)", async () => {
    expect((await api("GET", "/api/push/preferences", dave)).body).toEqual({ previews: true });
    expect((await api("PUT", "/api/push/preferences", dave, { previews: false })).body).toEqual({ previews: false });
    expect((await api("GET", "/api/push/preferences", dave)).body).toEqual({ previews: false });
    expect((await api("PUT", "/api/push/preferences", dave, { previews: true })).body).toEqual({ previews: true });
    expect((await api("GET", "/api/push/preferences", dave)).body).toEqual({ previews: true });
    const bad = await api("PUT", "/api/push/preferences", dave, { previews: "no" });
    expect([bad.status, bad.body]).toEqual([400, { error: "previews must be true or false" }]);
    expect((await api("GET", "/api/push/preferences", undefined)).status).toBe(401);
  });
});

describe("pushes", () => {
  it("a direct message to a person with no connected socket: encrypted to the browser, VAPID-signed, TTL, high urgency, the conversation's topic", async () => {
    const { browser, endpoint } = await subscribe(alice);
    const message = await send(bob, { receiver_id: alice.id }, "Lunch at   noon?\nBring the map");
    const [push] = await service.waitFor(endpoint);
    expect(push!.headers).toMatchObject({ ttl: "86400", urgency: "high", topic: `u${bob.id}`, "content-encoding": "aes128gcm" });
    verifyVapid(push!.headers.authorization, (await api("GET", "/api/push/vapid-key", alice)).body.public_key, endpoint);
    expect(payloadOf(browser, push!)).toEqual({
      title: bob.username,
      body: "Lunch at noon? Bring the map",
      tag: `conversation:user:${bob.id}`,
      url: `/chat/${bob.id}`,
      conversation: { user_id: bob.id },
      message_id: message.id,
    });
    // The sender's own browsers are never pushed their own message.
    const own = await subscribe(bob);
    await send(bob, { receiver_id: alice.id }, "again");
    await service.waitFor(endpoint, 2);
    await settled();
    expect(service.to(own.endpoint)).toEqual([]);
    const [first, second] = service.to(endpoint).map((each) => payloadOf(browser, each));
    expect(second!.tag).toBe(first!.tag);
    await api("DELETE", "/api/push/subscriptions", alice, { endpoint });
    await api("DELETE", "/api/push/subscriptions", bob, { endpoint: own.endpoint });
  });

  it("a group message to each member's browsers, titled with the group, normal urgency; every browser of a person gets it", async () => {
    const group = await createGroup(carol, [alice, dave], "Weekend hike");
    const phone = await subscribe(alice);
    const laptop = await subscribe(alice);
    const daves = await subscribe(dave);
    const carols = await subscribe(carol);
    const message = await send(carol, { group_id: group.id }, "Meet at 7");
    for (const { browser, endpoint } of [phone, laptop, daves]) {
      const [push] = await service.waitFor(endpoint);
      expect(push!.headers).toMatchObject({ ttl: "86400", urgency: "normal", topic: `g${group.id}` });
      expect(payloadOf(browser, push!)).toEqual({
        title: `${carol.username} in Weekend hike`,
        body: "Meet at 7",
        tag: `conversation:group:${group.id}`,
        url: `/group/${group.id}`,
        conversation: { group_id: group.id },
        message_id: message.id,
      });
    }
    await settled();
    expect(service.to(carols.endpoint)).toEqual([]);
    for (const [user, { endpoint }] of [
      [alice, phone],
      [alice, laptop],
      [dave, daves],
      [carol, carols],
    ] as const) {
      await api("DELETE", "/api/push/subscriptions", user, { endpoint });
    }
  });

  it("nothing to a person with a connected socket; pushes again once the socket is gone", async () => {
    const { browser, endpoint } = await subscribe(alice);
    const tab = await server.connect(alice.token);
    await send(bob, { receiver_id: alice.id }, "you are here");
    await settled();
    expect(service.to(endpoint)).toEqual([]);
    tab.disconnect();
    // The server notices the socket leave a moment later.
    for (let tries = 0; (await server.server.io.in(`user:${alice.id}`).fetchSockets()).length > 0 && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await send(bob, { receiver_id: alice.id }, "now you are gone");
    const [push] = await service.waitFor(endpoint);
    expect(payloadOf(browser, push!).body).toBe("now you are gone");
    await api("DELETE", "/api/push/subscriptions", alice, { endpoint });
  });

  it("nothing for edits, deletions, reactions or group notices", async () => {
    const { endpoint } = await subscribe(dave);
    const message = await send(bob, { receiver_id: dave.id }, "first draft");
    await service.waitFor(endpoint);
    expect((await api("PATCH", `/api/messages/${message.id}`, bob, { message_content: "second draft" })).status).toBe(200);
    expect((await api("PUT", `/api/messages/${message.id}/reactions/${encodeURIComponent("👍")}`, bob)).status).toBe(200);
    expect((await api("DELETE", `/api/messages/${message.id}`, bob)).status).toBe(200);
    const group = await createGroup(bob, [dave], "notices only");
    expect((await api("PATCH", `/api/groups/${group.id}`, bob, { name: "renamed" })).status).toBe(200);
    await settled();
    expect(service.to(endpoint)).toHaveLength(1);
    await api("DELETE", "/api/push/subscriptions", dave, { endpoint });
  });

  it('previews off: only "New message", neither the sender nor the text', async () => {
    const { browser, endpoint } = await subscribe(dave);
    await api("PUT", "/api/push/preferences", dave, { previews: false });
    const message = await send(bob, { receiver_id: dave.id }, "the secret plan");
    const [push] = await service.waitFor(endpoint);
    const plaintext = browser.decrypt(push!);
    expect(plaintext).not.toContain("secret");
    expect(plaintext).not.toContain(bob.username);
    expect(JSON.parse(plaintext)).toEqual({
      title: "Chat",
      body: "New message",
      tag: `conversation:user:${bob.id}`,
      url: `/chat/${bob.id}`,
      conversation: { user_id: bob.id },
      message_id: message.id,
    });
    await api("PUT", "/api/push/preferences", dave, { previews: true });
    await api("DELETE", "/api/push/subscriptions", dave, { endpoint });
  });

  it("a message of files alone says what it carries", async () => {
    const { browser, endpoint } = await subscribe(alice);
    const image = await server.upload(bob.token, await png(), "photo.png", "image/png");
    const file = await server.upload(bob.token, Buffer.from("notes"), "notes.txt", "text/plain");
    const other = await server.upload(bob.token, Buffer.from("more"), "more.txt", "text/plain");
    await send(bob, { receiver_id: alice.id }, undefined, [image.body.attachment.id]);
    await send(bob, { receiver_id: alice.id }, undefined, [file.body.attachment.id]);
    await send(bob, { receiver_id: alice.id }, undefined, [
      (await server.upload(bob.token, Buffer.from("x"), "x.txt", "text/plain")).body.attachment.id,
      other.body.attachment.id,
    ]);
    const pushes = await service.waitFor(endpoint, 3);
    expect(pushes.map((push) => payloadOf(browser, push).body).sort()).toEqual(["2 attachments", "File: notes.txt", "Photo"]);
    await api("DELETE", "/api/push/subscriptions", alice, { endpoint });
  });

  it.each([410, 404])("a push service answering %i drops the subscription", async (status) => {
    const { endpoint } = await subscribe(alice);
    service.behave(endpoint, { statuses: [status] });
    await send(bob, { receiver_id: alice.id }, "are you there?");
    await service.waitFor(endpoint);
    await settled();
    expect(await subscriptionCount(endpoint)).toBe(0);
    await send(bob, { receiver_id: alice.id }, "hello?");
    await settled();
    expect(service.to(endpoint)).toHaveLength(1);
  });

  it("a send never waits for the push service; a transient failure is retried, then delivered once", async () => {
    const slow = await subscribe(alice);
    service.behave(slow.endpoint, { delayMs: 1500 });
    const started = Date.now();
    await send(bob, { receiver_id: alice.id }, "quick");
    const sent = Date.now();
    expect(sent - started).toBeLessThan(1000);
    const [push] = await service.waitFor(slow.endpoint);
    expect(push!.at - started).toBeLessThan(1000);
    await settled();
    // The answer came 1.5 s after the push arrived, long after the send had returned.
    expect(Date.now() - push!.at).toBeGreaterThanOrEqual(1400);
    await api("DELETE", "/api/push/subscriptions", alice, { endpoint: slow.endpoint });

    const flaky = await subscribe(alice);
    service.behave(flaky.endpoint, { statuses: [503, 201] });
    await send(bob, { receiver_id: alice.id }, "second try");
    await service.waitFor(flaky.endpoint, 2);
    await settled();
    expect(service.to(flaky.endpoint)).toHaveLength(2);
    expect(payloadOf(flaky.browser, service.to(flaky.endpoint)[1]!).body).toBe("second try");
    expect(await subscriptionCount(flaky.endpoint)).toBe(1);
    await api("DELETE", "/api/push/subscriptions", alice, { endpoint: flaky.endpoint });
  });

  it("never reaches a private address an endpoint names (SSRF): refused when subscribing, and when pushing to a row stored anyway", async () => {
    const endpoint = "https://169.254.169.254/latest/meta-data";
    const refused = await api("POST", "/api/push/subscriptions", alice, new FakeBrowser().subscription(endpoint));
    expect([refused.status, refused.body]).toEqual([400, { error: "endpoint must not name a private address" }]);
    for (const other of ["https://10.0.0.1/x", "https://[fd00::1]/x", "https://[::ffff:192.168.0.1]/x", "http://10.0.0.1/x"]) {
      expect((await api("POST", "/api/push/subscriptions", alice, new FakeBrowser().subscription(other))).status).toBe(400);
    }
    // A row from before the rule (or written by hand): the send-time guard still refuses it, without connecting.
    const { keys } = new FakeBrowser().subscription(endpoint);
    await server.server.dataSource.query(
      `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, created_at) VALUES (${alice.id}, '${endpoint}', '${keys.p256dh}', '${keys.auth}', 1)`,
    );
    await send(bob, { receiver_id: alice.id }, "metadata please");
    await settled();
    expect(server.serverErrors.map(String)).toEqual([
      "Error: push to https://169.254.169.254 dropped after 1 attempt(s): endpoint must not name a private address",
    ]);
    server.serverErrors.splice(0);
    await api("DELETE", "/api/push/subscriptions", alice, { endpoint });
  });
});
