import { emitWithAck, useTestServer } from "../helpers/test-server";

// Issue 13: every control character the server says it refuses is refused in every text field,
// the C1 range (U+0080–U+009F) included; tab, newline and carriage return stay legal in message text.
const { server, users } = useTestServer(["alice", "bob"], { REQUESTS_PER_USER_PER_SECOND: "100000", AUTH_RATE_LIMIT: "100000" });
const { alice, bob } = users;

const C1 = ["\u0080", "\u0085", "\u008d", "\u009b", "\u009f"];
const hex = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

async function groupOfAliceAndBob(): Promise<number> {
  const created = await server.request("POST", "/api/groups", { token: alice.token, body: { name: "c1 group", member_ids: [bob.id] } });
  expect(created.status).toBe(201);
  return created.body.group.id;
}

describe.each(C1.map((character) => [hex(character), character]))("the C1 control %s", (_label, character) => {
  const text = `ab${character}cd`;

  it("is refused with a 400 JSON error in every REST text field", async () => {
    const sent = await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: bob.id, message_content: "ok" } });
    const groupId = await groupOfAliceAndBob();
    const cases: Array<[string, string, Record<string, unknown> | undefined, RegExp]> = [
      ["POST", "/api/register", { username: `u${character}ser`, email: "c1@example.test", password: "long enough" }, /^username /],
      ["POST", "/api/register", { username: "c1_user", email: `a${character}b@example.test`, password: "long enough" }, /^email /],
      [
        "POST",
        "/api/register",
        { username: "c1_user", email: "c1@example.test", password: `long ${text}` },
        /^password must not contain control characters$/,
      ],
      ["POST", "/api/login", { username: text, password: "long enough" }, /^username must not contain control characters$/],
      ["POST", "/api/messages/send", { receiver_id: bob.id, message_content: text }, /^message_content must not contain control characters$/],
      ["POST", "/api/messages/send", { group_id: groupId, message_content: text }, /^message_content must not contain control characters$/],
      ["PATCH", `/api/messages/${sent.body.message.id}`, { message_content: text }, /^message_content must not contain control characters$/],
      ["POST", "/api/groups", { name: text, member_ids: [bob.id] }, /^name must not contain control characters$/],
      ["PATCH", `/api/groups/${groupId}`, { name: text }, /^name must not contain control characters$/],
      ["GET", `/api/users?search=${encodeURIComponent(text)}`, undefined, /^search must not contain control characters$/],
      ["GET", `/api/search?q=${encodeURIComponent(text)}`, undefined, /^q must not contain control characters$/],
    ];
    for (const [method, route, body, error] of cases) {
      const response = await server.request(method, route, { token: alice.token, body });
      expect({ route, body, status: response.status, error: response.body.error }).toEqual({
        route,
        body,
        status: 400,
        error: expect.stringMatching(error),
      });
    }
    const history = await server.request("GET", `/api/messages/conversation/${bob.id}`, { token: alice.token });
    expect(history.body.messages.some((m: { message_content: string }) => m.message_content.includes(character))).toBe(false);
  });

  it("is refused with a 400 acknowledgement over the socket", async () => {
    const socket = await server.connect(alice.token);
    const sent = await emitWithAck(socket, "message:send", { receiver_id: bob.id, message_content: "ok" });
    expect(await emitWithAck(socket, "message:send", { receiver_id: bob.id, message_content: text })).toEqual({
      error: "message_content must not contain control characters",
      status: 400,
    });
    expect(await emitWithAck(socket, "message:edit", { id: sent.message.id, message_content: text })).toEqual({
      error: "message_content must not contain control characters",
      status: 400,
    });
    socket.disconnect();
  });
});

describe("what stays legal", () => {
  it("keeps tab, newline and carriage return in messages, and characters just past C1 everywhere", async () => {
    const content = "line one\r\nline\ttwo\nthree \u00a0caf\u00e9 \u00ff \u2028";
    const sent = await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: bob.id, message_content: content } });
    expect(sent.status).toBe(201);
    expect(sent.body.message.message_content).toBe(content);
    const group = await server.request("POST", "/api/groups", { token: alice.token, body: { name: "caf\u00e9 \u00a0team", member_ids: [bob.id] } });
    expect(group.status).toBe(201);
    expect((await server.request("GET", `/api/users?search=${encodeURIComponent("caf\u00e9")}`, { token: alice.token })).status).toBe(200);
    expect((await server.request("GET", `/api/search?q=${encodeURIComponent("caf\u00e9")}`, { token: alice.token })).status).toBe(200);
  });
});
