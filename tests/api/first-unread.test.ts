import { type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

type Row = { group?: { id: number }; partner?: { id: number }; unread_count: number; first_unread_id: number | null };

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, to: { receiver_id: number } | { group_id: number }, text = "hello") =>
  (await api("POST", "/api/messages/send", from, { ...to, message_content: text })).body.message as { id: number };
const rowOf = async (user: TestUser, match: (row: Row) => boolean) =>
  ((await api("GET", "/api/conversations", user)).body.conversations as Row[]).find(match)!;

describe("first_unread_id in /api/conversations", () => {
  it("direct: the reader's oldest unread message from the partner; past the read marker; skips deleted ones; null when all read", async () => {
    const ofAlice = (row: Row) => row.partner?.id === alice.id;
    const one = await send(alice, { receiver_id: bob.id }, "one");
    const two = await send(alice, { receiver_id: bob.id }, "two");
    const three = await send(alice, { receiver_id: bob.id }, "three");
    await send(bob, { receiver_id: alice.id }, "bob's own message is never unread for bob");
    expect(await rowOf(bob, ofAlice)).toMatchObject({ unread_count: 3, first_unread_id: one.id });
    expect((await rowOf(alice, (row) => row.partner?.id === bob.id)).first_unread_id).not.toBe(one.id);
    await api("POST", "/api/messages/read", bob, { partner_id: alice.id, up_to_id: one.id });
    expect((await rowOf(bob, ofAlice)).first_unread_id).toBe(two.id);
    await api("DELETE", `/api/messages/${two.id}`, alice);
    expect((await rowOf(bob, ofAlice)).first_unread_id).toBe(three.id);
    await api("POST", "/api/messages/read", bob, { partner_id: alice.id, up_to_id: three.id });
    expect(await rowOf(bob, ofAlice)).toMatchObject({ unread_count: 0, first_unread_id: null });
  });

  it("groups: other members' text after the reader's marker (not notices, not their own)", async () => {
    const group = (await api("POST", "/api/groups", alice, { name: "unread", member_ids: [bob.id, carol.id] })).body.group as { id: number };
    const ofGroup = (row: Row) => row.group?.id === group.id;
    expect((await rowOf(bob, ofGroup)).first_unread_id).toBeNull();
    await send(bob, { group_id: group.id }, "mine");
    const first = await send(carol, { group_id: group.id }, "carol");
    await send(alice, { group_id: group.id }, "alice");
    expect((await rowOf(bob, ofGroup)).first_unread_id).toBe(first.id);
    expect((await rowOf(carol, ofGroup)).first_unread_id).not.toBe(first.id);
  });
});
