import { randomUUID } from "node:crypto";
import { pdf, png } from "../helpers/media";
import { emitWithAck, type TestUser, useTestServer } from "../helpers/test-server";

/**
 * A message and the claim of its uploads are one transaction: both are stored or neither, and two
 * sends racing for one upload end with exactly one message holding it.
 */
const { server, users } = useTestServer(["alice", "bob", "carol"]);
const { alice, bob, carol } = users;

const upload = async (as: TestUser, data: Buffer, name: string) => {
  const response = await server.upload(as.token, data, name);
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${response.bytes.toString()}`);
  return response.body.attachment as { id: number };
};
const send = (as: TestUser, body: Record<string, unknown>) => server.request("POST", "/api/messages/send", { token: as.token, body });
const history = async (as: TestUser, partner: TestUser) => {
  const page = await server.request("GET", `/api/messages/conversation/${partner.id}`, { token: as.token });
  return page.body.messages as Array<{ id: number; message_content: string; attachments: Array<{ id: number }> }>;
};
const withText = async (as: TestUser, partner: TestUser, text: string) => (await history(as, partner)).filter((m) => m.message_content === text);
/** Which message holds the upload, as its uploader sees it (the message id is not in the JSON: found through history). */
const holders = async (as: TestUser, partner: TestUser, attachmentId: number) =>
  (await history(as, partner)).filter((m) => m.attachments.some((a) => a.id === attachmentId)).map((m) => m.id);

describe("sending attachments: message and claim in one transaction", () => {
  it("two sends of the same upload over one socket at once: exactly one message, the other refused with nothing stored", async () => {
    const socket = await server.connect(alice.token);
    for (let round = 0; round < 5; round += 1) {
      const file = await upload(alice, await png(), `race-${round}.png`);
      const text = `socket race ${round}`;
      const acks = await Promise.all(
        [0, 1].map(() => emitWithAck(socket, "message:send", { receiver_id: bob.id, message_content: text, attachment_ids: [file.id] })),
      );
      const stored = acks.filter((ack) => ack.message);
      const refused = acks.filter((ack) => ack.error);
      expect(stored).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect([400, 403]).toContain(refused[0].status);
      expect(stored[0].message.attachments).toEqual([expect.objectContaining({ id: file.id })]);
      const messages = await withText(alice, bob, text);
      expect(messages.map((m) => m.id)).toEqual([stored[0].message.id]);
      expect(await holders(alice, bob, file.id)).toEqual([stored[0].message.id]);
    }
  });

  it("two REST sends of the same upload at once, to two people: one message, the other 400/403, nothing stored for it", async () => {
    for (let round = 0; round < 5; round += 1) {
      const file = await upload(alice, pdf(), `race-${round}.pdf`);
      const text = `rest race ${round}`;
      const answers = await Promise.all(
        [bob, carol].map((to) => send(alice, { receiver_id: to.id, message_content: text, attachment_ids: [file.id] })),
      );
      const ok = answers.filter((a) => a.status === 201);
      const refused = answers.filter((a) => a.status !== 201);
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect([400, 403]).toContain(refused[0]!.status);
      expect(refused[0]!.body).toEqual({ error: expect.any(String) });
      const stored = [...(await withText(alice, bob, text)), ...(await withText(alice, carol, text))];
      expect(stored.map((m) => m.id)).toEqual([ok[0]!.body.message.id]);
      expect(stored[0]!.attachments.map((a) => a.id)).toEqual([file.id]);
    }
  });

  it("concurrent retries with one client_id answer with the one original message", async () => {
    const file = await upload(alice, pdf(), "retry.pdf");
    const body = { receiver_id: bob.id, message_content: "retried with a file", client_id: randomUUID(), attachment_ids: [file.id] };
    const answers = await Promise.all([send(alice, body), send(alice, body), send(alice, body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    const ids = new Set(answers.map((a) => a.body.message.id));
    expect(ids.size).toBe(1);
    for (const answer of answers) expect(answer.body.message.attachments).toEqual([expect.objectContaining({ id: file.id })]);
    expect((await withText(alice, bob, "retried with a file")).map((m) => m.id)).toEqual([...ids]);
  });

  it("a claim that fails after the insert leaves no message and every upload unsent", async () => {
    const first = await upload(alice, pdf(), "first.pdf");
    const second = await upload(alice, pdf(), "second.pdf");
    const attachments = server.server.attachments;
    const realClaims = attachments.claims.bind(attachments);
    // The first claim succeeds inside the transaction, then one claims nothing (an id that does not exist).
    const spy = jest.spyOn(attachments, "claims").mockImplementation((senderId, ids) => realClaims(senderId, [...ids, 2_000_000_000]));
    try {
      const refused = await send(alice, { receiver_id: bob.id, message_content: "half claimed", attachment_ids: [first.id, second.id] });
      expect([400, 403]).toContain(refused.status);
      expect(refused.body).toEqual({ error: expect.any(String) });
    } finally {
      spy.mockRestore();
    }
    expect(await withText(alice, bob, "half claimed")).toEqual([]);
    // Neither upload was given to a message: both can still be sent, together, in order.
    const sent = await send(alice, { receiver_id: bob.id, message_content: "claimed after all", attachment_ids: [second.id, first.id] });
    expect(sent.status).toBe(201);
    expect(sent.body.message.attachments.map((a: { id: number }) => a.id)).toEqual([second.id, first.id]);
  });

  it("in a group, a lost race stores no message either", async () => {
    const created = await server.request("POST", "/api/groups", { token: alice.token, body: { name: "claims", member_ids: [bob.id] } });
    expect(created.status).toBe(201);
    const groupId = created.body.group.id;
    const file = await upload(alice, pdf(), "group.pdf");
    const socket = await server.connect(alice.token);
    const acks = await Promise.all(
      [0, 1].map(() => emitWithAck(socket, "message:send", { group_id: groupId, message_content: "group race", attachment_ids: [file.id] })),
    );
    expect(acks.filter((ack) => ack.message)).toHaveLength(1);
    expect(acks.filter((ack) => ack.error)).toHaveLength(1);
    const page = await server.request("GET", `/api/messages/group/${groupId}`, { token: alice.token });
    expect(page.body.messages.filter((m: { message_content: string }) => m.message_content === "group race")).toHaveLength(1);
  });
});
