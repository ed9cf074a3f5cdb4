import { randomUUID } from "node:crypto";
import { collect, emitWithAck, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob },
} = useTestServer(["alice", "bob"]);

const send = (body: object, as = alice) => server.request("POST", "/api/messages/send", { token: as.token, body });
const history = async () =>
  (await server.request("GET", `/api/messages/conversation/${bob.id}?limit=200`, { token: alice.token })).body.messages as Array<{
    client_id: string;
  }>;

describe("client_id makes a send idempotent", () => {
  it("stores a retried REST send once and returns the original both times", async () => {
    const clientId = randomUUID();
    const first = await send({ receiver_id: bob.id, message_content: "once", client_id: clientId });
    const retry = await send({ receiver_id: bob.id, message_content: "once", client_id: clientId });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(first.body.message.client_id).toBe(clientId);
    expect((await history()).filter((m) => m.client_id === clientId)).toHaveLength(1);
  });

  it("treats the same client_id over REST and the socket as the same message, and pushes it once", async () => {
    const bobTab = await server.connect(bob.token);
    const pushed = collect(bobTab, "message:new");
    const aliceTab = await server.connect(alice.token);
    const clientId = randomUUID();
    const viaRest = await send({ receiver_id: bob.id, message_content: "both ways", client_id: clientId });
    const viaSocket = await emitWithAck(aliceTab, "message:send", { receiver_id: bob.id, message_content: "both ways", client_id: clientId });
    expect(viaSocket).toEqual(viaRest.body);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pushed.filter((m) => m.client_id === clientId)).toHaveLength(1);
    bobTab.disconnect();
    aliceTab.disconnect();
  });

  it("stores one message when twenty copies of a send race each other", async () => {
    const clientId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => send({ receiver_id: bob.id, message_content: "racing", client_id: clientId })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(19);
    expect(new Set(results.map((r) => r.body.message.id)).size).toBe(1);
    expect((await history()).filter((m) => m.client_id === clientId)).toHaveLength(1);
  });

  it("refuses to reuse a client_id for different content with 409", async () => {
    const clientId = randomUUID();
    await send({ receiver_id: bob.id, message_content: "original", client_id: clientId });
    const reused = await send({ receiver_id: bob.id, message_content: "something else", client_id: clientId });
    expect(reused).toMatchObject({ status: 409, body: { error: "client_id was already used for a different message" } });
  });

  it("scopes client_id to the sender: another user may use the same id", async () => {
    const clientId = randomUUID();
    const fromAlice = await send({ receiver_id: bob.id, message_content: "same id", client_id: clientId });
    const fromBob = await send({ receiver_id: alice.id, message_content: "same id", client_id: clientId }, bob);
    expect(fromAlice.status).toBe(201);
    expect(fromBob.status).toBe(201);
    expect(fromBob.body.message.id).not.toBe(fromAlice.body.message.id);
  });

  it("gives a message without client_id a server-made one, and rejects one that is not a UUID", async () => {
    const plain = await send({ receiver_id: bob.id, message_content: "no id" });
    expect(plain.body.message.client_id).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await send({ receiver_id: bob.id, message_content: "bad id", client_id: "not-a-uuid" });
    expect(bad).toMatchObject({ status: 400, body: { error: "client_id must be a UUID" } });
  });
});
