import fs from "node:fs";
import path from "node:path";
import { CORPUS_UPLOAD_MAX_MB } from "./attachment-corpus";
import { buildCorpus } from "./bad-input-corpus";
import { linkPreviewCases } from "./link-preview-corpus";
import { SmtpCapture } from "../helpers/smtp-capture";
import { fetchBody, TestServer, type TestUser } from "../helpers/test-server";

let server: TestServer;
let alice: TestUser;
let bob: TestUser;
// The email routes answer 501 without SMTP: with a real (capturing) SMTP server they meet their real checks.
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await SmtpCapture.start();
  // Every case comes from one address; the per-IP cap is not what this test is about.
  server = await TestServer.start({
    AUTH_RATE_LIMIT: "100000",
    REQUESTS_PER_USER_PER_SECOND: "100000",
    UPLOAD_MAX_MB: String(CORPUS_UPLOAD_MAX_MB),
    SMTP_URL: smtp.url,
    PUBLIC_URL: "https://chat.example.test",
  });
  const [first, second, carol] = await Promise.all([server.register("alice"), server.register("bob"), server.register("carol")]);
  [alice, bob] = [first, second];
  await server.request("POST", "/api/messages/send", { token: alice.token, body: { receiver_id: bob.id, message_content: "before the storm" } });
  // Message 2, of a conversation alice is not in: her replies to it and reactions on it must be refused.
  await server.request("POST", "/api/messages/send", { token: bob.token, body: { receiver_id: carol.id, message_content: "not alice's" } });
  // Group 1, carol's, with alice as a plain member (members may not pin); message 4 is carol's there (3 is the group's notice).
  await server.request("POST", "/api/groups", { token: carol.token, body: { name: "carol's", member_ids: [alice.id] } });
  await server.request("POST", "/api/messages/send", { token: carol.token, body: { group_id: 1, message_content: `@${alice.username} pin this?` } });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function snapshot() {
  const rows = await server.server.dataSource.query("SELECT * FROM users ORDER BY id");
  const messages = await server.server.dataSource.query("SELECT * FROM messages ORDER BY id");
  const groups = await server.server.dataSource.query("SELECT * FROM groups ORDER BY id");
  const members = await server.server.dataSource.query("SELECT * FROM group_members ORDER BY group_id, user_id");
  const attachments = await server.server.dataSource.query("SELECT * FROM attachments ORDER BY id");
  const reactions = await server.server.dataSource.query("SELECT * FROM reactions ORDER BY id");
  const mentions = await server.server.dataSource.query("SELECT * FROM message_mentions ORDER BY message_id, user_id");
  const pins = await server.server.dataSource.query("SELECT * FROM pins ORDER BY message_id");
  const pushSubscriptions = await server.server.dataSource.query("SELECT * FROM push_subscriptions ORDER BY id");
  const pushPreferences = await server.server.dataSource.query("SELECT * FROM push_preferences ORDER BY user_id");
  const nativeTokens = await server.server.dataSource.query("SELECT * FROM push_native_tokens ORDER BY id");
  await server.server.outbox.idle();
  const emailTokens = await server.server.dataSource.query("SELECT * FROM email_tokens ORDER BY id");
  const blocks = await server.server.dataSource.query("SELECT * FROM blocks ORDER BY blocker_id, blocked_id");
  const reports = await server.server.dataSource.query("SELECT * FROM reports ORDER BY id");
  const stored = fs.readdirSync(path.join(server.dir, "attachments"));
  return JSON.stringify({
    rows,
    messages,
    groups,
    members,
    attachments,
    reactions,
    mentions,
    pins,
    pushSubscriptions,
    pushPreferences,
    nativeTokens,
    emailTokens,
    mails: smtp.mails.length,
    blocks,
    reports,
    stored,
  });
}

describe("a corpus of bad REST input", () => {
  const corpus = buildCorpus({ self: 1, other: 2, foreignMessage: 2, group: 1, groupMessage: 4 });
  corpus.push(...linkPreviewCases({ foreignMessage: 2 }));

  it("has at least 200 cases", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  // Some 1,700 requests one after another: more than the default 30 s on a busy shared machine.
  it("answers every case with a 4xx and a JSON error, never a 5xx, and changes no data", async () => {
    const before = await snapshot();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const testCase of corpus) {
      const headers: Record<string, string> = {};
      if (testCase.auth === "user") headers.authorization = `Bearer ${alice.token}`;
      if (testCase.auth === "garbage") headers.authorization = "Bearer eyJhbGciOiJub25lIn0.e30.";
      let body: string | Buffer | undefined;
      if (testCase.raw !== undefined) {
        body = testCase.raw;
        headers["content-type"] = testCase.contentType ?? "application/json";
      } else if (testCase.body !== undefined) {
        body = JSON.stringify(testCase.body);
        headers["content-type"] = "application/json";
      }
      const response = await fetch(server.url + testCase.path, { method: testCase.method, headers, body: fetchBody(body) });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const text = await response.text();
      let json: { error?: unknown } | undefined;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      if (response.status < 400 || response.status >= 500 || typeof json?.error !== "string") {
        failures.push(`${testCase.name}: ${response.status} ${text.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(server.serverErrors).toEqual([]);
    expect(await snapshot()).toBe(before);
    // The server is still up and still right.
    const health = await server.request("GET", "/api/health");
    expect(health.status).toBe(200);
    const history = await server.request("GET", `/api/messages/conversation/${bob.id}`, { token: alice.token });
    expect(history.body.messages.map((m: { message_content: string }) => m.message_content)).toEqual(["before the storm"]);
    console.log(`bad-input corpus: ${corpus.length} cases, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 120_000);

  it("does not let a prototype-pollution body touch Object.prototype", async () => {
    await fetch(server.url + "/api/register", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"__proto__":{"polluted":"yes"},"username":"proto_user","email":"proto@example.test","password":"long enough"}',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
