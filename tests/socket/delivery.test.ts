import jwt from "jsonwebtoken";
import { collect, emitWithAck, nextEvent, useTestServer } from "../helpers/test-server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

/** Alice's registration session: a minted token must name a live session to get past anything but its own flaw. */
const aliceSid = () => (jwt.decode(alice.token) as { sid: number }).sid;

/** Waits until every socket that should get a message has it, then a little more for strays. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("handshake", () => {
  it.each([
    ["no token", undefined, "Authentication required"],
    ["an empty token", "", "Authentication required"],
    ["a malformed token", "garbage", "Invalid or expired token"],
  ])("refuses %s", async (_name, token, message) => {
    await expect(server.connect(token)).rejects.toThrow(message);
  });

  it("refuses an expired token and one signed with another key", async () => {
    const expired = jwt.sign({ sid: aliceSid(), exp: Math.floor(Date.now() / 1000) - 1 }, server.jwtSecret, {
      subject: String(alice.id),
      issuer: "chat-app",
    });
    await expect(server.connect(expired)).rejects.toThrow("Invalid or expired token");
    const forged = jwt.sign({ sid: aliceSid() }, "a different secret that is also quite long", {
      subject: String(alice.id),
      issuer: "chat-app",
      expiresIn: 60,
    });
    await expect(server.connect(forged)).rejects.toThrow("Invalid or expired token");
  });

  it("accepts a valid token", async () => {
    const socket = await server.connect(alice.token);
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });
});

describe("live delivery", () => {
  it("pushes a REST-sent message to every tab of the receiver and the sender's other tabs, and to no one else", async () => {
    const [bobTab1, bobTab2, aliceOtherTab, carolTab] = await Promise.all([
      server.connect(bob.token),
      server.connect(bob.token),
      server.connect(alice.token),
      server.connect(carol.token),
    ]);
    const received = [bobTab1, bobTab2, aliceOtherTab, carolTab].map((socket) => collect(socket, "message:new"));

    const response = await server.request("POST", "/api/messages/send", {
      token: alice.token,
      body: { receiver_id: bob.id, message_content: "live over REST" },
    });
    expect(response.status).toBe(201);
    await settle();

    const [toBob1, toBob2, toAlice, toCarol] = received;
    expect(toBob1).toEqual([response.body.message]);
    expect(toBob2).toEqual([response.body.message]);
    expect(toAlice).toEqual([response.body.message]);
    expect(toCarol).toEqual([]);
    for (const socket of [bobTab1, bobTab2, aliceOtherTab, carolTab]) socket.disconnect();
  });

  it("saves a socket-sent message, acknowledges it with the saved JSON, and pushes the same JSON", async () => {
    const [aliceTab, aliceOtherTab, bobTab, carolTab] = await Promise.all([
      server.connect(alice.token),
      server.connect(alice.token),
      server.connect(bob.token),
      server.connect(carol.token),
    ]);
    const toCarol = collect(carolTab, "message:new");
    const toSendingTab = collect(aliceTab, "message:new");
    const bobGets = nextEvent(bobTab, "message:new");
    const otherTabGets = nextEvent(aliceOtherTab, "message:new");

    const ack = await emitWithAck(aliceTab, "message:send", { receiver_id: bob.id, message_content: "live over the socket" });
    expect(ack).toEqual({
      message: {
        id: expect.any(Number),
        sender_id: alice.id,
        receiver_id: bob.id,
        message_content: "live over the socket",
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
    expect(await bobGets).toEqual(ack.message);
    expect(await otherTabGets).toEqual(ack.message);

    const stored = await server.request("GET", `/api/messages/conversation/${alice.id}?after=${ack.message.id - 1}`, { token: bob.token });
    expect(stored.body.messages).toEqual([ack.message]);
    await settle();
    expect(toCarol).toEqual([]);
    // The sending tab has the message from its acknowledgement; an echo would only cost a frame.
    expect(toSendingTab).toEqual([]);
    for (const socket of [aliceTab, aliceOtherTab, bobTab, carolTab]) socket.disconnect();
  });

  it("acknowledges bad payloads with an error and stores nothing", async () => {
    const socket = await server.connect(alice.token);
    const before = await server.request("GET", `/api/messages/conversation/${bob.id}?limit=200`, { token: alice.token });
    const cases: Array<[unknown, RegExp, number]> = [
      [{ receiver_id: bob.id, message_content: "" }, /message_content must not be empty/, 400],
      [{ receiver_id: bob.id }, /message_content is required/, 400],
      [{ receiver_id: "2", message_content: "hi" }, /receiver_id must be a number/, 400],
      [{ receiver_id: 999_999, message_content: "hi" }, /Receiver not found/, 404],
      ["just a string", /expected a JSON object/, 400],
      [null, /expected a JSON object/, 400],
      [{ receiver_id: bob.id, message_content: "x".repeat(4001) }, /at most 4000/, 400],
    ];
    for (const [payload, error, status] of cases) {
      const reply = await emitWithAck(socket, "message:send", payload);
      // The same status the REST route gives for the same failure.
      expect(reply).toEqual({ error: expect.stringMatching(error), status });
    }
    const after = await server.request("GET", `/api/messages/conversation/${bob.id}?limit=200`, { token: alice.token });
    expect(after.body.messages).toEqual(before.body.messages);
    expect(socket.connected).toBe(true);
    socket.disconnect();
  });

  it("still saves and delivers a socket send made without an acknowledgement callback", async () => {
    const [aliceTab, bobTab] = await Promise.all([server.connect(alice.token), server.connect(bob.token)]);
    const bobGets = nextEvent(bobTab, "message:new");
    aliceTab.emit("message:send", { receiver_id: bob.id, message_content: "fire and forget" });
    expect((await bobGets).message_content).toBe("fire and forget");
    aliceTab.disconnect();
    bobTab.disconnect();
  });

  it("disconnects a socket when its token expires", async () => {
    // Two seconds, not one: exp is in whole seconds, so "+1" can leave only milliseconds to connect.
    const shortLived = jwt.sign({ sid: aliceSid(), exp: Math.floor(Date.now() / 1000) + 2 }, server.jwtSecret, {
      subject: String(alice.id),
      issuer: "chat-app",
    });
    const socket = await server.connect(shortLived);
    const reason = await nextEvent<string>(socket, "disconnect", 5000);
    expect(reason).toBe("io server disconnect");
  });
});
