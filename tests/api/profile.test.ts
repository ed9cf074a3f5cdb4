import sharp from "sharp";
import { collect, nextEvent, useTestServer } from "../helpers/test-server";
import { pdf, png } from "../helpers/media";

const {
  server,
  users: { alice, bob, carol, dave, erin },
} = useTestServer(["alice", "bob", "carol", "dave", "erin"], { REQUESTS_PER_USER_PER_SECOND: "1000" });

const patchMe = (token: string, body: unknown) => server.request("PATCH", "/api/me", { token, body });

async function uploadImage(token: string, bytes: Promise<Buffer> | Buffer, name = "me.png", type = "image/png"): Promise<number> {
  const response = await server.upload(token, await bytes, name, type);
  expect(response.status).toBe(201);
  return response.body.attachment.id as number;
}

/** The avatar URL's path and query, with the size asked for. */
const avatarPath = (url: string, size?: "small" | "large") => (size ? `${url}&size=${size}` : url);

describe("PATCH /api/me", () => {
  it("sets a trimmed display name and a status line, and answers the caller as they are now", async () => {
    const response = await patchMe(alice.token, { display_name: "  Alice Liddell ", status_text: "down the rabbit hole" });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({
      id: alice.id,
      username: alice.username,
      email: alice.email,
      created_at: expect.any(String),
      display_name: "Alice Liddell",
      avatar_url: null,
      status_text: "down the rabbit hole",
      email_verified: false,
      is_admin: false,
    });
    expect((await server.request("GET", "/api/me", { token: alice.token })).body.user).toEqual(response.body.user);
    // A field left out stays; null clears.
    const cleared = await patchMe(alice.token, { status_text: null });
    expect(cleared.body.user).toMatchObject({ display_name: "Alice Liddell", status_text: null });
  });

  it.each([
    ["whitespace only", { display_name: "   " }, /display_name must not be empty/],
    ["65 characters", { display_name: "x".repeat(65) }, /display_name must be at most 64 characters/],
    ["a NUL byte", { display_name: "ali\u0000ce" }, /display_name must not contain control characters/],
    ["a line break", { display_name: "ali\nce" }, /display_name must not contain control characters/],
    ["a tab", { display_name: "ali\tce" }, /display_name must not contain control characters/],
    ["a C1 control", { display_name: "ali\u0085ce" }, /display_name must not contain control characters/],
    ["a bidirectional override", { display_name: "ali\u202Ece" }, /display_name must not contain control characters/],
    ["a number", { display_name: 42 }, /display_name must be a string or null/],
    ["141-character status", { status_text: "s".repeat(141) }, /status_text must be at most 140 characters/],
    ["an escape in the status", { status_text: "\u001b[31mred" }, /status_text must not contain control characters/],
    ["nothing to change", {}, /is required/],
    ["an avatar id that is not an id", { avatar_attachment_id: "1" }, /avatar_attachment_id/],
  ])("refuses %s with 400 and changes nothing", async (_label, body, message) => {
    const before = (await server.request("GET", "/api/me", { token: bob.token })).body.user;
    const response = await patchMe(bob.token, body);
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(message) }]);
    expect((await server.request("GET", "/api/me", { token: bob.token })).body.user).toEqual(before);
  });

  it("takes 64 characters (counted as characters, not UTF-16 units)", async () => {
    const name = "😀".repeat(64);
    const response = await patchMe(bob.token, { display_name: name });
    expect([response.status, response.body.user?.display_name]).toEqual([200, name]);
    await patchMe(bob.token, { display_name: null });
  });

  it("needs a token", async () => {
    expect((await server.request("PATCH", "/api/me", { body: { display_name: "x" } })).status).toBe(401);
  });
});

describe("avatars", () => {
  it("crops the caller's own image square to 64 and 256 px, served behind the token with a versioned URL", async () => {
    const id = await uploadImage(carol.token, png(300, 120));
    const response = await patchMe(carol.token, { avatar_attachment_id: id });
    expect(response.status).toBe(200);
    const url = response.body.user.avatar_url as string;
    expect(url).toMatch(new RegExp(`^/api/users/${carol.id}/avatar\\?v=[0-9a-f]{16}$`));

    for (const [size, side] of [
      ["small", 64],
      ["large", 256],
    ] as const) {
      const image = await server.fetchBytes("GET", avatarPath(url, size), { token: dave.token });
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/webp");
      expect(image.headers.get("cache-control")).toMatch(/immutable/);
      const meta = await sharp(image.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", side, side]);
    }
    // Without the version the answer must be revalidated; the ETag answers 304.
    const bare = await server.fetchBytes("GET", `/api/users/${carol.id}/avatar`, { token: dave.token });
    expect([bare.status, bare.headers.get("cache-control")]).toEqual([200, "private, no-cache"]);
    const etag = bare.headers.get("etag")!;
    const again = await server.fetchBytes("GET", `/api/users/${carol.id}/avatar`, { token: dave.token, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    // Avatars are for people signed in.
    expect((await server.fetchBytes("GET", url)).status).toBe(401);
  });

  it("a new avatar is a new URL and frees the old renditions; null removes it", async () => {
    const first = (await patchMe(erin.token, { avatar_attachment_id: await uploadImage(erin.token, png(50, 80)) })).body.user.avatar_url;
    const second = (await patchMe(erin.token, { avatar_attachment_id: await uploadImage(erin.token, png(90, 40)) })).body.user.avatar_url;
    expect(second).not.toBe(first);
    const stored = async () => (await server.server.dataSource.query(`SELECT avatar_key FROM users WHERE id = ${erin.id}`))[0].avatar_key;
    const key = await stored();
    expect(key).toEqual(expect.any(String));
    const removed = await patchMe(erin.token, { avatar_attachment_id: null });
    expect(removed.body.user.avatar_url).toBeNull();
    expect(await stored()).toBeNull();
    expect(await server.server.attachments.open(`${key}-64`)).toBeNull();
    expect(await server.server.attachments.open(`${key}-256`)).toBeNull();
    expect((await server.fetchBytes("GET", `/api/users/${erin.id}/avatar`, { token: alice.token })).status).toBe(404);
  });

  it("refuses someone else's upload (403), an unknown one (404) and a file that is not an image (400)", async () => {
    const bobs = await uploadImage(bob.token, png());
    expect(await patchMe(alice.token, { avatar_attachment_id: bobs, display_name: "not applied" })).toMatchObject({
      status: 403,
      body: { error: expect.stringMatching(/avatar_attachment_id/) },
    });
    expect((await patchMe(alice.token, { avatar_attachment_id: 987654 })).status).toBe(404);
    const document = await uploadImage(alice.token, pdf(), "doc.pdf", "application/pdf");
    expect(await patchMe(alice.token, { avatar_attachment_id: document })).toMatchObject({
      status: 400,
      body: { error: "avatar_attachment_id: must be an image" },
    });
    // A refused change leaves the rest of the body unapplied too.
    expect((await server.request("GET", "/api/me", { token: alice.token })).body.user.display_name).toBe("Alice Liddell");
  });

  it.each(["abc", "0", "-1", "99999999999"])("refuses the user id %s with 400", async (id) => {
    const response = await server.request("GET", `/api/users/${id}/avatar`, { token: alice.token });
    expect([response.status, response.body]).toEqual([400, { error: expect.stringMatching(/id/) }]);
  });

  it("refuses a size other than small or large with 400", async () => {
    const response = await server.request("GET", `/api/users/${carol.id}/avatar?size=huge`, { token: alice.token });
    expect([response.status, response.body]).toEqual([400, { error: 'size must be "small" or "large"' }]);
  });
});

describe("profile fields in every user JSON", () => {
  it("show in search (which matches display names too), conversations, last senders and group members", async () => {
    await patchMe(dave.token, { display_name: "Dave the Diver", status_text: "underwater" });
    await server.request("POST", "/api/messages/send", { token: dave.token, body: { receiver_id: alice.id, message_content: "hello" } });
    const group = await server.request("POST", "/api/groups", { token: dave.token, body: { name: "divers", member_ids: [alice.id] } });
    expect(group.status).toBe(201);
    await server.request("POST", "/api/messages/send", { token: dave.token, body: { group_id: group.body.group.id, message_content: "dive!" } });
    const profile = { id: dave.id, username: dave.username, display_name: "Dave the Diver", avatar_url: null, status_text: "underwater" };

    const search = await server.request("GET", "/api/users?search=the%20diver", { token: alice.token });
    expect(search.body.users).toEqual([profile]);

    const { conversations } = (await server.request("GET", "/api/conversations", { token: alice.token })).body;
    expect(conversations.find((row: { partner?: { id: number } }) => row.partner?.id === dave.id).partner).toEqual(profile);
    expect(conversations.find((row: { group?: { id: number } }) => row.group?.id === group.body.group.id).last_sender).toEqual(profile);

    const members = (await server.request("GET", `/api/groups/${group.body.group.id}`, { token: alice.token })).body.group.members;
    expect(members.find((member: { id: number }) => member.id === dave.id)).toEqual({ ...profile, role: "admin" });
    expect(members.find((member: { id: number }) => member.id === alice.id)).toMatchObject({ display_name: "Alice Liddell", avatar_url: null });
  });
});

describe("socket user:updated", () => {
  it("reaches the person's other tabs, a conversation partner and a group co-member, never a stranger", async () => {
    const [mine, partner, member, stranger] = await Promise.all([
      server.connect(bob.token),
      server.connect(carol.token),
      server.connect(dave.token),
      server.connect(erin.token),
    ]);
    await server.request("POST", "/api/messages/send", { token: bob.token, body: { receiver_id: carol.id, message_content: "hi carol" } });
    await server.request("POST", "/api/groups", { token: dave.token, body: { name: "with bob", member_ids: [bob.id] } });
    const strangerGot = collect(stranger, "user:updated");
    const events = [nextEvent(mine, "user:updated"), nextEvent(partner, "user:updated"), nextEvent(member, "user:updated")];

    const response = await patchMe(bob.token, { display_name: "Bobby" });
    const expected = { id: bob.id, username: bob.username, display_name: "Bobby", avatar_url: null, status_text: null };
    expect(await Promise.all(events)).toEqual([expected, expected, expected]);
    expect(response.body.user).toMatchObject(expected);
    // The stranger's socket is flushed by a round trip of its own before it is checked.
    const flushed = nextEvent(stranger, "message:new");
    await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: erin.id, message_content: "ping" } });
    await flushed;
    expect(strangerGot).toEqual([]);
  });

  it("does not reach someone the person blocked: a partner they blocked hears nothing, until unblocked", async () => {
    const [partner, other] = await Promise.all([server.connect(carol.token), server.connect(dave.token)]);
    await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: carol.id, message_content: "hi" } });
    await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: dave.id, message_content: "hi" } });
    expect((await server.request("PUT", `/api/blocks/${carol.id}`, { token: alice.token })).status).toBe(204);
    const blockedGot = collect(partner, "user:updated");
    const heard = nextEvent(other, "user:updated");
    expect((await patchMe(alice.token, { status_text: "out hiking" })).status).toBe(200);
    expect(await heard).toMatchObject({ id: alice.id, status_text: "out hiking" });
    // The blocked socket is flushed by a round trip of its own before it is checked.
    const flushed = nextEvent(partner, "message:new");
    await server.request("POST", "/api/messages/send", { token: dave.token, body: { receiver_id: carol.id, message_content: "ping" } });
    await flushed;
    expect(blockedGot).toEqual([]);

    expect((await server.request("DELETE", `/api/blocks/${carol.id}`, { token: alice.token })).status).toBe(204);
    const again = nextEvent(partner, "user:updated");
    await patchMe(alice.token, { status_text: "back" });
    expect(await again).toMatchObject({ id: alice.id, status_text: "back" });
  });
});
