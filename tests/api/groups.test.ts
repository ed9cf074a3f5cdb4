import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

/** What a user JSON says of someone who never set a profile. */
const NO_PROFILE = { display_name: null, avatar_url: null, status_text: null };

const {
  server,
  users: { alice, bob, carol, dave },
} = useTestServer(["alice", "bob", "carol", "dave"]);

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const createGroup = async (owner: TestUser, name: string, members: TestUser[]) => {
  const response = await api("POST", "/api/groups", owner, { name, member_ids: members.map((member) => member.id) });
  expect(response.status).toBe(201);
  return response.body.group as { id: number; name: string; members: Array<{ id: number; username: string; role: string }> };
};
const sendTo = async (from: TestUser, groupId: number, text: string) => {
  const response = await api("POST", "/api/messages/send", from, { group_id: groupId, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message as { id: number; sender_id: number; group_id: number; receiver_id: null };
};
const ids = (people: Array<{ id: number }>) => people.map((person) => person.id).sort((a, b) => a - b);
const groupRow = async (user: TestUser, groupId: number) => {
  const { body } = await api("GET", "/api/conversations", user);
  return body.conversations.find((row: { group?: { id: number } }) => row.group?.id === groupId);
};

describe("creating groups and managing members", () => {
  it("creates a group with the creator as admin and the named people as members", async () => {
    const response = await api("POST", "/api/groups", alice, { name: "  Weekend trip  ", member_ids: [bob.id, carol.id, bob.id, alice.id] });
    expect(response.status).toBe(201);
    expect(response.body.group).toEqual({
      id: expect.any(Number),
      name: "Weekend trip",
      created_by: alice.id,
      created_at: expect.any(String),
      members: expect.arrayContaining([
        { id: alice.id, username: alice.username, ...NO_PROFILE, role: "admin" },
        { id: bob.id, username: bob.username, ...NO_PROFILE, role: "member" },
        { id: carol.id, username: carol.username, ...NO_PROFILE, role: "member" },
      ]),
      members_can_pin: false,
    });
    expect(response.body.group.members).toHaveLength(3);
    const get = await api("GET", `/api/groups/${response.body.group.id}`, carol);
    expect(get.body.group).toEqual(response.body.group);
  });

  it.each([
    [{ member_ids: [1] }, "name is required"],
    [{ name: "   ", member_ids: [1] }, "name must not be empty"],
    [{ name: "x".repeat(65), member_ids: [1] }, "name must be at most 64 characters"],
    [{ name: "ok", member_ids: [] }, "member_ids must name at least one person"],
    [{ name: "ok", member_ids: "2,3" }, "member_ids must be an array of user ids"],
    [{ name: "ok", member_ids: Array.from({ length: 100 }, (_, i) => i + 1) }, "member_ids must name at most 99 people"],
    [{ name: "ok\u0000", member_ids: [1] }, "name must not contain control characters"],
  ])("refuses bad input %j with 400", async (body, error) => {
    const response = await api("POST", "/api/groups", alice, body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error });
  });

  it("refuses a group of just oneself (400) and unknown people (404), creating nothing", async () => {
    expect((await api("POST", "/api/groups", alice, { name: "me", member_ids: [alice.id] })).status).toBe(400);
    const unknown = await api("POST", "/api/groups", alice, { name: "ghosts", member_ids: [bob.id, 999999] });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: "User 999999 not found" });
    const { body } = await api("GET", "/api/conversations", alice);
    expect(body.conversations.filter((row: { group?: { name: string } }) => row.group?.name === "ghosts")).toEqual([]);
  });

  it("lets admins add, remove, promote and rename; members cannot; the creator stays", async () => {
    const group = await createGroup(alice, "team", [bob]);
    const bobTries = await api("POST", `/api/groups/${group.id}/members`, bob, { member_ids: [carol.id] });
    expect(bobTries.status).toBe(403);
    expect(bobTries.body).toEqual({ error: "Only the group's admins can do that" });

    const added = await api("POST", `/api/groups/${group.id}/members`, alice, { member_ids: [carol.id, bob.id] });
    expect(added.status).toBe(200);
    expect(ids(added.body.group.members)).toEqual(ids([alice, bob, carol]));

    const promoted = await api("PATCH", `/api/groups/${group.id}/members/${bob.id}`, alice, { role: "admin" });
    expect(promoted.body.group.members.find((m: { id: number }) => m.id === bob.id).role).toBe("admin");
    expect((await api("PATCH", `/api/groups/${group.id}/members/${alice.id}`, bob, { role: "member" })).status).toBe(403);
    expect((await api("DELETE", `/api/groups/${group.id}/members/${alice.id}`, bob)).status).toBe(403);
    expect((await api("PATCH", `/api/groups/${group.id}/members/${carol.id}`, bob, { role: "owner" })).status).toBe(400);

    const removed = await api("DELETE", `/api/groups/${group.id}/members/${carol.id}`, bob);
    expect(removed.status).toBe(200);
    expect(ids(removed.body.group.members)).toEqual(ids([alice, bob]));
    expect((await api("DELETE", `/api/groups/${group.id}/members/${carol.id}`, bob)).status).toBe(404);

    const renamed = await api("PATCH", `/api/groups/${group.id}`, bob, { name: "the team" });
    expect(renamed.body.group.name).toBe("the team");
    expect((await api("PATCH", `/api/groups/${group.id}`, carol, { name: "hijacked" })).status).toBe(403);
  });

  it("hands the admin role on when the last admin leaves, and deletes the group when the last member leaves", async () => {
    const group = await createGroup(alice, "relay", [bob, carol]);
    const left = await api("POST", `/api/groups/${group.id}/leave`, alice);
    expect(left.body).toEqual({ group_id: group.id, left: true });
    const after = await api("GET", `/api/groups/${group.id}`, bob);
    // Bob and Carol joined in the same instant: the tie goes to the older account.
    const [first, second] = [bob, carol].sort((a, b) => a.id - b.id);
    expect(after.body.group.members).toEqual([
      { id: first!.id, username: first!.username, ...NO_PROFILE, role: "admin" },
      { id: second!.id, username: second!.username, ...NO_PROFILE, role: "member" },
    ]);
    expect((await api("GET", `/api/groups/${group.id}`, alice)).status).toBe(403);
    expect((await api("POST", `/api/groups/${group.id}/leave`, alice)).status).toBe(403);
    await api("POST", `/api/groups/${group.id}/leave`, bob);
    await api("POST", `/api/groups/${group.id}/leave`, carol);
    expect((await api("GET", `/api/groups/${group.id}`, carol)).status).toBe(404);
  });
});

describe("group messages", () => {
  it("sends, pages and catches up like a direct conversation; the original send contract gains group_id", async () => {
    const group = await createGroup(alice, "history", [bob, carol]);
    const sent = [];
    for (let i = 0; i < 7; i++) sent.push(await sendTo([alice, bob, carol][i % 3]!, group.id, `message ${i}`));
    expect(sent[0]).toEqual({
      id: expect.any(Number),
      sender_id: alice.id,
      receiver_id: null,
      group_id: group.id,
      message_content: "message 0",
      timestamp: expect.any(String),
      client_id: expect.any(String),
      edited_at: null,
      deleted_at: null,
      kind: "text",
      notice: null,
      attachments: [],
      reply_to: null,
      reactions: [],
      mentions: [],
      forwarded_from: null,
      pinned: false,
      link_preview: null,
    });
    const newest = await api("GET", `/api/messages/group/${group.id}?limit=3`, carol);
    expect(newest.status).toBe(200);
    expect(newest.body.messages.map((m: { id: number }) => m.id)).toEqual(sent.slice(4).map((m) => m.id));
    expect(newest.body.has_more).toBe(true);
    expect(newest.body.group.id).toBe(group.id);
    const older = await api("GET", `/api/messages/group/${group.id}?limit=3&before=${sent[4]!.id}`, carol);
    expect(older.body.messages.map((m: { id: number }) => m.id)).toEqual(sent.slice(1, 4).map((m) => m.id));
    const after = await api("GET", `/api/messages/group/${group.id}?after=${sent[4]!.id}`, carol);
    expect(after.body.messages.map((m: { id: number }) => m.id)).toEqual(sent.slice(5).map((m) => m.id));
    expect(after.body.has_more).toBe(false);
  });

  it("is idempotent by client_id", async () => {
    const group = await createGroup(alice, "retries", [bob]);
    const body = { group_id: group.id, message_content: "once", client_id: "6f1c1f0e-7d2b-4c8e-9a57-0a4a3b2c1d0e" };
    const first = await api("POST", "/api/messages/send", alice, body);
    const retry = await api("POST", "/api/messages/send", alice, body);
    expect([first.status, retry.status]).toEqual([201, 200]);
    expect(retry.body.message).toEqual(first.body.message);
    expect((await api("POST", "/api/messages/send", alice, { ...body, message_content: "other" })).status).toBe(409);
  });

  it("keeps non-members out: no reading, posting, receipts, typing or editing (403), unknown groups 404", async () => {
    const group = await createGroup(alice, "private", [bob]);
    const message = await sendTo(bob, group.id, "members only");
    const cases: Array<[string, string, unknown]> = [
      ["GET", `/api/messages/group/${group.id}`, undefined],
      ["POST", "/api/messages/send", { group_id: group.id, message_content: "let me in" }],
      ["POST", "/api/messages/read", { group_id: group.id, up_to_id: message.id }],
      ["POST", "/api/messages/delivered", { group_id: group.id, up_to_id: message.id }],
      ["GET", `/api/groups/${group.id}`, undefined],
      ["POST", `/api/groups/${group.id}/members`, { member_ids: [dave.id] }],
    ];
    for (const [method, path, body] of cases) {
      const response = await api(method, path, dave, body);
      expect([path, response.status, response.body]).toEqual([path, 403, { error: expect.any(String) }]);
    }
    expect((await api("PATCH", `/api/messages/${message.id}`, dave, { message_content: "x" })).status).toBe(404);
    expect((await api("DELETE", `/api/messages/${message.id}`, dave)).status).toBe(404);
    expect((await api("GET", "/api/messages/group/999999", dave)).status).toBe(404);
    expect((await api("POST", "/api/messages/send", dave, { group_id: 999999, message_content: "x" })).status).toBe(404);
    const both = await api("POST", "/api/messages/send", alice, { group_id: group.id, receiver_id: bob.id, message_content: "x" });
    expect(both.status).toBe(400);
    expect(both.body).toEqual({ error: "receiver_id or group_id is required (one of them, not both)" });
    const page = await api("GET", `/api/messages/group/${group.id}`, alice);
    expect(page.body.messages.map((m: { kind: string; message_content: string }) => [m.kind, m.message_content])).toEqual([
      ["system", `${alice.username} created the group “private”`],
      ["text", "members only"],
    ]);
  });

  it("a removed member loses access to history, new messages and search hits", async () => {
    const group = await createGroup(alice, "narwhal fans", [bob, carol]);
    await sendTo(alice, group.id, "narwhals are real");
    const carolFinds = await api("GET", "/api/search?q=narwhals", carol);
    expect(carolFinds.body.results).toEqual([
      expect.objectContaining({ group_id: group.id, group_name: "narwhal fans", partner_id: null, partner_username: null }),
    ]);
    await api("DELETE", `/api/groups/${group.id}/members/${carol.id}`, alice);
    await sendTo(bob, group.id, "narwhals again");
    expect((await api("GET", `/api/messages/group/${group.id}`, carol)).status).toBe(403);
    expect((await api("GET", "/api/search?q=narwhals", carol)).body.results).toEqual([]);
    expect(await groupRow(carol, group.id)).toBeUndefined();
    expect((await api("GET", "/api/search?q=narwhals", bob)).body.results).toHaveLength(2);
  });

  it("counts unread per member, clears it on read, does not count deleted messages, and new members start at zero", async () => {
    const group = await createGroup(alice, "unread", [bob, carol]);
    const one = await sendTo(alice, group.id, "one");
    await sendTo(alice, group.id, "two");
    const three = await sendTo(bob, group.id, "three");
    expect((await groupRow(carol, group.id)).unread_count).toBe(3);
    expect((await groupRow(bob, group.id)).unread_count).toBe(2);
    expect((await groupRow(alice, group.id)).unread_count).toBe(1);

    const read = await api("POST", "/api/messages/read", carol, { group_id: group.id, up_to_id: one.id });
    expect(read.body.receipt).toEqual({ user_id: carol.id, group_id: group.id, read_up_to_id: one.id, delivered_up_to_id: one.id });
    expect((await groupRow(carol, group.id)).unread_count).toBe(2);
    await api("DELETE", `/api/messages/${three.id}`, bob);
    expect((await groupRow(carol, group.id)).unread_count).toBe(1);
    expect((await groupRow(alice, group.id)).unread_count).toBe(0);
    // A marker never passes the group's newest message, and never moves back.
    const future = await api("POST", "/api/messages/read", carol, { group_id: group.id, up_to_id: 2 ** 31 - 1 });
    expect(future.body.receipt.read_up_to_id).toBe(three.id);
    const back = await api("POST", "/api/messages/read", carol, { group_id: group.id, up_to_id: one.id });
    expect(back.body.receipt.read_up_to_id).toBe(three.id);

    await api("POST", `/api/groups/${group.id}/members`, alice, { member_ids: [dave.id] });
    const daveRow = await groupRow(dave, group.id);
    expect(daveRow).toMatchObject({ group: { id: group.id, name: "unread", member_count: 4 }, unread_count: 0 });
    const history = await api("GET", `/api/messages/group/${group.id}`, dave);
    // The whole history, with the notices of the group's creation and of Dave joining (never unread).
    expect(history.body.messages.map((m: { kind: string }) => m.kind)).toEqual(["system", "text", "text", "text", "system"]);
    expect(history.body.messages.at(-1).message_content).toBe(`${alice.username} added ${dave.username}`);
    expect(history.body.my_receipt).toEqual({ user_id: dave.id, group_id: group.id, read_up_to_id: three.id, delivered_up_to_id: three.id });
    expect(ids(history.body.member_receipts.map((r: { user_id: number }) => ({ id: r.user_id })))).toEqual(ids([alice, bob, carol]));
  });

  it("lists groups among conversations by activity, with the last message and its author", async () => {
    const fresh = await server.register("erin");
    const group = await createGroup(alice, "listing", [fresh]);
    // A new group's latest message is the notice of its creation, which is never unread.
    expect((await api("GET", "/api/conversations", fresh)).body.conversations).toEqual([
      {
        group: { id: group.id, name: "listing", member_count: 2 },
        last_message: expect.objectContaining({ kind: "system", message_content: `${alice.username} created the group “listing”` }),
        last_sender: { id: alice.id, username: alice.username, ...NO_PROFILE },
        unread_count: 0,
        mention_count: 0,
        first_unread_id: null,
      },
    ]);
    await api("POST", "/api/messages/send", bob, { receiver_id: fresh.id, message_content: "direct" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const last = await sendTo(alice, group.id, "group news");
    const { body } = await api("GET", "/api/conversations", fresh);
    expect(body.conversations).toEqual([
      {
        group: { id: group.id, name: "listing", member_count: 2 },
        last_message: last,
        last_sender: { id: alice.id, username: alice.username, ...NO_PROFILE },
        unread_count: 1,
        mention_count: 0,
        first_unread_id: last.id,
      },
      expect.objectContaining({ partner: { id: bob.id, username: bob.username, ...NO_PROFILE }, unread_count: 1 }),
    ]);
  });

  it("edits and deletes own group messages only", async () => {
    const group = await createGroup(alice, "edits", [bob]);
    const message = await sendTo(alice, group.id, "typo");
    expect((await api("PATCH", `/api/messages/${message.id}`, bob, { message_content: "mine now" })).status).toBe(403);
    const edited = await api("PATCH", `/api/messages/${message.id}`, alice, { message_content: "fixed" });
    expect(edited.body.message).toMatchObject({ id: message.id, group_id: group.id, message_content: "fixed", edited_at: expect.any(String) });
    const deleted = await api("DELETE", `/api/messages/${message.id}`, alice);
    expect(deleted.body.message).toMatchObject({ message_content: "", deleted_at: expect.any(String) });
  });
});

describe("group notices", () => {
  it("records each change in the timeline, in English and as data; never unread, never searchable, never editable", async () => {
    const group = await createGroup(alice, "notices", [bob]);
    await api("POST", `/api/groups/${group.id}/members`, alice, { member_ids: [carol.id, dave.id] });
    await api("PATCH", `/api/groups/${group.id}`, alice, { name: "notices, renamed" });
    await api("PATCH", `/api/groups/${group.id}`, alice, { name: "notices, renamed" });
    await api("PATCH", `/api/groups/${group.id}/members/${bob.id}`, alice, { role: "admin" });
    await api("PATCH", `/api/groups/${group.id}/members/${bob.id}`, alice, { role: "admin" });
    await api("PATCH", `/api/groups/${group.id}/members/${bob.id}`, alice, { role: "member" });
    await api("DELETE", `/api/groups/${group.id}/members/${dave.id}`, alice);
    await api("POST", `/api/groups/${group.id}/leave`, carol);
    const { body } = await api("GET", `/api/messages/group/${group.id}`, bob);
    const a = { id: alice.id, username: alice.username };
    // Changes that change nothing (the same name, the same role) leave no notice.
    expect(body.messages.map((m: { kind: string; message_content: string; notice: unknown }) => [m.kind, m.message_content, m.notice])).toEqual([
      ["system", `${alice.username} created the group “notices”`, { event: "created", actor: a, name: "notices" }],
      [
        "system",
        `${alice.username} added ${carol.username} and ${dave.username}`,
        {
          event: "added",
          actor: a,
          users: [
            { id: carol.id, username: carol.username },
            { id: dave.id, username: dave.username },
          ],
        },
      ],
      ["system", `${alice.username} renamed the group to “notices, renamed”`, { event: "renamed", actor: a, name: "notices, renamed" }],
      ["system", `${alice.username} made ${bob.username} an admin`, { event: "promoted", actor: a, users: [{ id: bob.id, username: bob.username }] }],
      [
        "system",
        `${alice.username} removed ${bob.username} as admin`,
        { event: "demoted", actor: a, users: [{ id: bob.id, username: bob.username }] },
      ],
      ["system", `${alice.username} removed ${dave.username}`, { event: "removed", actor: a, users: [{ id: dave.id, username: dave.username }] }],
      ["system", `${carol.username} left`, { event: "left", actor: { id: carol.id, username: carol.username } }],
    ]);
    expect((await groupRow(bob, group.id)).unread_count).toBe(0);
    expect((await api("GET", "/api/search?q=renamed", bob)).body.results).toEqual([]);
    const notice = body.messages[0];
    expect((await api("PATCH", `/api/messages/${notice.id}`, alice, { message_content: "rewrite history" })).status).toBe(409);
    expect((await api("DELETE", `/api/messages/${notice.id}`, alice)).status).toBe(409);
    expect((await api("DELETE", `/api/messages/${notice.id}`, bob)).status).toBe(403);
  });

  it("pushes each notice live to the members of the moment, not to whoever was removed", async () => {
    const group = await createGroup(alice, "live notices", [bob, carol]);
    const [bobTab, carolTab] = await Promise.all([server.connect(bob.token), server.connect(carol.token)]);
    const bobHears = nextEvent(bobTab, "message:new");
    const carolHears = collect(carolTab, "message:new");
    await api("DELETE", `/api/groups/${group.id}/members/${carol.id}`, alice);
    expect(await bobHears).toMatchObject({ kind: "system", group_id: group.id, notice: { event: "removed", users: [{ id: carol.id }] } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(carolHears).toEqual([]);
    [bobTab, carolTab].forEach((tab) => tab.disconnect());
  });
});

describe("group events over sockets", () => {
  it("delivers a group message live to every member's tabs except the sending one, and nobody else", async () => {
    const group = await createGroup(alice, "live", [bob, carol]);
    const [aliceTab, aliceOtherTab, bobTab, carolTab, daveTab] = await Promise.all([
      server.connect(alice.token),
      server.connect(alice.token),
      server.connect(bob.token),
      server.connect(carol.token),
      server.connect(dave.token),
    ]);
    const aliceSees = collect(aliceTab, "message:new");
    const daveSees = collect(daveTab, "message:new");
    const others = [aliceOtherTab, bobTab, carolTab].map((tab) => nextEvent(tab, "message:new"));
    const ack = await emitWithAck(aliceTab, "message:send", { group_id: group.id, message_content: "hello group" });
    expect(ack.message).toMatchObject({ sender_id: alice.id, group_id: group.id, receiver_id: null, message_content: "hello group" });
    for (const received of await Promise.all(others)) expect(received).toEqual(ack.message);
    const refused = await emitWithAck(daveTab, "message:send", { group_id: group.id, message_content: "sneaky" });
    expect(refused).toEqual({ error: "You are not a member of this group", status: 403 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(aliceSees).toEqual([]);
    expect(daveSees).toEqual([]);
    [aliceTab, aliceOtherTab, bobTab, carolTab, daveTab].forEach((tab) => tab.disconnect());
  });

  it("relays receipts, typing, edits, deletions and membership changes to the members", async () => {
    const group = await createGroup(alice, "events", [bob, carol]);
    const [aliceTab, bobTab, carolTab, daveTab] = await Promise.all([
      server.connect(alice.token),
      server.connect(bob.token),
      server.connect(carol.token),
      server.connect(dave.token),
    ]);
    const daveHears = [collect(daveTab, "typing"), collect(daveTab, "message:status"), collect(daveTab, "message:updated")];
    const message = await sendTo(alice, group.id, "status please");

    const aliceHearsRead = nextEvent(aliceTab, "message:status");
    expect(await emitWithAck(bobTab, "message:read", { group_id: group.id, up_to_id: message.id })).toEqual({
      receipt: { user_id: bob.id, group_id: group.id, delivered_up_to_id: message.id, read_up_to_id: message.id },
    });
    expect(await aliceHearsRead).toEqual({ user_id: bob.id, group_id: group.id, delivered_up_to_id: message.id, read_up_to_id: message.id });

    const typingAtAlice = nextEvent(aliceTab, "typing");
    const typingAtCarol = nextEvent(carolTab, "typing");
    expect(await emitWithAck(bobTab, "typing:start", { group_id: group.id })).toEqual({ ok: true });
    expect(await typingAtAlice).toEqual({ user_id: bob.id, group_id: group.id, typing: true });
    expect(await typingAtCarol).toEqual({ user_id: bob.id, group_id: group.id, typing: true });
    expect(await emitWithAck(daveTab, "typing:start", { group_id: group.id })).toEqual({ error: "You are not a member of this group", status: 403 });

    const carolSeesEdit = nextEvent(carolTab, "message:updated");
    await api("PATCH", `/api/messages/${message.id}`, alice, { message_content: "status, please" });
    expect(await carolSeesEdit).toMatchObject({ id: message.id, message_content: "status, please" });
    const bobSeesDeleted = nextEvent(bobTab, "message:deleted");
    await api("DELETE", `/api/messages/${message.id}`, alice);
    expect(await bobSeesDeleted).toMatchObject({ id: message.id, deleted_at: expect.any(String) });

    const daveJoins = nextEvent(daveTab, "group:updated");
    const carolHearsJoin = nextEvent(carolTab, "group:updated");
    await api("POST", `/api/groups/${group.id}/members`, alice, { member_ids: [dave.id] });
    expect(ids((await daveJoins).members)).toEqual(ids([alice, bob, carol, dave]));
    expect((await carolHearsJoin).id).toBe(group.id);
    const carolRemoved = nextEvent(carolTab, "group:removed");
    await api("DELETE", `/api/groups/${group.id}/members/${carol.id}`, alice);
    expect(await carolRemoved).toEqual({ group_id: group.id });
    const carolGetsNothing = collect(carolTab, "message:new");
    await sendTo(bob, group.id, "after carol left");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(carolGetsNothing).toEqual([]);
    expect(daveHears.map((events) => events.length)).toEqual([0, 0, 0]);
    [aliceTab, bobTab, carolTab, daveTab].forEach((tab) => tab.disconnect());
  });
});
