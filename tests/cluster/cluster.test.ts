import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { Client } from "pg";
import { connectClient, exchange, registerAccount } from "../reliability/exchange";
import { BalancingProxy } from "../helpers/balancing-proxy";
import { freePort, ServerProcess } from "../helpers/server-process";
import { collect, nextEvent } from "../helpers/test-server";
import { copyOf, createTestDatabase } from "../helpers/test-server";
import { jpegWithGps } from "../helpers/media";
import { S3Server } from "../helpers/s3-server";
import sharp from "sharp";
import { io, type Socket } from "socket.io-client";
import { generateVAPIDKeys } from "web-push";
import { FakeBrowser, FakePushService } from "../helpers/push-service";

jest.setTimeout(180_000);

const DATABASE = process.env.CLUSTER_DATABASE_URL;
const REDIS = process.env.CLUSTER_REDIS_URL;
const available = Boolean(DATABASE?.startsWith("postgres") && REDIS);
if (!available) {
  const message = "tests/cluster SKIPPED: set CLUSTER_DATABASE_URL=postgres://… and CLUSTER_REDIS_URL=redis://… (.ci/run does)";
  if (process.env.REQUIRE_CLUSTER === "1") throw new Error(`${message}, but REQUIRE_CLUSTER=1`);
  console.warn(`\n⚠⚠⚠ ${message} ⚠⚠⚠\n`);
}

const MIGRATE_ENTRY = path.resolve(__dirname, "../../server/dist/cli/migrate.js");
const NODES = 3;

(available ? describe : describe.skip)("several server processes on PostgreSQL and Redis", () => {
  let dataDir: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let env: Record<string, string>;
  let nodes: Array<{ port: number; process: ServerProcess }> = [];
  let proxy: BalancingProxy;
  let s3: S3Server;
  const sockets: Socket[] = [];
  // Every process signs pushes with the same pair: a browser's subscription is bound to one public key.
  const vapid = generateVAPIDKeys();

  const urlOf = (index: number) => `http://127.0.0.1:${nodes[index]!.port}`;
  const connect = async (index: number, token: string) => {
    const socket = io(urlOf(index), { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true });
    sockets.push(socket);
    await nextEvent(socket, "connect");
    return socket;
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chat-cluster-"));
    database = await createTestDatabase(dataDir, DATABASE);
    // A Redis database of its own, emptied, so earlier runs' counters cannot leak in.
    const redisUrl = new URL(REDIS!);
    redisUrl.pathname = "/7";
    const redis = new Redis(redisUrl.toString());
    await redis.flushdb();
    await redis.quit();
    // Attachments in one S3 bucket (s3rver, a real S3-API server) shared by every process.
    s3 = await S3Server.start();
    env = {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl.toString(),
      // Pub/sub channels ignore the database number: the socket tests' pairs run on the same Redis.
      REDIS_KEY_PREFIX: "chat-cluster-test",
      JWT_SECRET: randomBytes(32).toString("hex"),
      DATA_DIR: dataDir,
      HOST: "127.0.0.1",
      AUTO_MIGRATE: "false",
      STORAGE_URL: s3.storageUrl("cluster"),
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      PUSH_ALLOW_INSECURE_ENDPOINTS: "1",
    };
    // The deploy flow: migrate once, then start every process against the migrated database.
    await promisify(execFile)(process.execPath, [MIGRATE_ENTRY], { env: { PATH: process.env.PATH ?? "", ...env } });
    nodes = await Promise.all(
      Array.from({ length: NODES }, async (_, index) => {
        const port = await freePort();
        // A data folder each, as on separate machines: nothing may pass between them through the disk.
        const ownDataDir = path.join(dataDir, `node-${index}`);
        return { port, process: await ServerProcess.start({ ...env, DATA_DIR: ownDataDir, PORT: String(port) }) };
      }),
    );
    proxy = await BalancingProxy.start(nodes.map((node) => node.port));
  });

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await proxy?.close();
    await Promise.all(nodes.map((node) => node.process.kill("SIGTERM")));
    await database?.drop();
    await s3?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports the database and Redis healthy on every process", async () => {
    for (let i = 0; i < NODES; i += 1) {
      const response = await fetch(`${urlOf(i)}/api/health`);
      expect(await response.json()).toEqual({ status: "ok", database: "ok", redis: "ok" });
    }
  });

  it("delivers live between users connected to different processes, whichever process took the send", async () => {
    const [alice, bob] = await Promise.all([registerAccount(urlOf(0), "cl_alice"), registerAccount(urlOf(1), "cl_bob")]);
    const carol = await registerAccount(urlOf(2), "cl_carol");
    const aliceOnA = await connect(0, alice.token);
    const aliceOnC = await connect(2, alice.token);
    const bobOnB = await connect(1, bob.token);
    const carolOnC = await connect(2, carol.token);
    const toCarol = collect(carolOnC, "message:new");

    // REST send handled by process C reaches Bob on B and Alice's tabs on A and C.
    const bobGets = nextEvent(bobOnB, "message:new");
    const aliceAGets = nextEvent(aliceOnA, "message:new");
    const aliceCGets = nextEvent(aliceOnC, "message:new");
    const sent = await fetch(`${urlOf(2)}/api/messages/send`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${alice.token}` },
      body: JSON.stringify({ receiver_id: bob.id, message_content: "across processes" }),
    });
    const { message } = (await sent.json()) as { message: { id: number } };
    expect(await bobGets).toEqual(message);
    expect(await aliceAGets).toEqual(message);
    expect(await aliceCGets).toEqual(message);

    // A socket send on B reaches Alice on A.
    const reply = nextEvent(aliceOnA, "message:new");
    const ack = await bobOnB.timeout(5000).emitWithAck("message:send", { receiver_id: alice.id, message_content: "and back" });
    expect(await reply).toEqual(ack.message);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toCarol).toEqual([]);
  });

  it("runs a group across processes: members on three processes get its messages, receipts and changes; a removed member gets nothing more", async () => {
    const [owner, second, third] = await Promise.all([
      registerAccount(urlOf(0), "cl_gowner"),
      registerAccount(urlOf(1), "cl_gsecond"),
      registerAccount(urlOf(2), "cl_gthird"),
    ]);
    const request = (index: number, token: string, method: string, url: string, body?: unknown) =>
      fetch(`${urlOf(index)}${url}`, {
        method,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const ownerOnA = await connect(0, owner.token);
    const secondOnB = await connect(1, second.token);
    const thirdOnC = await connect(2, third.token);

    // Created on B: every member hears of it on their own process.
    const heard = [ownerOnA, secondOnB, thirdOnC].map((socket) => nextEvent(socket, "group:updated"));
    const noticed = [ownerOnA, secondOnB, thirdOnC].map((socket) => nextEvent(socket, "message:new"));
    const created = await request(1, owner.token, "POST", "/api/groups", { name: "across", member_ids: [second.id, third.id] });
    const { group } = (await created.json()) as { group: { id: number } };
    for (const update of await Promise.all(heard)) expect(update).toMatchObject({ id: group.id, name: "across" });
    for (const notice of await Promise.all(noticed))
      expect(notice).toMatchObject({ group_id: group.id, kind: "system", notice: { event: "created" } });

    // A socket send on C reaches the members on A and B.
    const arrivals = [ownerOnA, secondOnB].map((socket) => nextEvent(socket, "message:new"));
    const ack = await thirdOnC.timeout(5000).emitWithAck("message:send", { group_id: group.id, message_content: "hello from C" });
    for (const message of await Promise.all(arrivals)) expect(message).toEqual(ack.message);

    // A read on A is a receipt for the sender on C.
    const receipt = nextEvent(thirdOnC, "message:status");
    await ownerOnA.timeout(5000).emitWithAck("message:read", { group_id: group.id, up_to_id: ack.message.id });
    expect(await receipt).toEqual({ user_id: owner.id, group_id: group.id, delivered_up_to_id: ack.message.id, read_up_to_id: ack.message.id });

    // Removed through A: the member on B is told there and hears nothing of later messages.
    const removed = nextEvent(secondOnB, "group:removed");
    const removalNotice = nextEvent(thirdOnC, "message:new");
    await request(0, owner.token, "DELETE", `/api/groups/${group.id}/members/${second.id}`);
    expect(await removed).toEqual({ group_id: group.id });
    expect(await removalNotice).toMatchObject({ kind: "system", notice: { event: "removed", users: [{ id: second.id }] } });
    const toSecond = collect(secondOnB, "message:new");
    const toThird = nextEvent(thirdOnC, "message:new");
    await request(2, owner.token, "POST", "/api/messages/send", { group_id: group.id, message_content: "only two of us now" });
    expect(await toThird).toMatchObject({ group_id: group.id, message_content: "only two of us now" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(toSecond).toEqual([]);
  });

  it("shares presence and typing across processes", async () => {
    const [dana, erik] = await Promise.all([registerAccount(urlOf(0), "cl_dana"), registerAccount(urlOf(1), "cl_erik")]);
    const danaOnA = await connect(0, dana.token);
    const subscribed = await danaOnA.timeout(5000).emitWithAck("presence:subscribe", { user_ids: [erik.id] });
    expect(subscribed.presence).toEqual([{ user_id: erik.id, online: false, last_seen_at: null }]);

    const online = nextEvent(danaOnA, "presence");
    const erikOnB = await connect(1, erik.token);
    expect(await online).toEqual({ user_id: erik.id, online: true, last_seen_at: null });
    // A second tab on a third process: still one person online, seen from every process.
    const erikOnC = await connect(2, erik.token);
    const fromC = await erikOnC.timeout(5000).emitWithAck("presence:subscribe", { user_ids: [dana.id, erik.id] });
    expect(fromC.presence.map((p: { online: boolean }) => p.online)).toEqual([true, true]);

    const typing = nextEvent(danaOnA, "typing");
    await erikOnC.timeout(5000).emitWithAck("typing:start", { receiver_id: dana.id });
    expect(await typing).toEqual({ user_id: erik.id, receiver_id: dana.id, typing: true });

    const offline = nextEvent(danaOnA, "presence");
    erikOnB.disconnect();
    erikOnC.disconnect();
    expect(await offline).toMatchObject({ user_id: erik.id, online: false, last_seen_at: expect.any(String) });
  });

  it("rings, answers and relays a call across processes; two callers through two processes get one call and one busy", async () => {
    const names = ["cl_callA", "cl_callB", "cl_callC", "cl_callD"];
    const [alice, bob, carol, dave] = await Promise.all(names.map((name, index) => registerAccount(urlOf(index % NODES), name)));
    const aliceOnA = await connect(0, alice!.token);
    const bobOnB = await connect(1, bob!.token);
    const bobOnC = await connect(2, bob!.token);
    const ask = (socket: Socket, event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload);

    const ringsB = nextEvent(bobOnB, "call:ringing");
    const ringsC = nextEvent(bobOnC, "call:ringing");
    const started = await ask(aliceOnA, "call:start", { user_id: bob!.id, media: "video" });
    expect(started.call).toMatchObject({ state: "ringing" });
    expect([(await ringsB).call.id, (await ringsC).call.id]).toEqual([started.call.id, started.call.id]);

    const stopsRinging = nextEvent(bobOnC, "call:updated");
    const answered = nextEvent(aliceOnA, "call:updated");
    await ask(bobOnB, "call:accept", { call_id: started.call.id });
    expect((await stopsRinging).call).toMatchObject({ state: "active", answered_connection: bobOnB.id });
    expect((await answered).call).toMatchObject({ state: "active", participants: [alice!.id, bob!.id] });

    // The offer goes from process A to the tab on B that took the call, not to the one on C.
    const onC = collect(bobOnC, "call:signal");
    const offer = nextEvent(bobOnB, "call:signal");
    expect(await ask(aliceOnA, "call:signal", { call_id: started.call.id, to_user_id: bob!.id, signal: { type: "offer", sdp: "v=0" } })).toEqual({
      ok: true,
    });
    expect(await offer).toEqual({ call_id: started.call.id, from_user_id: alice!.id, signal: { type: "offer", sdp: "v=0" } });

    // Bob is in a call: Carol (through C) and Dave (through A) get busy; racing for free Erin, one of them gets her.
    const carolOnC = await connect(2, carol!.token);
    const daveOnA = await connect(0, dave!.token);
    const starts = await Promise.all([carolOnC, daveOnA].map((socket) => ask(socket, "call:start", { user_id: bob!.id, media: "audio" })));
    expect(starts.map((start) => start.status)).toEqual([409, 409]);
    const erin = await registerAccount(urlOf(1), "cl_callE");
    const races = await Promise.all([carolOnC, daveOnA].map((socket) => ask(socket, "call:start", { user_id: erin.id, media: "audio" })));
    expect(races.filter((start) => start.call?.state === "ringing")).toHaveLength(1);
    expect(races.filter((start) => start.status === 409)).toEqual([{ error: "busy: they are in another call", status: 409 }]);

    const rowOnC = nextEvent(bobOnC, "message:new");
    await ask(aliceOnA, "call:hangup", { call_id: started.call.id });
    expect(await rowOnC).toMatchObject({ kind: "system", notice: { type: "call", outcome: "ended", media: "video" } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onC).toEqual([]);
  });

  it("serves an image uploaded through one process from another: content and thumbnail, links signed by the first", async () => {
    const [alice, bob] = await Promise.all([registerAccount(urlOf(0), "cl_photo_a"), registerAccount(urlOf(1), "cl_photo_b")]);
    const form = new FormData();
    form.append("file", new Blob([copyOf(await jpegWithGps())], { type: "image/jpeg" }), "holiday.jpg");
    const uploaded = await fetch(`${urlOf(0)}/api/attachments`, { method: "POST", headers: { authorization: `Bearer ${alice.token}` }, body: form });
    expect(uploaded.status).toBe(201);
    const { attachment } = (await uploaded.json()) as { attachment: { id: number; size: number; url: string; thumbnail_url: string } };

    const download = async (index: number, url: string) => {
      const response = await fetch(`${urlOf(index)}${url}`);
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const content = await download(1, attachment.url);
    expect(content.length).toBe(attachment.size);
    expect(await sharp(content).metadata()).toMatchObject({ format: "jpeg", width: 32, height: 64 });
    expect((await sharp(content).metadata()).exif).toBeUndefined();
    expect(await sharp(await download(1, attachment.thumbnail_url)).metadata()).toMatchObject({ format: "webp" });
    expect((await download(0, attachment.url)).equals(content)).toBe(true);

    // Sent through the first process; the receiver views it and downloads it through the others.
    const sent = await fetch(`${urlOf(0)}/api/messages/send`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${alice.token}` },
      body: JSON.stringify({ receiver_id: bob.id, attachment_ids: [attachment.id] }),
    });
    expect(sent.status).toBe(201);
    const viewed = await fetch(`${urlOf(2)}/api/attachments/${attachment.id}`, { headers: { authorization: `Bearer ${bob.token}` } });
    expect(viewed.status).toBe(200);
    const fresh = ((await viewed.json()) as { attachment: { url: string } }).attachment;
    expect((await download(1, fresh.url)).equals(content)).toBe(true);
  });

  it("counts login failures across processes: a guesser cannot spread attempts over the cluster", async () => {
    const victim = await registerAccount(urlOf(0), "cl_victim");
    void victim;
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const response = await fetch(`${urlOf(i % NODES)}/api/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "cl_victim", password: `guess-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
  });

  it("pushes each message once, from the process that took the send, and only while the person has no socket on any process", async () => {
    const pushService = await FakePushService.start();
    try {
      const [alice, bob] = await Promise.all([registerAccount(urlOf(0), "cl_palice"), registerAccount(urlOf(1), "cl_pbob")]);
      const call = (index: number, token: string, method: string, url: string, body?: unknown) =>
        fetch(`${urlOf(index)}${url}`, {
          method,
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      for (let i = 0; i < NODES; i += 1) {
        expect(await (await call(i, alice.token, "GET", "/api/push/vapid-key")).json()).toEqual({ public_key: vapid.publicKey });
      }
      const browser = new FakeBrowser();
      const endpoint = pushService.endpoint();
      expect((await call(0, alice.token, "POST", "/api/push/subscriptions", browser.subscription(endpoint))).status).toBe(201);
      const send = async (index: number, text: string) =>
        (
          (await (await call(index, bob.token, "POST", "/api/messages/send", { receiver_id: alice.id, message_content: text })).json()) as {
            message: { id: number };
          }
        ).message;

      // Alice's only socket is on process C; sends through A and B see it there.
      const aliceOnC = await connect(2, alice.token);
      const live = collect(aliceOnC, "message:new");
      await send(0, "through A");
      await send(1, "through B");
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(live).toHaveLength(2);
      expect(pushService.to(endpoint)).toEqual([]);

      aliceOnC.disconnect();
      await new Promise((resolve) => setTimeout(resolve, 500));
      const sent = [await send(0, "pushed by A"), await send(1, "pushed by B"), await send(2, "pushed by C")];
      await pushService.waitFor(endpoint, 3);
      // Time for any second push of the same message to arrive: none does.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const payloads = pushService.to(endpoint).map((push) => JSON.parse(browser.decrypt(push)) as { message_id: number; body: string });
      expect(payloads.map((payload) => payload.message_id).sort((a, b) => a - b)).toEqual(sent.map((message) => message.id));
      expect(payloads.map((payload) => payload.body).sort()).toEqual(["pushed by A", "pushed by B", "pushed by C"]);
    } finally {
      await pushService.close();
    }
  });

  it("signs a session out everywhere: revoked through one process, its socket on another is disconnected and its token refused on all", async () => {
    const alice = await registerAccount(urlOf(0), "cl_sessions");
    const login = await fetch(`${urlOf(1)}/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "cl_sessions", password: "reliable password" }),
    });
    const phone = ((await login.json()) as { token: string }).token;
    const get = (index: number, token: string, url: string, method = "GET") =>
      fetch(`${urlOf(index)}${url}`, { method, headers: { authorization: `Bearer ${token}` } });
    const listed = (await (await get(2, alice.token, "/api/sessions")).json()) as { sessions: Array<{ id: number; current: boolean }> };
    const phoneSession = listed.sessions.find((session) => !session.current)!;
    const phoneOnB = await connect(1, phone);
    const laptopOnC = await connect(2, alice.token);
    const strays = collect(laptopOnC, "disconnect");

    const gone = nextEvent<string>(phoneOnB, "disconnect", 1000);
    expect((await get(0, alice.token, `/api/sessions/${phoneSession.id}`, "DELETE")).status).toBe(204);
    await gone;
    for (let i = 0; i < NODES; i += 1) expect((await get(i, phone, "/api/me")).status).toBe(401);
    expect((await get(1, alice.token, "/api/me")).status).toBe(200);
    expect([laptopOnC.connected, strays]).toEqual([true, []]);
  });

  it("loses no message when a process is killed: its clients reconnect to another and resync", async () => {
    const [alice, bob] = await Promise.all([registerAccount(proxy.url, "cl_kill_a"), registerAccount(proxy.url, "cl_kill_b")]);
    const a = connectClient(proxy.url, alice);
    const b = connectClient(proxy.url, bob);
    const perSide = 200;
    let killedPort = 0;
    try {
      const reports = await exchange(a, b, perSide, 10, async (progress) => {
        while (progress() < perSide) await new Promise((resolve) => setTimeout(resolve, 10));
        // Kill the process that holds the clients' websockets, so they must move to another.
        killedPort = proxy.busiestBackend();
        expect(proxy.openConnectionsTo(killedPort)).toBeGreaterThan(0);
        await nodes.find((node) => node.port === killedPort)!.process.kill("SIGKILL");
      });
      expect(proxy.openConnectionsTo(killedPort)).toBe(0);
      const db = new Client({ connectionString: database.url });
      await db.connect();
      const stored = (await db.query("SELECT id, client_id FROM messages WHERE sender_id IN ($1, $2) ORDER BY id", [alice.id, bob.id]))
        .rows as Array<{ id: number; client_id: string }>;
      await db.end();
      expect(stored).toHaveLength(perSide * 2);
      expect(new Set(stored.map((m) => m.client_id))).toEqual(new Set([...reports.a.sent, ...reports.b.sent]));
      expect(a.messagesWith(bob.id).map((m) => m.id)).toEqual(stored.map((m) => m.id));
      expect(b.messagesWith(alice.id).map((m) => m.id)).toEqual(stored.map((m) => m.id));
      expect(reports.a.delivered).toHaveLength(perSide * 2);
      expect(reports.b.delivered).toHaveLength(perSide * 2);
      console.log(
        `cluster: ${NODES} processes, the one holding the websockets SIGKILLed mid-exchange; stored ${stored.length}, delivered a=${reports.a.delivered.length} b=${reports.b.delivered.length}`,
      );
    } finally {
      a.close();
      b.close();
    }
  });
});
