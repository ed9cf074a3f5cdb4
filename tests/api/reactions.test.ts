import { collect, emitWithAck, nextEvent, type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

type Reaction = { emoji: string; count: number; me: boolean; user_ids: number[] };
type Reactions = { message_id: number; receiver_id: number | null; group_id: number | null; reactions: Reaction[] };
type Message = { id: number; reactions: Reaction[] };

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const react = (method: "PUT" | "DELETE", user: TestUser, messageId: number, emoji: string) =>
  api(method, `/api/messages/${messageId}/reactions/${encodeURIComponent(emoji)}`, user);
const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text = "react to me") => {
  const response = await api("POST", "/api/messages/send", from, { ...to, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message as Message;
};
const createGroup = async (owner: TestUser, members: TestUser[]) =>
  (await api("POST", "/api/groups", owner, { name: "reactions", member_ids: members.map((member) => member.id) })).body.group as { id: number };
const inHistory = async (user: TestUser, partner: TestUser, messageId: number) =>
  ((await api("GET", `/api/messages/conversation/${partner.id}`, user)).body.messages as Message[]).find((message) => message.id === messageId)!;

describe("reactions", () => {
  it("add once per person and emoji (PUT is idempotent), ordered by first use, with me for the reader", async () => {
    const message = await send(alice, { receiver_id: bob.id });
    const first = await react("PUT", bob, message.id, "👍");
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      message_id: message.id,
      receiver_id: bob.id,
      group_id: null,
      reactions: [{ emoji: "👍", count: 1, me: true, user_ids: [bob.id] }],
    });
    expect((await react("PUT", bob, message.id, "👍")).body.reactions).toEqual(first.body.reactions);
    await react("PUT", alice, message.id, "🇫🇷");
    await react("PUT", alice, message.id, "👍");
    expect((await inHistory(alice, bob, message.id)).reactions).toEqual([
      { emoji: "👍", count: 2, me: true, user_ids: [bob.id, alice.id] },
      { emoji: "🇫🇷", count: 1, me: true, user_ids: [alice.id] },
    ]);
    expect((await inHistory(bob, alice, message.id)).reactions).toEqual([
      { emoji: "👍", count: 2, me: true, user_ids: [bob.id, alice.id] },
      { emoji: "🇫🇷", count: 1, me: false, user_ids: [alice.id] },
    ]);
    const removed = await react("DELETE", alice, message.id, "👍");
    expect(removed.body.reactions).toEqual([
      { emoji: "👍", count: 1, me: false, user_ids: [bob.id] },
      { emoji: "🇫🇷", count: 1, me: true, user_ids: [alice.id] },
    ]);
    expect((await react("DELETE", alice, message.id, "👍")).status).toBe(200);
  });

  it("take keycaps, skin tones and ZWJ sequences; refuse what is not exactly one emoji with 400", async () => {
    const message = await send(alice, { receiver_id: bob.id });
    for (const emoji of ["1️⃣", "👍🏾", "👩‍💻", "❤️"]) expect((await react("PUT", bob, message.id, emoji)).status).toBe(200);
    for (const emoji of ["a", "👍👍", "ab", "👍 x"]) {
      const response = await react("PUT", bob, message.id, emoji);
      expect([response.status, response.body]).toEqual([400, { error: "emoji must be exactly one emoji" }]);
    }
    expect((await api("PUT", `/api/messages/abc/reactions/${encodeURIComponent("👍")}`, bob)).status).toBe(400);
  });

  it("are for members of the message's conversation only (404), and not on deleted messages (409)", async () => {
    const message = await send(alice, { receiver_id: bob.id });
    const outsider = await react("PUT", carol, message.id, "👍");
    expect([outsider.status, outsider.body]).toEqual([404, { error: "Message not found" }]);
    expect((await react("PUT", carol, 2 ** 31 - 1, "👍")).status).toBe(404);
    const group = await createGroup(alice, [bob]);
    const inGroup = await send(alice, { group_id: group.id });
    expect((await react("PUT", carol, inGroup.id, "👍")).status).toBe(404);
    expect((await react("PUT", bob, inGroup.id, "👍")).status).toBe(200);
    await api("DELETE", `/api/groups/${group.id}/members/${bob.id}`, alice);
    expect((await react("DELETE", bob, inGroup.id, "👍")).status).toBe(404);

    await react("PUT", bob, message.id, "🎉");
    const deleted = await api("DELETE", `/api/messages/${message.id}`, alice);
    expect(deleted.body.message.reactions).toEqual([]);
    expect((await inHistory(bob, alice, message.id)).reactions).toEqual([]);
    const late = await react("PUT", bob, message.id, "🎉");
    expect([late.status, late.body]).toEqual([409, { error: "A deleted message cannot be reacted to" }]);
  });

  it("allow at most 20 different emoji on a message (409), while existing ones can still be added to", async () => {
    const message = await send(alice, { receiver_id: bob.id });
    const emoji = [..."😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗😙😚🙂🤗"];
    expect(emoji).toHaveLength(20);
    for (const one of emoji) expect((await react("PUT", alice, message.id, one)).status).toBe(200);
    const refused = await react("PUT", bob, message.id, "🤔");
    expect([refused.status, refused.body]).toEqual([409, { error: "A message can have at most 20 different emoji" }]);
    expect((await react("PUT", bob, message.id, "😀")).body.reactions[0]).toEqual({ emoji: "😀", count: 2, me: true, user_ids: [alice.id, bob.id] });
  });

  it("list at most 10 reactors per emoji, with the full count and me beyond them", async () => {
    const people = await Promise.all(Array.from({ length: 11 }, () => server.register("fan")));
    const group = await createGroup(alice, people);
    const message = await send(alice, { group_id: group.id });
    for (const person of people) await react("PUT", person, message.id, "🔥");
    const last = people[10]!;
    const page = await api("GET", `/api/messages/group/${group.id}`, last);
    const reaction = (page.body.messages as Message[]).find((one) => one.id === message.id)!.reactions[0]!;
    expect(reaction).toEqual({ emoji: "🔥", count: 11, me: true, user_ids: people.slice(0, 10).map((person) => person.id) });
  });

  it("reach every member live as message:reaction with their own me; the socket twins call the same rules", async () => {
    const group = await createGroup(alice, [bob, carol]);
    const message = await send(alice, { group_id: group.id });
    const [aliceSocket, bobSocket, bobOtherTab, carolSocket] = await Promise.all([
      server.connect(alice.token),
      server.connect(bob.token),
      server.connect(bob.token),
      server.connect(carol.token),
    ]);
    const carolHeard = nextEvent<Reactions>(carolSocket, "message:reaction");
    const bobTabHeard = nextEvent<Reactions>(bobOtherTab, "message:reaction");
    const aliceHeard = nextEvent<Reactions>(aliceSocket, "message:reaction");
    const ack = await emitWithAck<Reactions>(bobSocket, "reaction:add", { message_id: message.id, emoji: "👏" });
    expect(ack).toEqual({
      message_id: message.id,
      group_id: group.id,
      receiver_id: null,
      reactions: [{ emoji: "👏", count: 1, me: true, user_ids: [bob.id] }],
    });
    expect((await bobTabHeard).reactions[0]!.me).toBe(true);
    expect((await carolHeard).reactions).toEqual([{ emoji: "👏", count: 1, me: false, user_ids: [bob.id] }]);
    expect((await aliceHeard).message_id).toBe(message.id);

    const carolRemoval = nextEvent<Reactions>(carolSocket, "message:reaction");
    expect(await emitWithAck(bobSocket, "reaction:remove", { message_id: message.id, emoji: "👏" })).toMatchObject({ reactions: [] });
    expect((await carolRemoval).reactions).toEqual([]);

    expect(await emitWithAck(bobSocket, "reaction:add", { message_id: message.id, emoji: "👍👍" })).toEqual({
      error: "emoji must be exactly one emoji",
      status: 400,
    });
    const stranger = await server.register("stranger");
    const strangerSocket = await server.connect(stranger.token);
    const strangerHeard = collect(strangerSocket, "message:reaction");
    expect(await emitWithAck(strangerSocket, "reaction:add", { message_id: message.id, emoji: "👍" })).toEqual({
      error: "Message not found",
      status: 404,
    });
    await react("PUT", carol, message.id, "👍");
    expect(strangerHeard).toEqual([]);
  });

  it("an edit reaches each member with their own me on the reactions", async () => {
    const message = await send(alice, { receiver_id: bob.id });
    await react("PUT", bob, message.id, "👍");
    const [aliceSocket, bobSocket] = await Promise.all([server.connect(alice.token), server.connect(bob.token)]);
    const aliceHeard = nextEvent<Message>(aliceSocket, "message:updated");
    const bobHeard = nextEvent<Message>(bobSocket, "message:updated");
    const edited = await api("PATCH", `/api/messages/${message.id}`, alice, { message_content: "edited" });
    expect(edited.body.message.reactions).toEqual([{ emoji: "👍", count: 1, me: false, user_ids: [bob.id] }]);
    expect((await aliceHeard).reactions[0]!.me).toBe(false);
    expect((await bobHeard).reactions[0]!.me).toBe(true);
  });
});
