import { type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol },
} = useTestServer(["alice", "bob", "carol"]);

const api = (method: string, path: string, user: TestUser, body?: unknown) => server.request(method, path, { token: user.token, body });
const send = async (from: TestUser, body: Record<string, unknown>) =>
  (await api("POST", "/api/messages/send", from, body)).body.message as { id: number };
const cursorOf = async (user: TestUser) => {
  const response = await api("GET", "/api/messages/changes", user);
  expect(response.body).toEqual({ changes: [], cursor: expect.any(Number), has_more: false });
  return response.body.cursor as number;
};

describe("GET /api/messages/changes: edits and deletions missed while away", () => {
  it("lists the current state of each message changed after the cursor, in the caller's conversations only", async () => {
    const one = await send(alice, { receiver_id: bob.id, message_content: "first draft" });
    const two = await send(alice, { receiver_id: bob.id, message_content: "to be deleted" });
    const elsewhere = await send(carol, { receiver_id: alice.id, message_content: "not bob's business" });
    const bobCursor = await cursorOf(bob);

    await api("PATCH", `/api/messages/${one.id}`, alice, { message_content: "second draft" });
    await api("PATCH", `/api/messages/${one.id}`, alice, { message_content: "final text" });
    await api("DELETE", `/api/messages/${two.id}`, alice);
    await api("PATCH", `/api/messages/${elsewhere.id}`, carol, { message_content: "edited elsewhere" });

    const response = await api("GET", `/api/messages/changes?after=${bobCursor}`, bob);
    expect(response.status).toBe(200);
    // A message edited twice appears once, as it is now; the order is that of each message's last change.
    expect(response.body.changes).toEqual([
      expect.objectContaining({ id: one.id, message_content: "final text", edited_at: expect.any(String), deleted_at: null }),
      expect.objectContaining({ id: two.id, message_content: "", deleted_at: expect.any(String) }),
    ]);
    expect(response.body.has_more).toBe(false);
    const again = await api("GET", `/api/messages/changes?after=${response.body.cursor}`, bob);
    expect(again.body).toEqual({ changes: [], cursor: response.body.cursor, has_more: false });
  });

  it("pages with limit and has_more, and the cursor never skips a change", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await send(bob, { receiver_id: carol.id, message_content: `page ${i}` })).id);
    const start = await cursorOf(carol);
    for (const id of ids) await api("PATCH", `/api/messages/${id}`, bob, { message_content: `page ${id} edited` });
    const first = await api("GET", `/api/messages/changes?after=${start}&limit=2`, carol);
    expect(first.body.changes.map((m: { id: number }) => m.id)).toEqual(ids.slice(0, 2));
    expect(first.body.has_more).toBe(true);
    const second = await api("GET", `/api/messages/changes?after=${first.body.cursor}&limit=2`, carol);
    expect(second.body.changes.map((m: { id: number }) => m.id)).toEqual(ids.slice(2));
    expect(second.body.has_more).toBe(false);
  });

  it("covers groups while one is a member, and not after", async () => {
    const { body } = await api("POST", "/api/groups", alice, { name: "changes", member_ids: [bob.id, carol.id] });
    const groupId = body.group.id as number;
    const message = await send(alice, { group_id: groupId, message_content: "group text" });
    const [bobStart, carolStart] = [await cursorOf(bob), await cursorOf(carol)];
    await api("DELETE", `/api/groups/${groupId}/members/${carol.id}`, alice);
    await api("PATCH", `/api/messages/${message.id}`, alice, { message_content: "group text, edited" });
    expect((await api("GET", `/api/messages/changes?after=${bobStart}`, bob)).body.changes).toEqual([
      expect.objectContaining({ id: message.id, group_id: groupId, message_content: "group text, edited" }),
    ]);
    expect((await api("GET", `/api/messages/changes?after=${carolStart}`, carol)).body.changes).toEqual([]);
  });

  it.each(["after=-1", "after=abc", "limit=0", "limit=201", "after=99999999999"])("refuses %s with 400", async (query) => {
    const response = await api("GET", `/api/messages/changes?${query}`, bob);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.any(String) });
  });

  it("needs a token", async () => {
    expect((await server.request("GET", "/api/messages/changes")).status).toBe(401);
  });
});
