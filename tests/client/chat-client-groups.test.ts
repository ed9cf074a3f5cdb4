/**
 * The app's ChatClient in group chats, against a real server: conversation keys (`g:<id>` beside
 * `u:<id>`), history pages and catch-up after a reconnect, the persisted outbox (typed order,
 * client_id retries, entries persisted before groups), delivered/read over every other current
 * member, several people typing at once, edits and deletions, and the group itself (create,
 * rename, add, roles, remove, leave; `group:updated` / `group:removed`, also while offline).
 */
import {
  ApiError,
  ChatClient,
  type GroupJson,
  groupKey,
  MemoryStorage,
  type MessageJson,
  NOT_A_MEMBER,
  type OutboxEntry,
  userKey,
} from "@chat-app/client";
import { TestServer, type TestUser } from "../helpers/test-server";
import { connected, socketOf, TestClients, until } from "./test-clients";

let server: TestServer;
const testClients = new TestClients(() => server);
const connect = testClients.connect;

beforeAll(async () => {
  // Seeding history sends many messages over REST at once.
  server = await TestServer.start({ REQUESTS_PER_USER_PER_SECOND: "1000" });
});
afterAll(async () => {
  testClients.closeAll();
  await server.close();
});
afterEach(() => expect(server.serverErrors).toEqual([]));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The client's socket, for tests that cut and restore the connection. */
/** What people wrote in a conversation as the client holds it (group notices left out). */
const said = (client: ChatClient, key: Parameters<ChatClient["messagesWith"]>[0]) =>
  client.messagesWith(key).filter((message) => message.kind !== "system");
const texts = (messages: readonly MessageJson[]) => messages.map((m) => m.message_content);

async function trio(): Promise<[TestUser, TestUser, TestUser]> {
  return Promise.all([server.register("alice"), server.register("bob"), server.register("carol")]);
}

async function createGroupRest(owner: TestUser, name: string, members: TestUser[]): Promise<GroupJson> {
  const response = await server.request("POST", "/api/groups", { token: owner.token, body: { name, member_ids: members.map((m) => m.id) } });
  if (response.status !== 201) throw new Error(`create group: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.group;
}

async function sendGroupRest(from: TestUser, groupId: number, text: string, clientId?: string): Promise<MessageJson> {
  const response = await server.request("POST", "/api/messages/send", {
    token: from.token,
    body: { group_id: groupId, message_content: text, ...(clientId ? { client_id: clientId } : {}) },
  });
  if (response.status !== 201 && response.status !== 200) throw new Error(`send: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.message;
}

describe("ChatClient group history", () => {
  it("loads a group's newest page and older ones, keyed apart from direct chats, and catches up after a reconnect", async () => {
    const [alice, bob, carol] = await trio();
    const group = await createGroupRest(alice, "History", [bob, carol]);
    const key = groupKey(group.id);
    for (let i = 1; i <= 60; i += 1) await sendGroupRest(i % 2 ? alice : carol, group.id, `g${String(i).padStart(2, "0")}`);
    // A direct message between the same people stays in its own conversation.
    await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: bob.id, message_content: "just us" } });

    const b = connect(bob);
    await connected(b);
    expect(await b.loadLatest(key, 25)).toBe(true);
    expect(texts(said(b, key))).toEqual(Array.from({ length: 25 }, (_, i) => `g${String(i + 36).padStart(2, "0")}`));
    expect(b.group(group.id)).toMatchObject({ id: group.id, name: "History" });
    expect(await b.loadOlder(key, 25)).toBe(true);
    expect(await b.loadOlder(key, 25)).toBe(false);
    const all = said(b, key);
    expect(texts(all)).toEqual(Array.from({ length: 60 }, (_, i) => `g${String(i + 1).padStart(2, "0")}`));
    expect(all.every((m) => m.group_id === group.id && m.receiver_id === null)).toBe(true);
    expect(new Set(all.map((m) => m.id)).size).toBe(60);
    await b.loadLatest(alice.id);
    expect(texts(said(b, userKey(alice.id)))).toEqual(["just us"]);
    // A bare number still means a person (callers written before groups).
    expect(b.messagesWith(alice.id)).toBe(b.messagesWith(userKey(alice.id)));

    // The connection drops; messages sent meanwhile arrive with the catch-up after it.
    const socket = socketOf(b);
    socket.disconnect();
    await until("down", () => b.connection === "reconnecting");
    const missed = [await sendGroupRest(carol, group.id, "while bob was away"), await sendGroupRest(alice, group.id, "also missed")];
    const heard: [MessageJson, string][] = [];
    b.on("message", (message, k) => heard.push([message, k]));
    socket.connect();
    await until("caught up", () => said(b, key).length === 62);
    expect(said(b, key).slice(-2)).toEqual(missed);
    expect(heard.map(([m, k]) => [m.message_content, k])).toEqual([
      ["while bob was away", key],
      ["also missed", key],
    ]);
  });
});

describe("ChatClient group outbox", () => {
  it("sends to groups and people from one queue in typed order, retries by client_id without duplicates, and loads entries persisted before groups", async () => {
    const [alice, bob, carol] = await trio();
    const group = await createGroupRest(alice, "Outbox", [bob, carol]);
    // One message already reached the server, but its acknowledgement never came back.
    const retryId = crypto.randomUUID();
    const stored = await sendGroupRest(alice, group.id, "stored once", retryId);
    const storage = new MemoryStorage();
    const persisted: object[] = [
      // Written before groups existed: no group_id at all.
      { client_id: crypto.randomUUID(), receiver_id: bob.id, message_content: "from an old outbox", created_at: 1 },
      { client_id: retryId, group_id: group.id, message_content: "stored once", created_at: 2 },
      { client_id: crypto.randomUUID(), group_id: group.id, message_content: "queued for the group", created_at: 3 },
    ];
    storage.setItem(`chat.outbox.${alice.id}`, JSON.stringify(persisted));

    const a = connect(alice, { storage, socketOptions: { transports: ["websocket"], autoConnect: false } });
    expect(a.pendingTo(bob.id).map((e) => e.message_content)).toEqual(["from an old outbox"]);
    expect(a.pendingTo(groupKey(group.id)).map((e) => e.message_content)).toEqual(["stored once", "queued for the group"]);
    // Typed while offline, to the group and to Bob in turn.
    a.send(groupKey(group.id), "offline 1");
    a.send(bob.id, "offline 2");
    a.send(groupKey(group.id), "offline 3");
    expect(JSON.parse(storage.getItem(`chat.outbox.${alice.id}`)!).slice(-3)).toEqual([
      expect.objectContaining({ group_id: group.id, message_content: "offline 1" }),
      expect.objectContaining({ receiver_id: bob.id, message_content: "offline 2" }),
      expect.objectContaining({ group_id: group.id, message_content: "offline 3" }),
    ]);

    socketOf(a).connect();
    await until("outbox drained", () => a.outbox.all().length === 0, 10_000);
    const b = connect(bob);
    await connected(b);
    await b.loadLatest(groupKey(group.id));
    await b.loadLatest(alice.id);
    expect(texts(said(b, groupKey(group.id)))).toEqual(["stored once", "queued for the group", "offline 1", "offline 3"]);
    expect(said(b, groupKey(group.id))[0]!.id).toBe(stored.id);
    expect(texts(said(b, alice.id))).toEqual(["from an old outbox", "offline 2"]);
    // Server order is typed order, across both conversations.
    const sent = [...said(b, groupKey(group.id)), ...said(b, alice.id)].filter((m) => m.id !== stored.id).sort((x, y) => x.id - y.id);
    expect(texts(sent)).toEqual(["from an old outbox", "queued for the group", "offline 1", "offline 2", "offline 3"]);
  });
});

describe("ChatClient group receipts", () => {
  it("shows delivered once every other member has a message and read once every one read it; a removed member no longer counts", async () => {
    const [alice, bob, carol] = await trio();
    const a = connect(alice);
    const b = connect(bob);
    const c = connect(carol);
    await Promise.all([connected(a), connected(b), connected(c)]);
    const group = await a.createGroup("Receipts", [bob.id, carol.id]);
    const key = groupKey(group.id);
    await Promise.all([a.loadLatest(key), b.loadLatest(key), c.loadLatest(key)]);

    a.send(key, "hello both");
    await until("stored", () => said(a, key).length === 1);
    const hello = said(a, key)[0]!;
    // Both clients took it in live and reported delivery by themselves.
    await until("delivered", () => a.statusOf(hello) === "delivered");
    expect(a.receiptsWith(key).members.get(bob.id)).toMatchObject({ user_id: bob.id, group_id: group.id, delivered_up_to_id: hello.id });
    expect(a.receiptsWith(key).members.get(carol.id)).toMatchObject({ delivered_up_to_id: hello.id });

    b.markRead(key, hello.id);
    await until("bob's read heard", () => a.receiptsWith(key).members.get(bob.id)?.read_up_to_id === hello.id);
    // Carol has not read it: still only delivered.
    expect(a.statusOf(hello)).toBe("delivered");
    c.markRead(key, hello.id);
    await until("read by all", () => a.statusOf(hello) === "read");
    expect(c.receiptsWith(key).mine.read_up_to_id).toBe(hello.id);

    // A fresh tab of Alice's learns every member's receipt from the page.
    const a2 = connect(alice);
    await connected(a2);
    await a2.loadLatest(key);
    expect(a2.statusOf(said(a2, key)[0]!)).toBe("read");
    expect([...a2.receiptsWith(key).members.keys()].sort()).toEqual([bob.id, carol.id].sort());

    // Bob reads the next one, Carol does not; once Carol is removed only Bob counts.
    a.send(key, "second");
    await until("second stored", () => said(a, key).length === 2);
    const second = said(a, key)[1]!;
    await until("second reached bob", () => said(b, key).length === 2);
    b.markRead(key, second.id);
    await until("bob read second", () => a.receiptsWith(key).members.get(bob.id)?.read_up_to_id === second.id);
    expect(a.statusOf(second)).not.toBe("read");
    await a.removeMember(group.id, carol.id);
    expect(a.statusOf(second)).toBe("read");
    // The other tab hears the change from the server.
    await until("other tab follows", () => a2.group(group.id)?.members.length === 2);
    await until("other tab sees read", () => said(a2, key).length === 2 && a2.statusOf(said(a2, key)[1]!) === "read");
  });
});

describe("ChatClient group typing", () => {
  it("tells who of several people is typing, and a message from one clears only theirs", async () => {
    const [alice, bob, carol] = await trio();
    const a = connect(alice, { typingExpiryMs: 60_000 });
    const b = connect(bob, { typingIdleMs: 60_000 });
    const c = connect(carol, { typingIdleMs: 60_000 });
    await Promise.all([connected(a), connected(b), connected(c)]);
    const group = await createGroupRest(alice, "Typing", [bob, carol]);
    const key = groupKey(group.id);
    const events: [string, number, boolean][] = [];
    a.on("typing", (k, userId, typing) => events.push([k, userId, typing]));

    b.typing(key);
    await until("bob typing", () => a.isTyping(key, bob.id));
    c.typing(key);
    await until("carol typing", () => a.isTyping(key, carol.id));
    expect(a.typists(key)).toEqual([bob.id, carol.id]);
    expect(a.isTyping(key)).toBe(true);
    // Not in the direct chats with them.
    expect(a.isTyping(bob.id)).toBe(false);

    b.send(key, "done");
    await until("bob's stop", () => !a.isTyping(key, bob.id));
    expect(a.typists(key)).toEqual([carol.id]);
    // Carol's message over REST (no stop sent): the message itself clears her indicator.
    await sendGroupRest(carol, group.id, "me too");
    await until("carol cleared", () => a.typists(key).length === 0);
    expect(a.isTyping(key)).toBe(false);
    expect(events).toEqual([
      [key, bob.id, true],
      [key, carol.id, true],
      [key, bob.id, false],
      [key, carol.id, false],
    ]);
  });
});

describe("ChatClient group edits", () => {
  it("edits and deletions reach every member live", async () => {
    const [alice, bob, carol] = await trio();
    const a = connect(alice);
    const b = connect(bob);
    const c = connect(carol);
    await Promise.all([connected(a), connected(b), connected(c)]);
    const group = await a.createGroup("Edits", [bob.id, carol.id]);
    const key = groupKey(group.id);
    await Promise.all([a.loadLatest(key), b.loadLatest(key), c.loadLatest(key)]);
    const updates: [string, MessageJson, string][] = [];
    b.on("updated", (message, k) => updates.push(["bob", message, k]));
    c.on("updated", (message, k) => updates.push(["carol", message, k]));

    a.send(key, "teh plan");
    await until("both have it", () => said(b, key).length === 1 && said(c, key).length === 1);
    const original = said(a, key)[0]!;
    const edited = await a.edit(original.id, "the plan");
    await until("both see the edit", () => [b, c].every((x) => said(x, key)[0]!.message_content === "the plan"));
    await a.remove(original.id);
    await until("both see the deletion", () => [b, c].every((x) => Boolean(said(x, key)[0]!.deleted_at)));
    expect(said(c, key)[0]!.message_content).toBe("");
    // One `updated` per change for each (message:updated and message:deleted carry the same copy).
    expect(updates.filter(([who]) => who === "bob").map(([, m]) => m.message_content)).toEqual(["the plan", ""]);
    expect(updates.filter(([who]) => who === "carol").map(([, m, k]) => [m.message_content, k])).toEqual([
      ["the plan", key],
      ["", key],
    ]);
    expect(edited.group_id).toBe(group.id);
    // Someone else's group message cannot be edited.
    await expect(b.edit(original.id, "bob's words")).rejects.toMatchObject({ name: "ApiError", status: 403 });
  });
});

describe("ChatClient group membership", () => {
  it("keeps each member's copy of the group current: create, rename, add, roles, remove, leave", async () => {
    const [alice, bob, carol] = await trio();
    const a = connect(alice);
    const b = connect(bob);
    const c = connect(carol);
    await Promise.all([connected(a), connected(b), connected(c)]);
    const bobGroups: GroupJson[] = [];
    const bobRemoved: number[] = [];
    b.on("group", (group) => bobGroups.push(group));
    b.on("groupRemoved", (id) => bobRemoved.push(id));
    const carolGroups: GroupJson[] = [];
    c.on("group", (group) => carolGroups.push(group));

    const group = await a.createGroup("  Weekend  ", [bob.id, bob.id, alice.id]);
    expect(group).toMatchObject({ name: "Weekend", created_by: alice.id });
    expect(group.members.map((m) => [m.id, m.role]).sort()).toEqual(
      [
        [alice.id, "admin"],
        [bob.id, "member"],
      ].sort(),
    );
    expect(a.group(group.id)).toEqual(group);
    await until("bob heard of it", () => b.group(group.id)?.name === "Weekend");
    expect(c.group(group.id)).toBeUndefined();

    await a.renameGroup(group.id, "Long weekend");
    await until("renamed for bob", () => b.group(group.id)?.name === "Long weekend");
    await a.addMembers(group.id, [carol.id]);
    await until("carol added", () => c.group(group.id)?.members.length === 3);
    expect(carolGroups.at(-1)!.name).toBe("Long weekend");
    expect(c.isMember(group.id)).toBe(true);
    await a.setRole(group.id, carol.id, "admin");
    await until("carol is admin for bob", () => b.group(group.id)?.members.find((m) => m.id === carol.id)?.role === "admin");
    // Bob is no admin: the server refuses, and the client passes that on.
    await expect(b.renameGroup(group.id, "Mine")).rejects.toMatchObject({ name: "ApiError", status: 403 });
    expect(b.isMember(group.id)).toBe(true);

    // Carol (now an admin) removes Bob: he hears it, can no longer load or post, and his queued sends fail.
    const key = groupKey(group.id);
    await b.loadLatest(key);
    await c.removeMember(group.id, bob.id);
    await until("bob removed", () => bobRemoved.includes(group.id));
    expect(b.isMember(group.id)).toBe(false);
    await expect(b.loadLatest(key)).rejects.toMatchObject({ status: 403 });
    const entry: OutboxEntry = b.send(key, "let me back in");
    expect(b.pendingTo(key)).toEqual([{ ...entry, failed: NOT_A_MEMBER }]);
    b.markRead(key, 1_000_000);
    b.typing(key);
    await until("alice sees two members", () => a.group(group.id)?.members.length === 2);
    await sendGroupRest(alice, group.id, "after bob left");
    await pause(200);
    expect(texts(said(b, key))).not.toContain("after bob left");
    // A reconnect does not try to catch up a group he is out of (nothing refused, nothing logged).
    socketOf(b).io.engine.close();
    await until("bob back", () => b.connection === "connected");
    await pause(300);
    expect(bobRemoved).toEqual([group.id]);

    // Carol leaves; Alice stays as the only member and admin.
    const carolRemoved: number[] = [];
    c.on("groupRemoved", (id) => carolRemoved.push(id));
    await c.leaveGroup(group.id);
    expect(carolRemoved).toEqual([group.id]);
    expect(c.isMember(group.id)).toBe(false);
    await until("alice alone", () => a.group(group.id)?.members.length === 1);
    // Adding Bob back makes him a member again.
    await a.addMembers(group.id, [bob.id]);
    await until("bob is back", () => b.isMember(group.id) && b.group(group.id)?.members.length === 2);
    b.retry(entry.client_id);
    await until("the failed one went after all", () => b.pendingTo(key).length === 0);
    expect(await server.request("GET", `/api/messages/group/${group.id}`, { token: alice.token }).then((r) => texts(r.body.messages))).toContain(
      "let me back in",
    );
  });

  it("notices a removal that happened while it was offline, at the next catch-up", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const group = await createGroupRest(alice, "Quiet exit", [bob]);
    const key = groupKey(group.id);
    const b = connect(bob);
    await connected(b);
    await b.loadLatest(key);
    const removed: number[] = [];
    b.on("groupRemoved", (id) => removed.push(id));
    socketOf(b).disconnect();
    await until("down", () => b.connection === "reconnecting");
    const response = await server.request("DELETE", `/api/groups/${group.id}/members/${bob.id}`, { token: alice.token });
    expect(response.status).toBe(200);
    socketOf(b).connect();
    await until("removal noticed", () => removed.includes(group.id));
    expect(b.isMember(group.id)).toBe(false);
  });

  it("passes the server's refusals on as ApiErrors", async () => {
    const [alice, bob, carol] = await trio();
    const a = connect(alice);
    await connected(a);
    await expect(a.createGroup("   ", [bob.id])).rejects.toBeInstanceOf(ApiError);
    await expect(a.createGroup("No one", [])).rejects.toMatchObject({ status: 400 });
    await expect(a.createGroup("Ghosts", [999_999])).rejects.toMatchObject({ status: 404 });
    const group = await createGroupRest(bob, "Not hers", [carol]);
    await expect(a.fetchGroup(group.id)).rejects.toMatchObject({ status: 403 });
    await expect(a.fetchGroup(999_999)).rejects.toMatchObject({ status: 404 });
  });
});
