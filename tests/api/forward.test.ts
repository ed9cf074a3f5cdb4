import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol, dave },
} = useTestServer(["alice", "bob", "carol", "dave"]);

type Attachment = { id: number; url: string };
type Message = {
  id: number;
  sender_id: number;
  receiver_id: number | null;
  group_id: number | null;
  message_content: string;
  timestamp: string;
  attachments: Attachment[];
  forwarded_from: { sender_id: number; sent_at: string } | null;
};

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, body: Record<string, unknown>) => {
  const response = await api("POST", "/api/messages/send", from, body);
  expect(response.status).toBe(201);
  return response.body.message as Message;
};
const forward = (user: TestUser, messageId: number, body: unknown) => api("POST", `/api/messages/${messageId}/forward`, user, body);
const createGroup = async (owner: TestUser, members: TestUser[]) =>
  (await api("POST", "/api/groups", owner, { name: "forwards", member_ids: members.map((member) => member.id) })).body.group as { id: number };
const history = async (user: TestUser, partner: TestUser) =>
  (await api("GET", `/api/messages/conversation/${partner.id}`, user)).body.messages as Message[];

describe("forwarding", () => {
  it("sends the original's current text as the caller's message, with forwarded_from; null on other messages", async () => {
    const original = await send(alice, { receiver_id: bob.id, message_content: "first draft" });
    expect(original.forwarded_from).toBeNull();
    await api("PATCH", `/api/messages/${original.id}`, alice, { message_content: "final text" });
    const response = await forward(bob, original.id, { receiver_id: carol.id });
    expect(response.status).toBe(201);
    const forwarded = response.body.message as Message;
    expect(forwarded).toMatchObject({
      sender_id: bob.id,
      receiver_id: carol.id,
      group_id: null,
      message_content: "final text",
      forwarded_from: { sender_id: alice.id, sent_at: original.timestamp },
    });
    expect((await history(carol, bob)).find((message) => message.id === forwarded.id)!.forwarded_from).toEqual({
      sender_id: alice.id,
      sent_at: original.timestamp,
    });
    // What was forwarded stays when the original is deleted later.
    await api("DELETE", `/api/messages/${original.id}`, alice);
    expect((await history(carol, bob)).find((message) => message.id === forwarded.id)!.message_content).toBe("final text");
  });

  it("forwards into a group the caller is in, from a group the caller is in", async () => {
    const from = await createGroup(alice, [bob]);
    const to = await createGroup(bob, [carol]);
    const original = await send(alice, { group_id: from.id, message_content: "group news" });
    const response = await forward(bob, original.id, { group_id: to.id });
    expect(response.status).toBe(201);
    expect(response.body.message).toMatchObject({ group_id: to.id, sender_id: bob.id, forwarded_from: { sender_id: alice.id } });
  });

  it("404 when the caller cannot read the original; 403/404 when they cannot send to the target", async () => {
    const original = await send(alice, { receiver_id: bob.id, message_content: "private" });
    const outsider = await forward(carol, original.id, { receiver_id: carol.id });
    expect([outsider.status, outsider.body]).toEqual([404, { error: "Message not found" }]);
    expect((await forward(bob, 2 ** 31 - 1, { receiver_id: carol.id })).status).toBe(404);
    const group = await createGroup(alice, [bob]);
    const inGroup = await send(alice, { group_id: group.id, message_content: "members only" });
    expect((await forward(carol, inGroup.id, { receiver_id: carol.id })).status).toBe(404);

    const notMine = await createGroup(carol, [dave]);
    const refused = await forward(bob, original.id, { group_id: notMine.id });
    expect([refused.status, refused.body]).toEqual([403, { error: "You are not a member of this group" }]);
    expect((await forward(bob, original.id, { group_id: 2 ** 31 - 1 })).status).toBe(404);
    expect((await forward(bob, original.id, { receiver_id: 2 ** 31 - 1 })).status).toBe(404);
    expect((await history(dave, carol)).length).toBe(0);
  });

  it("400 for both targets or neither, deleted originals and group notices", async () => {
    const original = await send(alice, { receiver_id: bob.id, message_content: "x" });
    for (const body of [{}, { receiver_id: carol.id, group_id: 1 }, { receiver_id: "3" }]) {
      expect((await forward(bob, original.id, body)).status).toBe(400);
    }
    await api("DELETE", `/api/messages/${original.id}`, alice);
    const deleted = await forward(bob, original.id, { receiver_id: carol.id });
    expect([deleted.status, deleted.body]).toEqual([400, { error: "A deleted message cannot be forwarded" }]);
    const group = await createGroup(alice, [bob]);
    const notice = (await api("GET", `/api/messages/group/${group.id}`, bob)).body.messages[0] as Message & { kind: string };
    expect(notice.kind).toBe("system");
    const refused = await forward(bob, notice.id, { receiver_id: carol.id });
    expect([refused.status, refused.body]).toEqual([400, { error: "A group notice cannot be forwarded" }]);
  });

  it("shares the original's files: deleting either message leaves the other's files readable", async () => {
    const uploaded = await server.upload(alice.token, Buffer.from("shared bytes"), "notes.txt");
    expect(uploaded.status).toBe(201);
    const original = await send(alice, { receiver_id: bob.id, message_content: "see file", attachment_ids: [uploaded.body.attachment.id] });
    const first = (await forward(bob, original.id, { receiver_id: carol.id })).body.message as Message;
    const second = (await forward(bob, original.id, { receiver_id: dave.id })).body.message as Message;
    expect(first.attachments).toHaveLength(1);
    expect(first.attachments[0]!.id).not.toBe(original.attachments[0]!.id);
    const fetchFile = async (user: TestUser, attachment: Attachment) => {
      const fresh = await api("GET", `/api/attachments/${attachment.id}`, user);
      expect(fresh.status).toBe(200);
      const file = await server.fetchBytes("GET", fresh.body.attachment.url);
      return [file.status, file.bytes.toString()];
    };
    expect(await fetchFile(carol, first.attachments[0]!)).toEqual([200, "shared bytes"]);

    await api("DELETE", `/api/messages/${original.id}`, alice);
    expect(await fetchFile(carol, first.attachments[0]!)).toEqual([200, "shared bytes"]);
    await api("DELETE", `/api/messages/${first.id}`, bob);
    expect(await fetchFile(dave, second.attachments[0]!)).toEqual([200, "shared bytes"]);
    // Carol can no longer see the copy of a deleted message.
    expect((await api("GET", `/api/attachments/${first.attachments[0]!.id}`, carol)).status).toBe(404);
  });

  it("reaches the target's members live as message:new; the socket twin message:forward calls the same rules", async () => {
    const original = await send(alice, { receiver_id: bob.id, message_content: "pass it on" });
    const [bobSocket, carolSocket, daveSocket] = await Promise.all([
      server.connect(bob.token),
      server.connect(carol.token),
      server.connect(dave.token),
    ]);
    const carolHeard = nextEvent<Message>(carolSocket, "message:new");
    const daveHeard = collect(daveSocket, "message:new");
    const ack = await emitWithAck<{ message: Message }>(bobSocket, "message:forward", { id: original.id, receiver_id: carol.id });
    expect(ack.message).toMatchObject({ sender_id: bob.id, receiver_id: carol.id, forwarded_from: { sender_id: alice.id } });
    expect(await carolHeard).toEqual(ack.message);
    expect(await emitWithAck(daveSocket, "message:forward", { id: original.id, receiver_id: dave.id })).toEqual({
      error: "Message not found",
      status: 404,
    });
    expect(await emitWithAck(bobSocket, "message:forward", { id: original.id })).toMatchObject({ status: 400 });
    expect(daveHeard).toEqual([]);
  });
});
