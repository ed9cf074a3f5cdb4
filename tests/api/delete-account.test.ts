import { TestServer, useTestServer } from "../helpers/test-server";

const { server } = useTestServer([], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const remove = (token: string | undefined, body: unknown) => server.request("DELETE", "/api/me", { token, body });
const logIn = (username: string, password: string) => server.request("POST", "/api/login", { body: { username, password } });
const send = (token: string, body: Record<string, unknown>) => server.request("POST", "/api/messages/send", { token, body });

describe("DELETE /api/me", () => {
  it("refuses a wrong password with 403 and deletes nothing", async () => {
    const carol = await server.register("carol");
    const response = await remove(carol.token, { password: "not my password" });
    expect([response.status, response.body]).toEqual([403, { error: "password is wrong" }]);
    expect((await server.request("GET", "/api/me", { token: carol.token })).status).toBe(200);
    expect((await logIn(carol.username, carol.password)).status).toBe(200);
  });

  it("refuses a body without a password with 400", async () => {
    const carol = await server.register("carol");
    const response = await remove(carol.token, {});
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(/password is required/) }]);
  });

  it("throttles password guesses like log-in", async () => {
    const guesser = await TestServer.start({ LOGIN_FREE_FAILURES: "2" });
    try {
      const dave = await guesser.register("dave");
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push((await guesser.request("DELETE", "/api/me", { token: dave.token, body: { password: `guess ${i}` } })).status);
      expect(statuses).toEqual([403, 403, 403]);
      expect((await guesser.request("DELETE", "/api/me", { token: dave.token, body: { password: dave.password } })).status).toBe(429);
      expect((await guesser.request("GET", "/api/me", { token: dave.token })).status).toBe(200);
    } finally {
      await guesser.close();
    }
  });

  it('ends the account at once: sessions, sockets and log-in; its messages stay with others as from "Deleted account"', async () => {
    const alice = await server.register("alice");
    const bob = await server.register("bob");
    const secondToken = (await logIn(alice.username, alice.password)).body.token as string;
    const socket = await server.connect(alice.token);
    const disconnected = new Promise<void>((resolve) => socket.once("disconnect", () => resolve()));
    const sent = await send(alice.token, { receiver_id: bob.id, message_content: "hello from alice" });
    expect(sent.status).toBe(201);
    await send(bob.token, { receiver_id: alice.id, message_content: "hi alice" });

    expect((await remove(alice.token, { password: alice.password })).status).toBe(204);
    await disconnected;
    expect((await server.request("GET", "/api/me", { token: alice.token })).status).toBe(401);
    expect((await server.request("GET", "/api/me", { token: secondToken })).status).toBe(401);
    expect((await logIn(alice.username, alice.password)).status).toBe(401);
    expect((await logIn(alice.email, alice.password)).status).toBe(401);

    // Text kept (the documented choice), attributed to the tombstone.
    const history = await server.request("GET", `/api/messages/conversation/${alice.id}`, { token: bob.token });
    expect(history.status).toBe(200);
    const texts = (history.body.messages as Array<{ sender_id: number; message_content: string }>).map((m) => [m.sender_id, m.message_content]);
    expect(texts).toEqual(
      expect.arrayContaining([
        [alice.id, "hello from alice"],
        [bob.id, "hi alice"],
      ]),
    );
    const conversations = await server.request("GET", "/api/conversations", { token: bob.token });
    const partner = conversations.body.conversations.find((c: { partner?: { id: number } }) => c.partner?.id === alice.id).partner;
    expect(partner).toEqual({
      id: alice.id,
      username: `deleted-${alice.id}`,
      display_name: "Deleted account",
      avatar_url: null,
      status_text: null,
      deleted: true,
    });
    // Nobody finds a deleted account to start something new with it.
    const search = await server.request("GET", `/api/users?search=${encodeURIComponent(`deleted-${alice.id}`)}`, { token: bob.token });
    expect(search.body.users).toEqual([]);
  });

  it("refuses what would reach the deleted account: a message (404, nothing stored), a call, a group", async () => {
    const alice = await server.register("alice");
    const bob = await server.register("bob");
    expect((await send(bob.token, { receiver_id: alice.id, message_content: "before" })).status).toBe(201);
    expect((await remove(alice.token, { password: alice.password })).status).toBe(204);

    const refused = await send(bob.token, { receiver_id: alice.id, message_content: "after" });
    expect([refused.status, refused.body]).toEqual([404, { error: expect.stringMatching(/account was deleted/) }]);
    const history = await server.request("GET", `/api/messages/conversation/${alice.id}`, { token: bob.token });
    expect((history.body.messages as Array<{ message_content: string }>).map((m) => m.message_content)).toEqual(["before"]);

    const group = await server.request("POST", "/api/groups", { token: bob.token, body: { name: "with a ghost", member_ids: [alice.id] } });
    expect([group.status, group.body]).toEqual([404, { error: `User ${alice.id} not found` }]);

    const bobTab = await server.connect(bob.token);
    try {
      expect(await bobTab.emitWithAck("call:start", { user_id: alice.id, media: "audio" })).toEqual({
        error: expect.stringMatching(/account was deleted/),
        status: 404,
      });
    } finally {
      bobTab.disconnect();
    }
  });

  it("frees the person's uploads: the file's link answers 404, the message keeps its text", async () => {
    const erin = await server.register("erin");
    const frank = await server.register("frank");
    const upload = await server.upload(erin.token, new Uint8Array(2048).fill(7), "notes.bin");
    expect(upload.status).toBe(201);
    const sent = await send(erin.token, { receiver_id: frank.id, message_content: "a file", attachment_ids: [upload.body.attachment.id] });
    const url = sent.body.message.attachments[0].url as string;
    expect((await server.fetchBytes("GET", url)).status).toBe(200);

    expect((await remove(erin.token, { password: erin.password })).status).toBe(204);
    expect((await server.fetchBytes("GET", url)).status).toBe(404);
    const history = await server.request("GET", `/api/messages/conversation/${erin.id}`, { token: frank.token });
    expect(history.body.messages).toEqual([expect.objectContaining({ message_content: "a file", attachments: [] })]);
  });

  it("leaves every group: the last admin's place goes to the longest-standing member", async () => {
    const gina = await server.register("gina");
    const hal = await server.register("hal");
    const ivy = await server.register("ivy");
    const created = await server.request("POST", "/api/groups", { token: gina.token, body: { name: "Book club", member_ids: [hal.id, ivy.id] } });
    const groupId = created.body.group.id as number;
    await send(gina.token, { group_id: groupId, message_content: "first chapter tonight" });

    expect((await remove(gina.token, { password: gina.password })).status).toBe(204);
    const group = await server.request("GET", `/api/groups/${groupId}`, { token: hal.token });
    const members = group.body.group.members as Array<{ id: number; role: string }>;
    expect(members.map((m) => m.id).sort()).toEqual([hal.id, ivy.id].sort());
    expect(members.some((m) => m.role === "admin")).toBe(true);
    const history = await server.request("GET", `/api/messages/group/${groupId}`, { token: ivy.token });
    expect(history.body.messages).toEqual(
      expect.arrayContaining([expect.objectContaining({ sender_id: gina.id, message_content: "first chapter tonight" })]),
    );
  });

  it("holds the username: registering it again, in any case, is a 409 that says why", async () => {
    const jack = await server.register("jack");
    expect((await remove(jack.token, { password: jack.password })).status).toBe(204);
    for (const username of [jack.username, jack.username.toUpperCase()]) {
      const again = await server.request("POST", "/api/register", {
        body: { username, email: `${username}-2@example.test`, password: "plum lantern orbit" },
      });
      expect([again.status, again.body]).toEqual([409, { error: "username belonged to a deleted account and is held for a while; choose another" }]);
    }
    // The email is free at once: it no longer names anyone.
    const sameEmail = await server.request("POST", "/api/register", {
      body: { username: `${jack.username}x`, email: jack.email, password: "plum lantern orbit" },
    });
    expect(sameEmail.status).toBe(201);
  });

  it("refuses the tombstone's username form at registration", async () => {
    const response = await server.request("POST", "/api/register", {
      body: { username: "deleted-42", email: "d42@example.test", password: "plum lantern orbit" },
    });
    expect([response.status, response.body]).toEqual([409, { error: "username is reserved" }]);
  });
});

describe("USERNAME_HOLD_DAYS=0", () => {
  let zero: TestServer;
  beforeAll(async () => {
    zero = await TestServer.start({ USERNAME_HOLD_DAYS: "0" });
  });
  afterAll(() => zero.close());

  it("frees the username as soon as the account is deleted", async () => {
    const kim = await zero.register("kim");
    expect((await zero.request("DELETE", "/api/me", { token: kim.token, body: { password: kim.password } })).status).toBe(204);
    const again = await zero.request("POST", "/api/register", {
      body: { username: kim.username, email: "kim-again@example.test", password: "plum lantern orbit" },
    });
    expect(again.status).toBe(201);
    expect(zero.serverErrors).toEqual([]);
  });
});
