import { type TestUser, useTestServer } from "../helpers/test-server";

/** What a user JSON says of someone who never set a profile. */
const NO_PROFILE = { display_name: null, avatar_url: null, status_text: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

const send = (from: TestUser, receiverId: unknown, content: unknown) =>
  server.request("POST", "/api/messages/send", { token: from.token, body: { receiver_id: receiverId, message_content: content } });

const conversation = (as: TestUser, partnerId: number | string, query = "") =>
  server.request("GET", `/api/messages/conversation/${partnerId}${query}`, { token: as.token });

describe("POST /api/messages/send", () => {
  it("stores the message and returns it in the original design's shape", async () => {
    const before = Date.now();
    const response = await send(alice, bob.id, "Hello Bob");
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      message: {
        id: expect.any(Number),
        sender_id: alice.id,
        receiver_id: bob.id,
        message_content: "Hello Bob",
        timestamp: expect.any(String),
        client_id: expect.stringMatching(UUID),
        edited_at: null,
        deleted_at: null,
        group_id: null,
        kind: "text",
        notice: null,
        attachments: [],
        reply_to: null,
        reactions: [],
        mentions: [],
        forwarded_from: null,
        pinned: false,
        link_preview: null,
      },
    });
    const sentAt = Date.parse(response.body.message.timestamp);
    expect(sentAt).toBeGreaterThanOrEqual(before - 5);
    expect(sentAt).toBeLessThanOrEqual(Date.now() + 5);
  });

  it("keeps the text exactly as sent, HTML and all", async () => {
    const text = `<img src=x onerror=alert(1)> & "quotes" \n second line 🎉`;
    const response = await send(alice, bob.id, text);
    expect(response.status).toBe(201);
    const page = await conversation(bob, alice.id);
    expect(page.body.messages.at(-1).message_content).toBe(text);
  });

  it("answers 404 for a receiver that does not exist", async () => {
    expect(await send(alice, 999_999, "anyone?")).toMatchObject({ status: 404, body: { error: "Receiver not found" } });
  });

  it.each([
    ["empty", ""],
    ["only whitespace", "   \n\t "],
    ["4,001 characters", "x".repeat(4001)],
    ["a number", 42],
    ["null", null],
    ["an array", ["hi"]],
    ["a control character", "bell\u0007"],
  ])("rejects content that is %s with 400", async (_name, content) => {
    const response = await send(alice, bob.id, content);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/^message_content /);
  });

  it("accepts exactly 4,000 characters, counting emoji as one character each", async () => {
    expect((await send(alice, bob.id, "y".repeat(4000))).status).toBe(201);
    expect((await send(alice, bob.id, "😀".repeat(4000))).status).toBe(201);
  });

  it.each([
    ["a string", "2"],
    ["zero", 0],
    ["negative", -1],
    ["a fraction", 1.5],
    ["missing", undefined],
    ["huge", 2 ** 53],
  ])("rejects a receiver_id that is %s with 400", async (_name, receiverId) => {
    const response = await send(alice, receiverId, "hi");
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/^receiver_id /);
  });

  it("requires a token", async () => {
    const response = await server.request("POST", "/api/messages/send", { body: { receiver_id: bob.id, message_content: "hi" } });
    expect(response.status).toBe(401);
  });

  it("always sends as the token's user, whatever the body claims", async () => {
    const response = await server.request("POST", "/api/messages/send", {
      token: carol.token,
      body: { receiver_id: bob.id, message_content: "spoof?", sender_id: alice.id },
    });
    expect(response.status).toBe(201);
    expect(response.body.message.sender_id).toBe(carol.id);
  });
});

describe("GET /api/messages/conversation/:user_id", () => {
  let dave: TestUser;
  let erin: TestUser;
  const sentIds: number[] = [];

  beforeAll(async () => {
    [dave, erin] = await Promise.all([server.register("dave"), server.register("erin")]);
    for (let i = 0; i < 7; i += 1) {
      const [from, to] = i % 2 === 0 ? [dave, erin] : [erin, dave];
      sentIds.push((await send(from, to.id, `message ${i}`)).body.message.id);
    }
    await send(dave, carol.id, "not part of dave-erin");
  });

  it("returns both directions, oldest first, and nothing from other conversations", async () => {
    const response = await conversation(dave, erin.id);
    expect(response.status).toBe(200);
    expect(response.body.messages.map((m: { id: number }) => m.id)).toEqual(sentIds);
    expect(response.body.messages.map((m: { message_content: string }) => m.message_content)).toEqual(
      [0, 1, 2, 3, 4, 5, 6].map((i) => `message ${i}`),
    );
    expect(response.body.has_more).toBe(false);
    const fromErin = await conversation(erin, dave.id);
    expect(fromErin.body.messages).toEqual(response.body.messages);
  });

  it("pages backwards with before and limit", async () => {
    const newest = await conversation(dave, erin.id, "?limit=3");
    expect(newest.body.messages.map((m: { id: number }) => m.id)).toEqual(sentIds.slice(4));
    expect(newest.body.has_more).toBe(true);
    const older = await conversation(dave, erin.id, `?limit=3&before=${sentIds[4]}`);
    expect(older.body.messages.map((m: { id: number }) => m.id)).toEqual(sentIds.slice(1, 4));
    expect(older.body.has_more).toBe(true);
    const oldest = await conversation(dave, erin.id, `?limit=3&before=${sentIds[1]}`);
    expect(oldest.body.messages.map((m: { id: number }) => m.id)).toEqual(sentIds.slice(0, 1));
    expect(oldest.body.has_more).toBe(false);
  });

  it("catches up with after", async () => {
    const response = await conversation(erin, dave.id, `?after=${sentIds[4]}`);
    expect(response.body.messages.map((m: { id: number }) => m.id)).toEqual(sentIds.slice(5));
  });

  it("defaults to 50 per page and caps the limit at 200", async () => {
    for (let i = 0; i < 55; i += 1) await send(alice, carol.id, `bulk ${i}`);
    const page = await conversation(carol, alice.id);
    expect(page.body.messages).toHaveLength(50);
    expect(page.body.has_more).toBe(true);
    expect((await conversation(carol, alice.id, "?limit=200")).status).toBe(200);
    expect(await conversation(carol, alice.id, "?limit=201")).toMatchObject({ status: 400, body: { error: "limit must be at most 200" } });
  });

  it.each(["?limit=0", "?limit=abc", "?before=-1", "?before=1&after=2", "?limit=1&limit=2"])("rejects the query %s with 400", async (query) => {
    const response = await conversation(dave, erin.id, query);
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual(expect.any(String));
  });

  it.each(["abc", "0", "-3", "1.5", "99999999999", "..%2F1", "1%00"])("rejects the user id %s with 400", async (id) => {
    const response = await conversation(dave, id);
    expect(response.status).toBe(400);
  });

  it("answers a dot-segment path trick with a JSON 4xx, never another route's data", async () => {
    // fetch resolves the dots first: what reaches the server is GET /api/messages/, a route the API does not have.
    const response = await server.request("GET", "/api/messages/conversation/%2e%2e", { token: dave.token, undocumented: true });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: "Not found" });
  });

  it("answers 404 for a partner who does not exist", async () => {
    expect((await conversation(dave, 999_999)).status).toBe(404);
  });

  it("shows a third user nothing of a conversation they are not in", async () => {
    // Carol can only ever address her own conversations: asking for dave gives carol<->dave only.
    const withDave = await conversation(carol, dave.id);
    expect(withDave.status).toBe(200);
    expect(withDave.body.messages.map((m: { message_content: string }) => m.message_content)).toEqual(["not part of dave-erin"]);
    const withErin = await conversation(carol, erin.id);
    expect(withErin.body.messages).toEqual([]);
  });

  it("requires a token", async () => {
    expect((await server.request("GET", `/api/messages/conversation/${erin.id}`)).status).toBe(401);
  });
});

describe("people and conversations", () => {
  it("GET /api/users finds others by part of the name, never the caller, without emails", async () => {
    const response = await server.request("GET", `/api/users?search=${encodeURIComponent(bob.username.slice(0, 5).toUpperCase())}`, {
      token: alice.token,
    });
    expect(response.status).toBe(200);
    expect(response.body.users).toContainEqual({ id: bob.id, username: bob.username, ...NO_PROFILE });
    expect(response.body.users.find((u: { id: number }) => u.id === alice.id)).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toContain("@");
  });

  it("GET /api/users treats LIKE wildcards literally", async () => {
    const response = await server.request("GET", "/api/users?search=%25", { token: alice.token });
    expect(response.body.users).toEqual([]);
  });

  it("GET /api/conversations lists one row per partner, most recent first", async () => {
    const frank = await server.register("frank");
    const grace = await server.register("grace");
    await send(frank, alice.id, "first");
    const second = await send(grace, frank.id, "second");
    await send(frank, alice.id, "third");
    const response = await server.request("GET", "/api/conversations", { token: frank.token });
    expect(response.status).toBe(200);
    expect(response.body.conversations).toEqual([
      {
        partner: { id: alice.id, username: alice.username, ...NO_PROFILE },
        last_message: expect.objectContaining({ message_content: "third", sender_id: frank.id }),
        unread_count: 0,
        mention_count: 0,
        first_unread_id: null,
      },
      {
        partner: { id: grace.id, username: grace.username, ...NO_PROFILE },
        last_message: expect.objectContaining({ message_content: "second", sender_id: grace.id }),
        unread_count: 1,
        mention_count: 0,
        first_unread_id: second.body.message.id,
      },
    ]);
  });

  it("GET /api/conversations is empty for someone new", async () => {
    const newcomer = await server.register("new");
    expect((await server.request("GET", "/api/conversations", { token: newcomer.token })).body).toEqual({ conversations: [] });
  });
});

describe("the rest of the surface", () => {
  it("answers unknown API routes with a JSON 404", async () => {
    expect(await server.request("GET", "/api/nothing-here", { undocumented: true })).toMatchObject({ status: 404, body: { error: "Not found" } });
    expect(await server.request("DELETE", "/api/register", { undocumented: true })).toMatchObject({ status: 404, body: { error: "Not found" } });
  });

  it("reports health", async () => {
    expect(await server.request("GET", "/api/health")).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("sends security headers and no x-powered-by", async () => {
    const response = await server.request("GET", "/api/health");
    expect(response.headers.get("x-powered-by")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    // Object URLs of the person's own files (photo previews, a voice note played back before sending); nothing from elsewhere.
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("media-src 'self' blob:");
  });
});
