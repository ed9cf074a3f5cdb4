import { emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol, dave },
} = useTestServer(["alice", "bob", "carol", "dave"]);

type Message = { id: number; mentions: number[]; message_content: string };
type Row = { group?: { id: number }; partner?: { id: number }; mention_count: number; unread_count: number; first_unread_id: number | null };

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text: string) => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message as Message;
};
const createGroup = async (owner: TestUser, members: TestUser[]) =>
  (await api("POST", "/api/groups", owner, { name: "mentions", member_ids: members.map((member) => member.id) })).body.group as { id: number };
const groupPage = async (user: TestUser, groupId: number) => (await api("GET", `/api/messages/group/${groupId}`, user)).body.messages as Message[];
const rowOf = async (user: TestUser, match: (row: Row) => boolean) =>
  ((await api("GET", "/api/conversations", user)).body.conversations as Row[]).find(match)!;

describe("mentions", () => {
  it("resolve @username (any case, word-bounded) to current members only, deduplicated, never the sender", async () => {
    const group = await createGroup(alice, [bob, carol]);
    const text = `hi @${bob.username.toUpperCase()} and @${carol.username}, again @${bob.username}; not @${dave.username}, @nobody_here, me @${alice.username}, mail x@${carol.username}`;
    const sent = await send(alice, { group_id: group.id }, text);
    expect(sent.mentions).toEqual([bob.id, carol.id].sort((a, b) => a - b));
    const stored = (await groupPage(bob, group.id)).find((message) => message.id === sent.id)!;
    expect(stored.mentions).toEqual(sent.mentions);
    // A name at the end of a sentence still counts.
    expect((await send(bob, { group_id: group.id }, `thanks @${carol.username}.`)).mentions).toEqual([carol.id]);
    expect((await send(bob, { group_id: group.id }, "no one here")).mentions).toEqual([]);
  });

  it("are [] in direct conversations and in every message JSON", async () => {
    const sent = await send(alice, { receiver_id: bob.id }, `@${bob.username} hello`);
    expect(sent.mentions).toEqual([]);
    const page = (await api("GET", `/api/messages/conversation/${alice.id}`, bob)).body.messages as Message[];
    expect(page.find((message) => message.id === sent.id)!.mentions).toEqual([]);
    expect((await rowOf(bob, (row) => row.partner?.id === alice.id)).mention_count).toBe(0);
  });

  it("count unread mentions of the reader in /api/conversations; reading, deleting and editing bring it down", async () => {
    const group = await createGroup(alice, [bob, carol]);
    const first = await send(alice, { group_id: group.id }, `@${bob.username} one`);
    await send(carol, { group_id: group.id }, `@${bob.username} two`);
    await send(carol, { group_id: group.id }, "no mention");
    const third = await send(alice, { group_id: group.id }, `@${bob.username} three`);
    const ofGroup = (row: Row) => row.group?.id === group.id;
    expect(await rowOf(bob, ofGroup)).toMatchObject({ mention_count: 3, unread_count: 4, first_unread_id: first.id });
    expect((await rowOf(carol, ofGroup)).mention_count).toBe(0);

    await api("DELETE", `/api/messages/${third.id}`, alice);
    expect((await rowOf(bob, ofGroup)).mention_count).toBe(2);
    // Edits re-resolve: the name taken out is no longer a mention, a name put in is.
    const edited = await api("PATCH", `/api/messages/${first.id}`, alice, { message_content: `now @${carol.username}` });
    expect(edited.body.message.mentions).toEqual([carol.id]);
    expect((await rowOf(bob, ofGroup)).mention_count).toBe(1);
    expect((await rowOf(carol, ofGroup)).mention_count).toBe(1);

    await api("POST", "/api/messages/read", bob, { group_id: group.id, up_to_id: first.id + 2 });
    expect(await rowOf(bob, ofGroup)).toMatchObject({ mention_count: 0, unread_count: 0, first_unread_id: null });
  });

  it("ignore people removed from the group before the send", async () => {
    const group = await createGroup(alice, [bob, carol]);
    await api("DELETE", `/api/groups/${group.id}/members/${carol.id}`, alice);
    expect((await send(alice, { group_id: group.id }, `@${carol.username} @${bob.username}`)).mentions).toEqual([bob.id]);
  });

  it("cap a message at 50 mentions", async () => {
    const people = await Promise.all(Array.from({ length: 52 }, () => server.register("m")));
    const group = await createGroup(alice, people);
    const sent = await send(alice, { group_id: group.id }, people.map((person) => `@${person.username}`).join(" "));
    expect(sent.mentions).toHaveLength(50);
  });

  it("reach a mentioned member live in message:new; the socket send resolves them the same way", async () => {
    const group = await createGroup(alice, [bob, carol]);
    const [aliceSocket, bobSocket] = await Promise.all([server.connect(alice.token), server.connect(bob.token)]);
    const heard = nextEvent<Message>(bobSocket, "message:new");
    const ack = await emitWithAck<{ message: Message }>(aliceSocket, "message:send", {
      group_id: group.id,
      message_content: `@${bob.username} look`,
    });
    expect(ack.message.mentions).toEqual([bob.id]);
    expect((await heard).mentions).toEqual([bob.id]);
  });

  it("a mention and an attachment commit together with their message", async () => {
    const group = await createGroup(alice, [bob]);
    const uploaded = await server.upload(alice.token, Buffer.from("hello"), "a.txt");
    expect(uploaded.status).toBe(201);
    const response = await api("POST", "/api/messages/send", alice, {
      group_id: group.id,
      message_content: `@${bob.username} file`,
      attachment_ids: [uploaded.body.attachment.id],
    });
    expect(response.status).toBe(201);
    expect(response.body.message.mentions).toEqual([bob.id]);
    expect(response.body.message.attachments).toHaveLength(1);
    const stored = (await groupPage(bob, group.id)).find((message) => message.id === response.body.message.id)!;
    expect(stored.mentions).toEqual([bob.id]);
  });
});
