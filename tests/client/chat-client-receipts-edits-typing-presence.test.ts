/**
 * The ChatClient against a real server in one-to-one conversations: receipts (automatic delivery reports,
 * markRead, statusOf, receipts from pages and pushes), edit/remove with live `updated` events on
 * both sides, typing (throttled starts, stop on send, expiry), presence (subscribe, changes,
 * re-subscription after a reconnect).
 */
import { type DirectReceipts, type MessageJson, type PresenceJson, userKey } from "@chat-app/client";
import { collect, TestServer, type TestUser } from "../helpers/test-server";
import { connected, socketOf, TestClients, until } from "./test-clients";

let server: TestServer;
const testClients = new TestClients(() => server);
const connect = testClients.connect;

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  testClients.closeAll();
  await server.close();
});
afterEach(() => expect(server.serverErrors).toEqual([]));

const sendRest = async (from: TestUser, to: TestUser, text: string): Promise<MessageJson> =>
  (await server.request("POST", "/api/messages/send", { token: from.token, body: { receiver_id: to.id, message_content: text } })).body.message;

describe("ChatClient receipts", () => {
  it("reports delivery by itself when the partner's messages arrive live, and the sender's ticks follow", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const a = connect(alice);
    const b = connect(bob);
    await Promise.all([connected(a), connected(b)]);
    await a.loadLatest(bob.id);
    const receiptsSeen: DirectReceipts[] = [];
    a.on("receipts", (key, receipts) => key === userKey(bob.id) && receipts.kind === "direct" && receiptsSeen.push(receipts));

    a.send(bob.id, "one");
    a.send(bob.id, "two");
    await until("both stored", () => a.messagesWith(bob.id).length === 2);
    const [one, two] = a.messagesWith(bob.id);
    // Bob's client took both in live and reported them delivered, in one batched report or two.
    await until("delivered", () => a.statusOf(two!) === "delivered");
    expect(a.statusOf(one!)).toBe("delivered");
    expect(receiptsSeen.at(-1)!.partner).toMatchObject({ user_id: bob.id, partner_id: alice.id, delivered_up_to_id: two!.id, read_up_to_id: 0 });

    b.markRead(alice.id, one!.id);
    await until("one read", () => a.statusOf(one!) === "read");
    expect(a.statusOf(two!)).toBe("delivered");
    b.markRead(alice.id, two!.id);
    await until("two read", () => a.statusOf(two!) === "read");
    expect(b.receiptsWith(alice.id).mine.read_up_to_id).toBe(two!.id);

    // The server agrees: nothing unread for Bob.
    const { body } = await server.request("GET", "/api/conversations", { token: bob.token });
    expect(body.conversations.find((c: { partner: { id: number } }) => c.partner.id === alice.id).unread_count).toBe(0);
  });

  it("reports delivery for fetched messages too, loads receipts from the conversation page, and tells the reader's other tabs", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const first = await sendRest(alice, bob, "while bob was away");
    const second = await sendRest(alice, bob, "still away");
    const b = connect(bob);
    const bOther = connect(bob);
    await Promise.all([connected(b), connected(bOther)]);
    await b.loadLatest(alice.id);
    await until("delivered on the server", () => b.receiptsWith(alice.id).mine.delivered_up_to_id === second.id);

    const a = connect(alice);
    await connected(a);
    await a.loadLatest(bob.id);
    expect(a.receiptsWith(bob.id).partner.delivered_up_to_id).toBe(second.id);
    expect(a.statusOf(a.messagesWith(bob.id).find((m) => m.id === first.id)!)).toBe("delivered");

    const otherTab: number[] = [];
    bOther.on("receipts", (key, receipts) => key === userKey(alice.id) && otherTab.push(receipts.mine.read_up_to_id));
    b.markRead(alice.id, second.id);
    await until("the other tab heard it", () => otherTab.includes(second.id));
    await until("alice sees read", () => a.statusOf(a.messagesWith(bob.id).at(-1)!) === "read");
    // Marking an older id again sends nothing new and moves nothing back.
    b.markRead(alice.id, first.id);
    expect(b.receiptsWith(alice.id).mine.read_up_to_id).toBe(second.id);
  });

  it("sends a read made while offline once it is back", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const message = await sendRest(alice, bob, "read me later");
    const b = connect(bob, { socketOptions: { transports: ["websocket"], autoConnect: false } });
    await b.loadLatest(alice.id);
    b.markRead(alice.id, message.id);
    expect(b.receiptsWith(alice.id).mine.read_up_to_id).toBe(0);
    const a = connect(alice);
    await connected(a);
    await a.loadLatest(bob.id);
    expect(a.statusOf(a.messagesWith(bob.id)[0]!)).toBe("sent");
    // Connecting flushes the wanted receipt.
    socketOf(b).connect();
    await until("alice sees read", () => a.statusOf(a.messagesWith(bob.id)[0]!) === "read");
  });
});

describe("ChatClient edit and remove", () => {
  it("edits and deletes own messages; both sides replace the stored copy and emit updated", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const a = connect(alice);
    const b = connect(bob);
    await Promise.all([connected(a), connected(b)]);
    await Promise.all([a.loadLatest(bob.id), b.loadLatest(alice.id)]);
    a.send(bob.id, "teh typo");
    await until("bob has it", () => b.messagesWith(alice.id).length === 1);
    const original = a.messagesWith(bob.id)[0]!;
    const bobUpdates: MessageJson[] = [];
    b.on("updated", (message, key) => key === userKey(alice.id) && bobUpdates.push(message));

    const edited = await a.edit(original.id, "the typo");
    expect(edited).toMatchObject({ id: original.id, message_content: "the typo", edited_at: expect.any(String), deleted_at: null });
    expect(a.messagesWith(bob.id)[0]).toEqual(edited);
    await until("bob sees the edit", () => b.messagesWith(alice.id)[0]!.message_content === "the typo");
    expect(bobUpdates).toEqual([edited]);

    const deleted = await a.remove(original.id);
    expect(deleted).toMatchObject({ message_content: "", deleted_at: expect.any(String) });
    await until("bob sees the deletion", () => b.messagesWith(alice.id)[0]!.deleted_at !== null);
    expect(b.messagesWith(alice.id)).toHaveLength(1);
    expect(b.messagesWith(alice.id)[0]!.message_content).toBe("");
    expect(bobUpdates).toHaveLength(2);
  });

  it("after a reconnect without recovery, applies edits and deletions of older messages made while it was away", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const first = await sendRest(alice, bob, "an old message");
    const second = await sendRest(alice, bob, "another old one");
    const b = connect(bob);
    await connected(b);
    await b.loadLatest(alice.id);
    const updates: MessageJson[] = [];
    b.on("updated", (message) => updates.push(message));
    // An explicit disconnect ends the session: nothing is replayed, as after a long absence.
    const socket = socketOf(b);
    socket.disconnect();
    await until("down", () => b.connection !== "connected");
    await server.request("PATCH", `/api/messages/${first.id}`, { token: alice.token, body: { message_content: "rewritten while bob was away" } });
    await server.request("DELETE", `/api/messages/${second.id}`, { token: alice.token });
    socket.connect();
    await until("bob has the changes", () => b.messagesWith(alice.id)[1]!.deleted_at !== null);
    expect(b.messagesWith(alice.id).map((m) => m.message_content)).toEqual(["rewritten while bob was away", ""]);
    expect(updates.map((m) => m.id)).toEqual([first.id, second.id]);
  });

  it("refuses to edit someone else's message with a 403 ApiError and changes nothing", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const message = await sendRest(alice, bob, "alice's words");
    const b = connect(bob);
    await connected(b);
    await b.loadLatest(alice.id);
    await expect(b.edit(message.id, "bob's words")).rejects.toMatchObject({ name: "ApiError", status: 403 });
    await expect(b.remove(message.id)).rejects.toMatchObject({ status: 403 });
    expect(b.messagesWith(alice.id)[0]!.message_content).toBe("alice's words");
  });

  it("edits over REST while the socket is down, and a later page brings the new version to a tab that missed the push", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const message = await sendRest(alice, bob, "draft wording");
    const a = connect(alice, { socketOptions: { transports: ["websocket"], autoConnect: false } });
    await a.loadLatest(bob.id);
    const b = connect(bob, { socketOptions: { transports: ["websocket"], autoConnect: false } });
    await b.loadLatest(alice.id);
    const updates: MessageJson[] = [];
    b.on("updated", (m) => updates.push(m));
    await a.edit(message.id, "final wording");
    expect(a.messagesWith(bob.id)[0]!.message_content).toBe("final wording");
    await b.loadLatest(alice.id);
    expect(b.messagesWith(alice.id)).toHaveLength(1);
    expect(b.messagesWith(alice.id)[0]!.message_content).toBe("final wording");
    expect(updates).toHaveLength(1);
  });
});

describe("ChatClient typing", () => {
  it("throttles starts, stops on send, and the receiver's indicator follows", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const a = connect(alice, { typingThrottleMs: 2000 });
    const b = connect(bob);
    await Promise.all([connected(a), connected(b)]);
    const spy = await server.connect(bob.token);
    const relayed = collect<{ user_id: number; typing: boolean }>(spy, "typing");
    const bobSees: boolean[] = [];
    b.on("typing", (key, userId, typing) => key === userKey(alice.id) && userId === alice.id && bobSees.push(typing));

    for (let i = 0; i < 10; i += 1) {
      a.typing(bob.id);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await until("bob sees typing", () => b.isTyping(alice.id));
    a.send(bob.id, "done typing");
    await until("bob sees the stop", () => !b.isTyping(alice.id));
    await until("two events relayed", () => relayed.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Ten keystrokes in 300 ms: one start, then the stop that sending made.
    expect(relayed.map((t) => t.typing)).toEqual([true, false]);
    expect(bobSees).toEqual([true, false]);
    spy.disconnect();
  });

  it("lets an indicator expire by itself when the stop never comes, and a message from the typist clears it", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const a = connect(alice, { typingIdleMs: 60_000 });
    const b = connect(bob, { typingExpiryMs: 300 });
    await Promise.all([connected(a), connected(b)]);
    a.typing(bob.id);
    await until("typing", () => b.isTyping(alice.id));
    const startedAt = Date.now();
    await until("expired", () => !b.isTyping(alice.id), 2000);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);

    // A start, then the message itself (sent over REST, so no stop is sent): the indicator goes.
    const b2 = connect(bob, { typingExpiryMs: 60_000 });
    await connected(b2);
    a.stopTyping(bob.id);
    a.typing(bob.id);
    await until("typing again", () => b2.isTyping(alice.id));
    await sendRest(alice, bob, "here it is");
    await until("cleared by the message", () => !b2.isTyping(alice.id));
  });

  it("sends a stop by itself after the person pauses", async () => {
    const [alice, bob] = await Promise.all([server.register("alice"), server.register("bob")]);
    const a = connect(alice, { typingIdleMs: 200 });
    const b = connect(bob, { typingExpiryMs: 60_000 });
    await Promise.all([connected(a), connected(b)]);
    a.typing(bob.id);
    await until("typing", () => b.isTyping(alice.id));
    await until("idle stop", () => !b.isTyping(alice.id), 2000);
  });
});

describe("ChatClient presence", () => {
  it("tells who is online, follows changes, and re-subscribes after a reconnect", async () => {
    const [alice, bob, carol] = await Promise.all([server.register("alice"), server.register("bob"), server.register("carol")]);
    const a = connect(alice);
    await connected(a);
    const b = connect(bob);
    await connected(b);
    const seen: PresenceJson[] = [];
    a.on("presence", (presence) => seen.push(presence));
    await a.subscribePresence([bob.id, carol.id]);
    expect(a.presenceOf(bob.id)).toEqual({ user_id: bob.id, online: true, last_seen_at: null });
    expect(a.presenceOf(carol.id)).toMatchObject({ user_id: carol.id, online: false });

    b.close();
    await until("bob offline", () => a.presenceOf(bob.id)?.online === false);
    expect(Date.parse(a.presenceOf(bob.id)!.last_seen_at!)).toBeGreaterThan(Date.now() - 10_000);

    // Alice's connection drops and comes back: the client subscribes again by itself.
    const socket = socketOf(a);
    socket.io.engine.close();
    await until("reconnecting", () => a.connection === "reconnecting");
    await connected(a);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const c = connect(carol);
    await connected(c);
    await until("carol online after the reconnect", () => a.presenceOf(carol.id)?.online === true);
    expect(seen.filter((p) => p.user_id === carol.id).map((p) => p.online)).toEqual([false, true]);
  });
});
