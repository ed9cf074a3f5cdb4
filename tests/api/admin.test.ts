import { randomBytes } from "node:crypto";
import { ApiError, ChatApi } from "@chat-app/client";
import { type TestUser, useTestServer } from "../helpers/test-server";

const ADMIN_NAMES = [`boss_${randomBytes(3).toString("hex")}`, `chief_${randomBytes(3).toString("hex")}`];
const REPORTS_PER_HOUR = 4;

const { server } = useTestServer([], {
  REQUESTS_PER_USER_PER_SECOND: "1000",
  // Written in another case and with spaces: names compare case-insensitively, trimmed.
  ADMIN_USERNAMES: ` ${ADMIN_NAMES[0]!.toUpperCase()} , ${ADMIN_NAMES[1]}`,
  REPORTS_PER_HOUR: String(REPORTS_PER_HOUR),
});

const api = (method: string, path: string, user: TestUser | undefined, body?: unknown) => server.request(method, path, { token: user?.token, body });

async function registerAs(username: string): Promise<TestUser> {
  const email = `${username}@example.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const response = await server.request("POST", "/api/register", { body: { username, email, password } });
  expect(response.status).toBe(201);
  return { id: response.body.user.id, username, email, password, token: response.body.token };
}

let boss: TestUser;
let chief: TestUser;
beforeAll(async () => {
  boss = await registerAs(ADMIN_NAMES[0]!);
  chief = await registerAs(ADMIN_NAMES[1]!);
});

/** Three new people, so no test sees another's reports or budget. */
const people = async (): Promise<[TestUser, TestUser, TestUser]> => {
  const [a, b, c] = await Promise.all([1, 2, 3].map(() => server.register("r")));
  return [a!, b!, c!];
};
const sendDirect = async (from: TestUser, to: TestUser, text: string): Promise<number> => {
  const response = await api("POST", "/api/messages/send", from, { receiver_id: to.id, message_content: text });
  expect(response.status).toBe(201);
  return response.body.message.id as number;
};
const report = (user: TestUser | undefined, messageId: number | string, reason: unknown = "spam") =>
  api("POST", `/api/messages/${messageId}/report`, user, { reason });
const logIn = (user: TestUser) => server.request("POST", "/api/login", { body: { username: user.username, password: user.password } });

describe("admins", () => {
  it("GET /api/me says is_admin for the names in ADMIN_USERNAMES only", async () => {
    const [someone] = await people();
    expect((await api("GET", "/api/me", boss)).body.user.is_admin).toBe(true);
    expect((await api("GET", "/api/me", chief)).body.user.is_admin).toBe(true);
    expect((await api("GET", "/api/me", someone)).body.user.is_admin).toBe(false);
  });

  it("refuses the admin routes to everyone else (403) and to no token (401)", async () => {
    const [someone, other] = await people();
    for (const [method, path] of [
      ["GET", "/api/admin/reports"],
      ["POST", `/api/admin/users/${other.id}/deactivate`],
      ["POST", `/api/admin/users/${other.id}/reactivate`],
    ] as const) {
      const refused = await api(method, path, someone);
      expect([refused.status, refused.body]).toEqual([403, { error: expect.stringMatching(/admin/) }]);
      expect((await api(method, path, undefined)).status).toBe(401);
    }
    // Nothing happened to the other person.
    expect((await logIn(other)).status).toBe(200);
  });
});

describe("reporting a message", () => {
  it("by the other person of a direct conversation: stored once with the text as it was; again → 409", async () => {
    const [alice, bob] = await people();
    const id = await sendDirect(alice, bob, "buy cheap watches");
    const made = await report(bob, id, "  spam\nand more spam  ");
    expect([made.status, made.body]).toEqual([201, { report: { id: expect.any(Number), message_id: id, created_at: expect.any(String) } }]);
    const again = await report(bob, id, "still spam");
    expect([again.status, again.body]).toEqual([409, { error: expect.stringMatching(/already reported/) }]);

    // An edit and a deletion later, admins still see what was reported.
    expect((await api("PATCH", `/api/messages/${id}`, alice, { message_content: "nothing to see" })).status).toBe(200);
    expect((await api("DELETE", `/api/messages/${id}`, alice)).status).toBe(200);
    const listed = await api("GET", "/api/admin/reports?limit=100", boss);
    expect(listed.status).toBe(200);
    const found = (listed.body.reports as Array<{ id: number }>).find((entry) => entry.id === made.body.report.id);
    expect(found).toEqual({
      id: made.body.report.id,
      reason: "spam\nand more spam",
      created_at: made.body.report.created_at,
      reporter: { id: bob.id, username: bob.username, display_name: null, avatar_url: null, status_text: null },
      sender: { id: alice.id, username: alice.username, display_name: null, avatar_url: null, status_text: null, deactivated: false },
      message: { id, text: "buy cheap watches", sent_at: expect.any(String), deleted: true },
      conversation: { receiver_id: bob.id, group_id: null },
    });
  });

  it("by a group member; outsiders get 404 as for no message; not one's own (400), not a deleted one or a notice (409)", async () => {
    const [owner, member, outsider] = await people();
    const group = await api("POST", "/api/groups", owner, { name: "Report test", member_ids: [member.id] });
    expect(group.status).toBe(201);
    const groupId = group.body.group.id as number;
    const sent = await api("POST", "/api/messages/send", owner, { group_id: groupId, message_content: "rude words" });
    const id = sent.body.message.id as number;
    expect((await report(member, id)).status).toBe(201);
    for (const missing of [id, 987654]) {
      const refused = await report(outsider, missing);
      expect([refused.status, refused.body]).toEqual([404, { error: "Message not found" }]);
    }
    const own = await report(owner, id);
    expect([own.status, own.body]).toEqual([400, { error: expect.stringMatching(/your own/) }]);

    const history = await api("GET", `/api/messages/group/${groupId}`, member);
    const notice = (history.body.messages as Array<{ id: number; kind: string }>).find((message) => message.kind === "system")!;
    expect((await report(member, notice.id)).status).toBe(409);
    const gone = await sendDirect(owner, member, "soon gone");
    expect((await api("DELETE", `/api/messages/${gone}`, owner)).status).toBe(200);
    expect((await report(member, gone)).status).toBe(409);

    const listed = await api("GET", "/api/admin/reports?limit=100", chief);
    const mine = (listed.body.reports as Array<{ message: { id: number }; conversation: unknown }>).filter((entry) => entry.message.id === id);
    expect(mine.map((entry) => entry.conversation)).toEqual([{ group_id: groupId, receiver_id: null }]);
  });

  it("checks the reason: 1–500 characters after trimming, line breaks but no other control characters", async () => {
    const [alice, bob] = await people();
    const id = await sendDirect(alice, bob, "hm");
    for (const reason of ["", "   \n ", "a".repeat(501), "tab\there", "cr\rhere", "nul\u0000", 42, null]) {
      const refused = await report(bob, id, reason);
      expect([refused.status, refused.body]).toEqual([400, { error: expect.stringMatching(/^reason /) }]);
    }
    expect((await api("POST", `/api/messages/${id}/report`, bob, {})).body).toEqual({ error: "reason is required" });
    for (const bad of ["abc", "0", "-1"]) expect((await report(bob, bad)).status).toBe(400);
    // 500 characters (code points, an emoji being one) is the most.
    expect((await report(bob, id, "😀".repeat(500))).status).toBe(201);
  });

  it(`allows ${REPORTS_PER_HOUR} reports per person per hour, then 429`, async () => {
    const [alice, bob, carol] = await people();
    const ids: number[] = [];
    for (let i = 0; i <= REPORTS_PER_HOUR; i += 1) ids.push(await sendDirect(alice, bob, `flood ${i}`));
    for (const id of ids.slice(0, REPORTS_PER_HOUR)) expect((await report(bob, id)).status).toBe(201);
    const limited = await report(bob, ids[REPORTS_PER_HOUR]!);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    // Someone else's budget is their own.
    const carolsId = await sendDirect(alice, carol, "flood for carol");
    expect((await report(carol, carolsId)).status).toBe(201);
  });
});

describe("GET /api/admin/reports", () => {
  it("pages newest first by `before` until next_before is null", async () => {
    const [alice, bob] = await people();
    const made: number[] = [];
    for (let i = 0; i < 3; i += 1) made.push((await report(bob, await sendDirect(alice, bob, `page ${i}`))).body.report.id);
    const seen: number[] = [];
    let before: number | null | undefined;
    do {
      const page = await api("GET", `/api/admin/reports?limit=2${before ? `&before=${before}` : ""}`, boss);
      expect(page.status).toBe(200);
      expect(page.body.reports.length).toBeLessThanOrEqual(2);
      seen.push(...(page.body.reports as Array<{ id: number }>).map((entry) => entry.id));
      before = page.body.next_before;
    } while (before !== null);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 3)).toEqual([...made].reverse());
    expect((await api("GET", "/api/admin/reports?limit=0", boss)).status).toBe(400);
    expect((await api("GET", "/api/admin/reports?limit=101", boss)).status).toBe(400);
  });
});

describe("deactivating an account", () => {
  it("ends its sessions at once, refuses log-in with a clear message; reactivating lets them log in again", async () => {
    const [alice, bob] = await people();
    const id = await sendDirect(alice, bob, "bad");
    expect((await report(bob, id)).status).toBe(201);
    const second = await logIn(alice);
    expect(second.status).toBe(200);

    expect((await api("POST", `/api/admin/users/${alice.id}/deactivate`, boss)).status).toBe(204);
    expect((await api("POST", `/api/admin/users/${alice.id}/deactivate`, boss)).status).toBe(204);
    for (const token of [alice.token, second.body.token as string]) {
      expect((await server.request("GET", "/api/me", { token })).status).toBe(401);
    }
    const refused = await logIn(alice);
    expect([refused.status, refused.body]).toEqual([403, { error: "This account has been deactivated" }]);
    // A wrong password still reads as any wrong password: nothing is told to a guesser.
    const guessed = await server.request("POST", "/api/login", { body: { username: alice.username, password: "not-it-at-all" } });
    expect([guessed.status, guessed.body]).toEqual([401, { error: "Invalid username or password" }]);
    // Bob is untouched.
    expect((await api("GET", "/api/me", bob)).status).toBe(200);
    // Admins see the sender as deactivated.
    const listed = await api("GET", "/api/admin/reports?limit=100", boss);
    const entry = (listed.body.reports as Array<{ message: { id: number }; sender: { deactivated: boolean } }>).find((r) => r.message.id === id);
    expect(entry?.sender.deactivated).toBe(true);

    expect((await api("POST", `/api/admin/users/${alice.id}/reactivate`, chief)).status).toBe(204);
    expect((await api("POST", `/api/admin/users/${alice.id}/reactivate`, chief)).status).toBe(204);
    // The old sessions stay ended; a new log-in works.
    expect((await api("GET", "/api/me", alice)).status).toBe(401);
    const back = await logIn(alice);
    expect(back.status).toBe(200);
    expect((await server.request("GET", "/api/me", { token: back.body.token })).status).toBe(200);
  });

  it("refuses oneself (400), another admin (403) and nobody (404)", async () => {
    const self = await api("POST", `/api/admin/users/${boss.id}/deactivate`, boss);
    expect([self.status, self.body]).toEqual([400, { error: expect.stringMatching(/your own/) }]);
    const other = await api("POST", `/api/admin/users/${chief.id}/deactivate`, boss);
    expect([other.status, other.body]).toEqual([403, { error: expect.stringMatching(/ADMIN_USERNAMES/) }]);
    expect((await api("GET", "/api/me", chief)).status).toBe(200);
    for (const action of ["deactivate", "reactivate"]) {
      expect((await api("POST", `/api/admin/users/987654/${action}`, boss)).status).toBe(404);
      expect((await api("POST", `/api/admin/users/abc/${action}`, boss)).status).toBe(400);
    }
  });
});

describe("ChatApi", () => {
  it("reports, lists, deactivates and reactivates", async () => {
    const [alice, bob] = await people();
    const id = await sendDirect(alice, bob, "through the client");
    const asBob = new ChatApi(server.url, bob.token);
    const asBoss = new ChatApi(server.url, boss.token);
    expect((await asBob.reportMessage(id, "client spam")).message_id).toBe(id);
    await expect(asBob.reportMessage(id, "again")).rejects.toBeInstanceOf(ApiError);
    const page = await asBoss.adminReports();
    expect(page.reports[0]).toMatchObject({ reason: "client spam", message: { id, text: "through the client" }, sender: { id: alice.id } });
    await expect(asBob.adminReports()).rejects.toMatchObject({ status: 403 });
    await asBoss.deactivateUser(alice.id);
    expect((await logIn(alice)).status).toBe(403);
    await asBoss.reactivateUser(alice.id);
    expect((await logIn(alice)).status).toBe(200);
  });
});
