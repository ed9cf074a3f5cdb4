import { randomBytes } from "node:crypto";
import { FakeFcm } from "../helpers/fake-fcm";
import { type TestUser, useTestServer } from "../helpers/test-server";

let fcm: FakeFcm;
// Before the servers' own beforeAll: their environment names this stand-in's port.
beforeAll(async () => {
  fcm = await FakeFcm.start();
});
afterAll(() => fcm.close());

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"], () => ({ ...fcm.env(), REQUESTS_PER_USER_PER_SECOND: "1000" }));
/** A server with no FCM credentials: Web Push only. */
const { server: webOnly, users: webOnlyUsers } = useTestServer(["dave"]);

const api = (method: string, path: string, user: TestUser | undefined, body?: unknown) => server.request(method, path, { token: user?.token, body });

/** What FCM hands an app install: ~ 160 characters, letters, digits, `-`, `_` and a `:`. */
const deviceToken = () => `${randomBytes(16).toString("base64url")}:APA91b${randomBytes(100).toString("base64url")}`;

async function register(user: TestUser, platform: "android" | "ios" = "android", token = deviceToken()): Promise<string> {
  const response = await api("POST", "/api/push/native-tokens", user, { token, platform });
  expect(response.status).toBe(201);
  return token;
}

const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text: string) => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message as { id: number };
};

const settled = () => server.server.push.idle();

const holderOf = async (token: string): Promise<number[]> =>
  (await server.server.dataSource.query(`SELECT user_id FROM push_native_tokens WHERE token = '${token}'`)).map((row: { user_id: unknown }) =>
    Number(row.user_id),
  );

describe("native push tokens", () => {
  it("store a token (201), take it again (200), move it when the device changes hands, and forget only the caller's own", async () => {
    const token = deviceToken();
    const first = await api("POST", "/api/push/native-tokens", alice, { token, platform: "android" });
    expect([first.status, first.body]).toEqual([201, { native_token: { token, platform: "android", created_at: expect.any(String) } }]);
    expect((await api("POST", "/api/push/native-tokens", alice, { token, platform: "android" })).status).toBe(200);
    expect(await holderOf(token)).toEqual([alice.id]);

    const moved = await api("POST", "/api/push/native-tokens", bob, { token, platform: "android" });
    expect([moved.status, moved.body.native_token.token]).toEqual([200, token]);
    expect(await holderOf(token)).toEqual([bob.id]);
    expect((await api("DELETE", "/api/push/native-tokens", alice, { token })).status).toBe(404);
    const removed = await api("DELETE", "/api/push/native-tokens", bob, { token });
    expect([removed.status, removed.body]).toEqual([204, ""]);
    expect(await holderOf(token)).toEqual([]);
    expect((await api("DELETE", "/api/push/native-tokens", bob, { token })).status).toBe(404);
  });

  it("keep a person's 20 newest installs: a 21st drops the oldest", async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 21; i += 1) tokens.push(await register(carol, i % 2 === 0 ? "android" : "ios"));
    const [{ n }] = await server.server.dataSource.query(`SELECT COUNT(*) AS n FROM push_native_tokens WHERE user_id = ${carol.id}`);
    expect(Number(n)).toBe(20);
    expect(await holderOf(tokens[0]!)).toEqual([]);
    expect(await holderOf(tokens[20]!)).toEqual([carol.id]);
    for (const token of tokens.slice(1)) expect((await api("DELETE", "/api/push/native-tokens", carol, { token })).status).toBe(204);
  });

  it("refuse what is not a token or a platform, and callers without a token", async () => {
    const refused = async (method: string, body: unknown) => {
      const response = await api(method, "/api/push/native-tokens", alice, body);
      expect(response.status).toBe(400);
      return response.body.error as string;
    };
    const token = deviceToken();
    expect(await refused("POST", { token, platform: "windows" })).toBe('platform must be "android" or "ios"');
    expect(await refused("POST", { token })).toBe("platform is required");
    expect(await refused("POST", { platform: "ios" })).toBe("token is required");
    expect(await refused("POST", { token: "", platform: "ios" })).toBe("token must not be empty");
    expect(await refused("POST", { token: "a b", platform: "ios" })).toBe("token must be a registration token (letters, digits, - _ : .)");
    expect(await refused("POST", { token: "x".repeat(4097), platform: "ios" })).toBe("token must be at most 4096 characters");
    expect(await refused("POST", { token: 5, platform: "ios" })).toBe("token must be a string");
    expect(await refused("DELETE", { token: "ab\u0007" })).toBe("token must not contain control characters");
    expect(await refused("DELETE", {})).toBe("token is required");
    expect((await api("POST", "/api/push/native-tokens", undefined, { token, platform: "ios" })).status).toBe(401);
    expect((await api("DELETE", "/api/push/native-tokens", undefined, { token })).status).toBe(401);
  });

  it("are refused with 503 by a server without FCM credentials, after the body is checked", async () => {
    const [dave] = [webOnlyUsers.dave];
    const token = deviceToken();
    const post = await webOnly.request("POST", "/api/push/native-tokens", { token: dave.token, body: { token, platform: "android" } });
    expect(post.status).toBe(503);
    expect(post.body.error).toMatch(/FCM_SERVICE_ACCOUNT/);
    expect((await webOnly.request("DELETE", "/api/push/native-tokens", { token: dave.token, body: { token } })).status).toBe(503);
    const bad = await webOnly.request("POST", "/api/push/native-tokens", { token: dave.token, body: { token, platform: "symbian" } });
    expect(bad.status).toBe(400);
    expect(Number((await webOnly.server.dataSource.query(`SELECT COUNT(*) AS n FROM push_native_tokens`))[0].n)).toBe(0);
  });
});

describe("native pushes", () => {
  it("a direct message to a person with no connected socket reaches FCM: title, body, the conversation, collapse key, TTL, priority", async () => {
    const phone = await register(alice, "android");
    const iphone = await register(alice, "ios");
    const exchangesBefore = fcm.exchanges;
    const message = await send(bob, { receiver_id: alice.id }, "Lunch at   noon?\nBring the map");
    for (const token of [phone, iphone]) {
      const [pushed] = await fcm.waitFor(token);
      expect(pushed).toEqual({
        token,
        notification: { title: bob.username, body: "Lunch at noon? Bring the map" },
        data: { url: `/chat/${bob.id}`, tag: `conversation:user:${bob.id}`, message_id: String(message.id), user_id: String(bob.id) },
        android: { collapse_key: `u${bob.id}`, ttl: "86400s", priority: "high", notification: { tag: `conversation:user:${bob.id}` } },
        apns: {
          headers: { "apns-collapse-id": `u${bob.id}`, "apns-expiration": expect.stringMatching(/^\d+$/), "apns-priority": "10" },
          payload: { aps: { "thread-id": `conversation:user:${bob.id}` } },
        },
      });
      const expiresIn = Number(pushed!.apns.headers["apns-expiration"]) - Date.now() / 1000;
      expect(expiresIn).toBeGreaterThan(86400 - 60);
      expect(expiresIn).toBeLessThanOrEqual(86400);
    }
    await settled();
    // One access token served both pushes.
    expect(fcm.exchanges - exchangesBefore).toBeLessThanOrEqual(1);
    await api("DELETE", "/api/push/native-tokens", alice, { token: phone });
    await api("DELETE", "/api/push/native-tokens", alice, { token: iphone });
  });

  it("a group message: titled with the group, normal priority, the group's collapse key; never to the sender's own devices", async () => {
    const group = (await api("POST", "/api/groups", carol, { name: "Weekend hike", member_ids: [alice.id] })).body.group as { id: number };
    const alices = await register(alice, "ios");
    const carols = await register(carol);
    await send(carol, { group_id: group.id }, "Meet at 7");
    const [pushed] = await fcm.waitFor(alices);
    expect(pushed!.notification).toEqual({ title: `${carol.username} in Weekend hike`, body: "Meet at 7" });
    expect(pushed!.data).toMatchObject({ url: `/group/${group.id}`, group_id: String(group.id) });
    expect(pushed!.android).toMatchObject({ collapse_key: `g${group.id}`, priority: "normal" });
    expect(pushed!.apns.headers["apns-priority"]).toBe("5");
    await settled();
    expect(fcm.to(carols)).toEqual([]);
    await api("DELETE", "/api/push/native-tokens", alice, { token: alices });
    await api("DELETE", "/api/push/native-tokens", carol, { token: carols });
  });

  it('previews off: only "New message", neither the sender nor the text', async () => {
    const token = await register(bob);
    await api("PUT", "/api/push/preferences", bob, { previews: false });
    await send(alice, { receiver_id: bob.id }, "the secret plan");
    const [pushed] = await fcm.waitFor(token);
    expect(pushed!.notification).toEqual({ title: "Chat", body: "New message" });
    expect(JSON.stringify(pushed)).not.toMatch(new RegExp(`secret|${alice.username}`));
    await api("PUT", "/api/push/preferences", bob, { previews: true });
    await api("DELETE", "/api/push/native-tokens", bob, { token });
  });

  it("FCM answering 404 UNREGISTERED deletes the token: the next message is not sent there", async () => {
    const token = await register(alice);
    fcm.unregister(token);
    await send(bob, { receiver_id: alice.id }, "are you there?");
    await fcm.waitFor(token);
    await settled();
    expect(await holderOf(token)).toEqual([]);
    await send(bob, { receiver_id: alice.id }, "hello?");
    await settled();
    expect(fcm.to(token)).toHaveLength(1);
  });

  it("FCM's transient trouble (503, then 429) is retried after 1 s and 5 s until FCM takes the message; the token stays", async () => {
    const token = await register(alice);
    fcm.failNext(token, [503, 429]);
    await send(bob, { receiver_id: alice.id }, "third time lucky");
    await fcm.waitFor(token, 3, 15_000);
    await settled();
    expect(fcm.to(token).map((message) => message.notification.body)).toEqual(["third time lucky", "third time lucky", "third time lucky"]);
    expect(await holderOf(token)).toEqual([alice.id]);
    await api("DELETE", "/api/push/native-tokens", alice, { token });
  });

  it("an access token FCM stops taking (401) is replaced once, and the push still arrives", async () => {
    const token = await register(alice);
    await send(bob, { receiver_id: alice.id }, "warm the cache");
    await fcm.waitFor(token);
    await settled();
    const exchangesBefore = fcm.exchanges;
    fcm.revokeAccessTokens();
    await send(bob, { receiver_id: alice.id }, "after the revocation");
    const pushes = await fcm.waitFor(token, 2);
    expect(pushes[1]!.notification.body).toBe("after the revocation");
    await settled();
    expect(fcm.exchanges).toBe(exchangesBefore + 1);
    await api("DELETE", "/api/push/native-tokens", alice, { token });
  });

  it("nothing to a person with a connected socket", async () => {
    const token = await register(carol);
    const tab = await server.connect(carol.token);
    await send(bob, { receiver_id: carol.id }, "you are here");
    await settled();
    expect(fcm.to(token)).toEqual([]);
    tab.disconnect();
    await api("DELETE", "/api/push/native-tokens", carol, { token });
  });
});
