import { emitWithAck, nextEvent, TestServer, type TestUser } from "../helpers/test-server";

let server: TestServer;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  server = await TestServer.start({ SOCKET_EVENTS_PER_SECOND: "20" });
  [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
});
afterAll(() => server.close());
afterEach(() => expect(server.serverErrors).toEqual([]));

const storedCount = async () => Number((await server.server.dataSource.query("SELECT COUNT(*) AS n FROM messages"))[0].n);

describe("hostile socket clients", () => {
  it("answers unknown events with an error acknowledgement", async () => {
    const socket = await server.connect(alice.token);
    for (const event of ["admin:delete", "message:new", "__proto__", "constructor", "x".repeat(1000)]) {
      expect(await emitWithAck(socket, event, { anything: true })).toEqual({ error: "Unknown event", status: 404 });
    }
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });

  it("answers every wrong payload with an error and stores nothing", async () => {
    const socket = await server.connect(alice.token);
    const before = await storedCount();
    const payloads: unknown[] = [
      undefined,
      null,
      0,
      "text",
      [],
      [bob.id, "hi"],
      {},
      { receiver_id: bob.id },
      { message_content: "hi" },
      { receiver_id: String(bob.id), message_content: "hi" },
      { receiver_id: -1, message_content: "hi" },
      { receiver_id: bob.id, message_content: { $gt: "" } },
      { receiver_id: bob.id, message_content: "a\u0000b" },
      { receiver_id: bob.id, message_content: "x".repeat(4001) },
      { receiver_id: bob.id, message_content: "hi", client_id: "nope" },
      { receiver_id: 987654, message_content: "nobody" },
      { receiver_id: bob.id, message_content: "hi", sender_id: bob.id, client_id: 5 },
    ];
    for (const payload of payloads) {
      const reply = await emitWithAck(socket, "message:send", payload);
      expect(reply).toEqual({ error: expect.any(String), status: expect.any(Number) });
      expect([400, 404]).toContain(reply.status);
      await new Promise((resolve) => setTimeout(resolve, 60)); // stay inside the event budget
    }
    expect(await storedCount()).toBe(before);
    socket.disconnect();
  });

  it("answers wrong payloads for every other event with an error", async () => {
    const socket = await server.connect(alice.token);
    const bad: unknown[] = [
      undefined,
      null,
      "x",
      [],
      {},
      { id: "1" },
      { partner_id: -1, up_to_id: 1 },
      { receiver_id: { $gt: 0 } },
      { user_ids: "all" },
    ];
    for (const event of [
      "message:edit",
      "message:delete",
      "message:read",
      "message:delivered",
      "typing:start",
      "typing:stop",
      "presence:subscribe",
      "call:start",
      "call:accept",
      "call:decline",
      "call:join",
      "call:leave",
      "call:hangup",
      "call:signal",
    ]) {
      for (const payload of bad) {
        expect(await emitWithAck(socket, event, payload)).toEqual({ error: expect.any(String), status: 400 });
      }
      await new Promise((resolve) => setTimeout(resolve, 500)); // stay inside the event budget
    }
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });

  it("rejects events over the per-socket budget and disconnects a socket that keeps flooding", async () => {
    const socket = await server.connect(alice.token);
    const disconnected = nextEvent<string>(socket, "disconnect", 5000);
    const replies: Array<{ error?: string; message?: unknown }> = [];
    for (let i = 0; i < 60; i += 1) {
      socket.emit("message:send", { receiver_id: bob.id, message_content: `flood ${i}` }, (reply: { error?: string }) => replies.push(reply));
    }
    expect(await disconnected).toBe("io server disconnect");
    expect(replies.filter((r) => r.message).length).toBeLessThanOrEqual(20);
    expect(replies.some((r) => /^Too many requests/.test(r.error ?? ""))).toBe(true);
    // The server is fine and so is everyone else.
    const other = await server.connect(bob.token);
    expect(await emitWithAck(other, "message:send", { receiver_id: alice.id, message_content: "still here" })).toHaveProperty("message");
    other.disconnect();
  });

  it("closes a connection that sends a frame over the size limit, and stays up", async () => {
    const socket = await server.connect(alice.token);
    const disconnected = nextEvent<string>(socket, "disconnect", 5000);
    socket.emit("message:send", { receiver_id: bob.id, message_content: "x".repeat(200_000) });
    expect(await disconnected).toMatch(/transport close|transport error/);
    expect((await server.request("GET", "/api/health")).status).toBe(200);
  });
});

describe("cross-origin access", () => {
  it("sends no CORS headers to another origin by default", async () => {
    const response = await server.request("GET", "/api/health", { headers: { origin: "https://evil.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows exactly the configured origins", async () => {
    const open = await TestServer.start({ CORS_ORIGINS: "https://chat.example.com" });
    try {
      const allowed = await open.request("GET", "/api/health", { headers: { origin: "https://chat.example.com" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://chat.example.com");
      const other = await open.request("GET", "/api/health", { headers: { origin: "https://evil.example" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await open.close();
    }
  });
});
