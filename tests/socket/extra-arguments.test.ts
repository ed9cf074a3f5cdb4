import { CLIENT_EVENTS } from "@chat-app/protocol";
import type { Socket } from "socket.io-client";
import { nextEvent, useTestServer } from "../helpers/test-server";

// Issue 13: every socket action is acknowledged whatever extra arguments come with it; the
// acknowledgement is the last argument and the payload the first.
const {
  server,
  users: { alice, bob },
} = useTestServer(["alice", "bob"]);

/** What the tests read of an acknowledgement (a result or an error reply). */
interface Reply {
  message: { id: number };
  receipt?: unknown;
  presence?: unknown;
  error?: string;
  status?: number;
}

/** Emits `event` with `args` as they are and an acknowledgement last; resolves with the reply. */
function emitArgs(socket: Socket, event: string, ...args: unknown[]): Promise<Reply> {
  return socket.timeout(3000).emitWithAck(event, ...args) as Promise<Reply>;
}

const EXTRAS: Array<[string, unknown[]]> = [
  ["a string", ["extra"]],
  ["null and a number", [null, 42]],
  ["an object and an array", [{ receiver_id: 1 }, [1, 2, 3]]],
];

describe.each(EXTRAS)("with extra arguments (%s) between the payload and the acknowledgement", (_label, extras) => {
  it("acknowledges message:send, message:edit, message:read, message:delivered and message:delete", async () => {
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const sent = await emitArgs(aliceTab, "message:send", { receiver_id: bob.id, message_content: "with extras" }, ...extras);
    expect(sent.message).toMatchObject({ sender_id: alice.id, receiver_id: bob.id, message_content: "with extras" });
    const edited = await emitArgs(aliceTab, "message:edit", { id: sent.message.id, message_content: "edited with extras" }, ...extras);
    expect(edited.message).toMatchObject({ id: sent.message.id, message_content: "edited with extras" });
    const delivered = await emitArgs(bobTab, "message:delivered", { partner_id: alice.id, up_to_id: sent.message.id }, ...extras);
    expect(delivered.receipt).toMatchObject({ user_id: bob.id, partner_id: alice.id });
    const read = await emitArgs(bobTab, "message:read", { partner_id: alice.id, up_to_id: sent.message.id }, ...extras);
    expect(read.receipt).toMatchObject({ user_id: bob.id, partner_id: alice.id, read_up_to_id: sent.message.id });
    const deleted = await emitArgs(aliceTab, "message:delete", { id: sent.message.id }, ...extras);
    expect(deleted.message).toMatchObject({ id: sent.message.id });
    aliceTab.disconnect();
    bobTab.disconnect();
  });

  it("acknowledges typing:start and typing:stop, and still relays them", async () => {
    const aliceTab = await server.connect(alice.token);
    const bobTab = await server.connect(bob.token);
    const started = nextEvent(bobTab, "typing");
    expect(await emitArgs(aliceTab, "typing:start", { receiver_id: bob.id }, ...extras)).toEqual({ ok: true });
    expect(await started).toEqual({ user_id: alice.id, receiver_id: bob.id, typing: true });
    const stopped = nextEvent(bobTab, "typing");
    expect(await emitArgs(aliceTab, "typing:stop", { receiver_id: bob.id }, ...extras)).toEqual({ ok: true });
    expect(await stopped).toEqual({ user_id: alice.id, receiver_id: bob.id, typing: false });
    aliceTab.disconnect();
    bobTab.disconnect();
  });

  it("acknowledges presence:subscribe", async () => {
    const aliceTab = await server.connect(alice.token);
    const reply = await emitArgs(aliceTab, "presence:subscribe", { user_ids: [bob.id] }, ...extras);
    expect(reply).toEqual({ presence: [expect.objectContaining({ user_id: bob.id, online: expect.any(Boolean) })] });
    aliceTab.disconnect();
  });

  it("answers a bad payload with a 400 and an unknown event with a 404", async () => {
    const aliceTab = await server.connect(alice.token);
    expect(await emitArgs(aliceTab, "message:send", { receiver_id: "x" }, ...extras)).toEqual({ error: expect.any(String), status: 400 });
    expect(await emitArgs(aliceTab, "typing:start", {}, ...extras)).toEqual({ error: expect.any(String), status: 400 });
    expect(await emitArgs(aliceTab, "no:such-event", { anything: true }, ...extras)).toEqual({ error: "Unknown event", status: 404 });
    aliceTab.disconnect();
  });
});

describe("an acknowledgement with no payload", () => {
  // Every event the protocol declares.
  it.each([...CLIENT_EVENTS])("%s is answered with a 400", async (event) => {
    const aliceTab = await server.connect(alice.token);
    expect(await emitArgs(aliceTab, event)).toEqual({ error: "payload is required", status: 400 });
    aliceTab.disconnect();
  });
});
