import { type TestUser, useTestServer } from "../helpers/test-server";

const {
  server,
  users: { alice, bob, carol, dave },
} = useTestServer(["alice", "bob", "carol", "dave"], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const send = async (from: TestUser, to: TestUser, text: string) => {
  const response = await server.request("POST", "/api/messages/send", { token: from.token, body: { receiver_id: to.id, message_content: text } });
  expect(response.status).toBe(201);
  return response.body.message as { id: number; message_content: string };
};
const search = (user: TestUser, query: string) => server.request("GET", `/api/search?${query}`, { token: user.token });
const idsFor = async (user: TestUser, q: string, extra = "") => {
  const response = await search(user, `q=${encodeURIComponent(q)}${extra}`);
  expect(response.status).toBe(200);
  return (response.body.results as Array<{ id: number }>).map((result) => result.id);
};

describe("GET /api/search", () => {
  it("finds the caller's messages by whole word and by prefix, newest first, with the partner", async () => {
    const first = await send(alice, bob, "Let's meet at the Lighthouse café tomorrow");
    const second = await send(bob, alice, "lighthouse works, bring the umbrella");
    await send(alice, bob, "unrelated words only");

    const response = await search(alice, "q=lighthouse");
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { id: number }) => r.id)).toEqual([second.id, first.id]);
    expect(response.body.results[0]).toMatchObject({
      id: second.id,
      sender_id: bob.id,
      receiver_id: alice.id,
      message_content: "lighthouse works, bring the umbrella",
      partner_id: bob.id,
      partner_username: bob.username,
      deleted_at: null,
      edited_at: null,
    });
    expect(typeof response.body.results[0].timestamp).toBe("string");
    expect(typeof response.body.results[0].client_id).toBe("string");
    expect(response.body.has_more).toBe(false);
    // The partner sees the same messages, with the caller as partner.
    const forBob = await search(bob, "q=LIGHTHOUSE");
    expect(forBob.body.results.map((r: { id: number; partner_id: number }) => [r.id, r.partner_id])).toEqual([
      [second.id, alice.id],
      [first.id, alice.id],
    ]);

    // The last word is a prefix; earlier words must match whole; every word must match.
    expect(await idsFor(alice, "light")).toEqual([second.id, first.id]);
    expect(await idsFor(alice, "umbr")).toEqual([second.id]);
    expect(await idsFor(alice, "lighthouse umbr")).toEqual([second.id]);
    expect(await idsFor(alice, "light umbrella")).toEqual([]);
    // Accents and case are folded (SQLite) or matched as typed (PostgreSQL 'simple'): the typed form works on both.
    expect(await idsFor(alice, "café")).toEqual([first.id]);
    expect(await idsFor(alice, "zebra")).toEqual([]);
  });

  it("only ever returns the caller's own conversations", async () => {
    const mine = await send(carol, alice, "secret plan alpha for alice");
    const theirs = await send(carol, dave, "secret plan alpha for dave");
    const daveReply = await send(dave, carol, "secret plan alpha received");

    expect(await idsFor(alice, "secret plan alpha")).toEqual([mine.id]);
    expect(await idsFor(dave, "secret plan alpha")).toEqual([daveReply.id, theirs.id]);
    expect(await idsFor(carol, "secret plan alpha")).toEqual([daveReply.id, theirs.id, mine.id]);
    // Bob talks with alice but not with carol or dave.
    expect(await idsFor(bob, "secret")).toEqual([]);
    // A note to oneself is one's own conversation, with oneself as partner.
    const note = await send(dave, dave, "secret note to self");
    const response = await search(dave, "q=note");
    expect(response.body.results).toEqual([expect.objectContaining({ id: note.id, partner_id: dave.id })]);
    expect(await idsFor(carol, "note")).toEqual([]);
  });

  it("indexes edits by their new words only, and forgets deleted messages", async () => {
    const message = await send(alice, carol, "the meeting moves to wednesday");
    expect(await idsFor(carol, "wednesday")).toEqual([message.id]);

    const edit = await server.request("PATCH", `/api/messages/${message.id}`, {
      token: alice.token,
      body: { message_content: "the gathering moves to thursday" },
    });
    expect(edit.status).toBe(200);
    expect(await idsFor(carol, "wednesday")).toEqual([]);
    expect(await idsFor(carol, "meeting")).toEqual([]);
    const edited = await search(carol, "q=thursday");
    expect(edited.body.results).toEqual([expect.objectContaining({ id: message.id, message_content: "the gathering moves to thursday" })]);
    expect(edited.body.results[0].edited_at).not.toBeNull();

    const removed = await server.request("DELETE", `/api/messages/${message.id}`, { token: alice.token });
    expect(removed.status).toBe(200);
    for (const word of ["thursday", "gathering", "wednesday", "moves"]) expect(await idsFor(carol, word)).toEqual([]);
    for (const word of ["thursday", "gathering"]) expect(await idsFor(alice, word)).toEqual([]);
  });

  it("pages with before, newest first, at most 50 per page", async () => {
    const sent: number[] = [];
    for (let i = 0; i < 55; i += 1) sent.push((await send(dave, bob, `pagination marker number ${i}`)).id);
    const newestFirst = [...sent].reverse();

    const first = await search(bob, "q=pagination");
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { id: number }) => r.id)).toEqual(newestFirst.slice(0, 50));
    expect(first.body.has_more).toBe(true);
    const second = await search(bob, `q=pagination&before=${newestFirst[49]}`);
    expect(second.body.results.map((r: { id: number }) => r.id)).toEqual(newestFirst.slice(50));
    expect(second.body.has_more).toBe(false);

    const small = await search(bob, `q=pagination&limit=2&before=${newestFirst[10]}`);
    expect(small.body.results.map((r: { id: number }) => r.id)).toEqual(newestFirst.slice(11, 13));
    expect(small.body.has_more).toBe(true);
    expect((await search(bob, "q=pagination&limit=51")).status).toBe(400);
  });

  it("treats query syntax as plain words and never fails with a 500", async () => {
    const message = await send(bob, carol, `She said "NEAR" OR not - a:b * done 'quoted' Zürich 東京 naïve`);
    const hostile = [
      '"',
      '""',
      '"unterminated',
      "*",
      "near*",
      "NEAR(",
      "NEAR(a b, 2)",
      "OR",
      "a OR",
      "AND NOT",
      "-x",
      "-",
      "a:b",
      "content:said",
      "^said",
      "(said",
      "said)",
      "{said}",
      "'; DROP TABLE messages; --",
      "x'); DROP TABLE users; --",
      "\\",
      "%",
      "_",
      "said & !not | done",
      "said <-> done",
      "said:*",
      "😀",
      "\u0301",
      "\u202Esaid",
      "a".repeat(200),
      "word ".repeat(40),
    ];
    for (const q of hostile) {
      const response = await search(carol, `q=${encodeURIComponent(q)}`);
      expect([q, response.status]).toEqual([q, 200]);
      expect(Array.isArray(response.body.results)).toBe(true);
      expect(response.body.results.every((r: { id: number }) => r.id === message.id)).toBe(true);
    }
    // Operator words are searched as words.
    for (const q of ['"NEAR"', "near", "OR", "not", "a:b", "said*", "zürich", "東京", "'quoted'", "-done"]) {
      expect([q, await idsFor(carol, q)]).toEqual([q, [message.id]]);
    }
    expect(await idsFor(carol, "she OR nothing")).toEqual([]);

    const invalid: Array<[string, string]> = [
      ["q=", "q must not be empty"],
      ["q=%20%20", "q must not be empty"],
      ["", "q is required"],
      [`q=${"a".repeat(201)}`, "q must be at most 200 characters"],
      [`q=${encodeURIComponent("é".repeat(201))}`, "q must be at most 200 characters"],
      ["q=a%00b", "q must not contain control characters"],
      ["q=a%07", "q must not contain control characters"],
      ["q=a%0Ab", "q must not contain control characters"],
      ["q=a%09b", "q must not contain control characters"],
      ["q=%1B%5B31m", "q must not contain control characters"],
      ["q=%C2%85", "q must not contain control characters"],
      ["q=a&q=b", "q must be a string"],
      ["q=a&before=0", "before must be positive"],
      ["q=a&before=abc", "before must be a non-negative integer"],
      ["q=a&limit=0", "limit must be at least 1"],
    ];
    for (const [query, error] of invalid) {
      const response = await search(carol, query);
      expect([query, response.status, response.body]).toEqual([query, 400, { error }]);
    }
    // The messages table is intact after all of that.
    expect(await idsFor(carol, "東京")).toEqual([message.id]);
    expect((await server.request("GET", `/api/messages/conversation/${bob.id}`, { token: carol.token })).body.messages).toEqual([
      expect.objectContaining({ id: message.id }),
    ]);
  });

  it("requires a token", async () => {
    const response = await server.request("GET", "/api/search?q=hello");
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: expect.any(String) });
  });
});
