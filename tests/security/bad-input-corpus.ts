import { adminCases } from "./admin-corpus";
import { attachmentCases } from "./attachment-corpus";
import { emailCases } from "./email-corpus";
import { mentionForwardPinCases } from "./mention-forward-pin-corpus";
import { profileCases } from "./profile-corpus";
import { accountCases } from "./account-corpus";
import { pushCases } from "./push-corpus";
import { replyAndReactionCases } from "./reply-reaction-corpus";

/**
 * A table of hostile and malformed REST input. Each case says what it sends; the test asserts only
 * what every case must get: a 4xx with a JSON {error}, a live server, unchanged data.
 */
export interface BadRequestCase {
  name: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  /** A JSON-serialisable body, or a raw string/Buffer sent as is. */
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  /** Which token to send: the test user's, none, or a broken one. */
  auth: "user" | "none" | "garbage";
}

const NASTY_STRINGS: Array<[string, unknown]> = [
  ["null", null],
  ["true", true],
  ["number", 12345],
  ["negative", -1],
  ["float", 1.5],
  ["NaN-ish string", "NaN"],
  ["huge number", 1e308],
  ["array of string", ["a"]],
  ["empty array", []],
  ["object", { a: 1 }],
  ["empty object", {}],
  ["empty string", ""],
  ["whitespace", "   "],
  ["NUL byte", "abc\u0000def"],
  ["bell control", "ab\u0007"],
  ["escape sequence", "\u001b[31mred"],
  ["C1 control U+0080", "ab\u0080cd"],
  ["C1 next line U+0085", "line\u0085next"],
  ["C1 CSI U+009B", "\u009b31mred"],
  ["C1 control U+009F", "ab\u009f"],
  ["lone high surrogate", "ab\ud800cd"],
  ["lone low surrogate", "\udc00"],
  ["100k characters", "a".repeat(100_000 / 2)],
  ["SQL injection", "' OR '1'='1' --"],
  ["SQL drop", "x'); DROP TABLE users; --"],
  ["NoSQL operator", { $gt: "" }],
  ["NoSQL where", { $where: "sleep(1000)" }],
  ["prototype key", { __proto__: { admin: true } }],
  ["constructor key", { constructor: { prototype: { admin: true } } }],
  ["path traversal", "../../etc/passwd"],
  ["template injection", "${7*7}{{7*7}}"],
  ["html", "<script>alert(1)</script>"],
];

function fieldCases(
  path: string,
  auth: BadRequestCase["auth"],
  valid: Record<string, unknown>,
  fields: string[],
  skipFor: (field: string, value: unknown) => boolean,
): BadRequestCase[] {
  const cases: BadRequestCase[] = [];
  for (const field of fields) {
    for (const [label, value] of NASTY_STRINGS) {
      if (skipFor(field, value)) continue;
      cases.push({ name: `${path} ${field} = ${label}`, method: "POST", path, body: { ...valid, [field]: value }, auth });
    }
    const { [field]: _omitted, ...missing } = valid;
    cases.push({ name: `${path} without ${field}`, method: "POST", path, body: missing, auth });
  }
  return cases;
}

let depth = "";
for (let i = 0; i < 5000; i += 1) depth = `{"a":${depth || "1"}}`;

const wholeBodyCases = (path: string, auth: BadRequestCase["auth"]): BadRequestCase[] => [
  { name: `${path} no body`, method: "POST", path, auth },
  { name: `${path} empty JSON object`, method: "POST", path, body: {}, auth },
  { name: `${path} JSON array`, method: "POST", path, body: [1, 2], auth },
  { name: `${path} JSON string`, method: "POST", path, raw: '"hello"', contentType: "application/json", auth },
  { name: `${path} JSON null`, method: "POST", path, raw: "null", contentType: "application/json", auth },
  { name: `${path} truncated JSON`, method: "POST", path, raw: '{"username": "a', contentType: "application/json", auth },
  { name: `${path} trailing comma`, method: "POST", path, raw: '{"a":1,}', contentType: "application/json", auth },
  {
    name: `${path} invalid UTF-8`,
    method: "POST",
    path,
    raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
    contentType: "application/json",
    auth,
  },
  { name: `${path} UTF-16 charset`, method: "POST", path, raw: "{}", contentType: "application/json; charset=utf-16", auth },
  { name: `${path} 10 MB body`, method: "POST", path, raw: `{"a":"${"x".repeat(10 * 1024 * 1024)}"}`, contentType: "application/json", auth },
  { name: `${path} deep JSON`, method: "POST", path, raw: depth, contentType: "application/json", auth },
  { name: `${path} form encoded`, method: "POST", path, raw: "username=a&password=b", contentType: "application/x-www-form-urlencoded", auth },
  { name: `${path} text/plain`, method: "POST", path, raw: "hello", contentType: "text/plain", auth },
  {
    name: `${path} duplicate __proto__`,
    method: "POST",
    path,
    raw: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    contentType: "application/json",
    auth,
  },
];

/**
 * `foreignMessage`: a message of a conversation `self` is not in. `group`: a group `self` is a
 * member (not an admin) of, where members may not pin; `groupMessage`: another member's message there.
 */
export function buildCorpus(ids: { self: number; other: number; foreignMessage: number; group: number; groupMessage: number }): BadRequestCase[] {
  const validRegister = { username: "corpus_user", email: "corpus@example.test", password: "long enough" };
  const validLogin = { username: "corpus_user", password: "long enough" };
  const validSend = { receiver_id: ids.other, message_content: "hi" };
  const cases: BadRequestCase[] = [
    ...fieldCases(
      "/api/register",
      "none",
      validRegister,
      ["username", "email", "password"],
      (field, value) =>
        // Skip the few values that are legal for a field: "NaN" is a fine username, most strings a fine password.
        (field === "username" && typeof value === "string" && /^[A-Za-z0-9_.-]{3,32}$/.test(value)) ||
        (field === "password" &&
          typeof value === "string" &&
          value.length >= 8 &&
          Buffer.byteLength(value) <= 72 &&
          !/[\u0000-\u001f\u0080-\u009f\ud800-\udfff]/.test(value)),
    ),
    ...fieldCases(
      "/api/login",
      "none",
      validLogin,
      ["username", "password"],
      (_field, value) =>
        typeof value === "string" &&
        value.trim().length > 0 &&
        value.length <= 1024 &&
        !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]/.test(value),
    ),
    ...fieldCases(
      "/api/messages/send",
      "user",
      validSend,
      ["receiver_id", "message_content"],
      (field, value) =>
        field === "message_content" &&
        typeof value === "string" &&
        value.trim().length > 0 &&
        !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]/.test(value),
    ),
    ...wholeBodyCases("/api/register", "none"),
    ...wholeBodyCases("/api/login", "none"),
    ...wholeBodyCases("/api/messages/send", "user"),
    { name: "send without token", method: "POST", path: "/api/messages/send", body: validSend, auth: "none" },
    { name: "send with garbage token", method: "POST", path: "/api/messages/send", body: validSend, auth: "garbage" },
    { name: "send client_id not a UUID", method: "POST", path: "/api/messages/send", body: { ...validSend, client_id: "123" }, auth: "user" },
    { name: "send client_id SQL", method: "POST", path: "/api/messages/send", body: { ...validSend, client_id: "' OR 1=1 --" }, auth: "user" },
    { name: "send client_id object", method: "POST", path: "/api/messages/send", body: { ...validSend, client_id: { $ne: null } }, auth: "user" },
  ];
  // The issue 6 endpoints: receipts, edit, delete.
  cases.push(
    ...fieldCases(
      "/api/messages/read",
      "user",
      { partner_id: ids.other, up_to_id: 1 },
      ["partner_id", "up_to_id"],
      (_field, value) =>
        // A positive id is legal input (an unknown partner is a 404; a too-high up_to_id is clamped).
        typeof value === "number" && Number.isInteger(value) && value > 0 && value < 2 ** 31,
    ),
    ...wholeBodyCases("/api/messages/delivered", "user"),
  );
  // Groups: creation, member management and group messages. Group 987654 does not exist (404).
  const hasControl = (value: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]/.test(value);
  cases.push(
    ...fieldCases(
      "/api/groups",
      "user",
      { name: "corpus group", member_ids: [ids.other] },
      ["name", "member_ids"],
      (field, value) => field === "name" && typeof value === "string" && value.trim().length > 0 && value.trim().length <= 64 && !hasControl(value),
    ),
    ...wholeBodyCases("/api/groups", "user"),
    ...fieldCases("/api/groups/987654/members", "user", { member_ids: [ids.other] }, ["member_ids"], () => false),
    ...fieldCases("/api/messages/send", "user", { group_id: 987654, message_content: "hi" }, ["group_id"], () => false),
    ...fieldCases("/api/messages/read", "user", { group_id: 987654, up_to_id: 1 }, ["group_id"], () => false),
    { name: "send to a person and a group at once", method: "POST", path: "/api/messages/send", body: { ...validSend, group_id: 1 }, auth: "user" },
    { name: "create group without token", method: "POST", path: "/api/groups", body: { name: "x", member_ids: [ids.other] }, auth: "none" },
  );
  for (const id of ["0", "-1", "abc", "1.5", "99999999999", "1e3", "%00", "987654"]) {
    cases.push({ name: `group history id ${id}`, method: "GET", path: `/api/messages/group/${id}`, auth: "user" });
    cases.push({ name: `group id ${id}`, method: "GET", path: `/api/groups/${id}`, auth: "user" });
    cases.push({ name: `leave group id ${id}`, method: "POST", path: `/api/groups/${id}/leave`, auth: "user" });
    cases.push({ name: `remove member of group ${id}`, method: "DELETE", path: `/api/groups/${id}/members/${ids.other}`, auth: "user" });
    cases.push({ name: `remove member id ${id}`, method: "DELETE", path: `/api/groups/987654/members/${id}`, auth: "user" });
  }
  for (const role of ["owner", "", "ADMIN", null, 1, ["admin"]]) {
    cases.push({
      name: `set role ${JSON.stringify(role)}`,
      method: "PATCH",
      path: `/api/groups/987654/members/${ids.other}`,
      body: { role },
      auth: "user",
    });
  }
  for (const [label, value] of NASTY_STRINGS) {
    const legal =
      typeof value === "string" && value.trim().length > 0 && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udfff]/.test(value);
    if (!legal)
      cases.push({
        name: `edit message_content = ${label}`,
        method: "PATCH",
        path: "/api/messages/1",
        body: { message_content: value },
        auth: "user",
      });
  }
  for (const id of ["abc", "0", "-1", "1.5", "99999999999", "%00", "1;DROP TABLE messages"]) {
    cases.push({ name: `delete message id ${id}`, method: "DELETE", path: `/api/messages/${id}`, auth: "user" });
    cases.push({ name: `edit message id ${id}`, method: "PATCH", path: `/api/messages/${id}`, body: { message_content: "x" }, auth: "user" });
  }
  cases.push({ name: "delete without token", method: "DELETE", path: "/api/messages/1", auth: "none" });
  cases.push({ name: "read without token", method: "POST", path: "/api/messages/read", body: { partner_id: ids.other, up_to_id: 1 }, auth: "none" });
  const conversationIds = [
    "abc",
    "0",
    "-1",
    "1.5",
    "1e3",
    "0x10",
    "99999999999999999999",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "1;DROP TABLE messages",
    "%27%20OR%201%3D1",
    "NaN",
    "Infinity",
    " 1",
    "%E2%80%AE1",
    String(ids.other) + "abc",
  ];
  for (const id of conversationIds) {
    cases.push({ name: `conversation id ${id}`, method: "GET", path: `/api/messages/conversation/${id}`, auth: "user" });
  }
  const queries = [
    "limit=0",
    "limit=-5",
    "limit=201",
    "limit=1e2",
    "limit=abc",
    "before=0",
    "before=-1",
    "before=abc",
    "after=-1",
    "after=x",
    "before=1&after=1",
    "limit=10&limit=20",
    "before=1&before=2",
    "after=1&after=2",
    "before=99999999999",
  ];
  for (const query of queries) {
    cases.push({ name: `conversation query ${query}`, method: "GET", path: `/api/messages/conversation/${ids.other}?${query}`, auth: "user" });
  }
  cases.push(...replyAndReactionCases(ids));
  cases.push(...mentionForwardPinCases(ids));
  cases.push({ name: "ice servers without token", method: "GET", path: "/api/calls/ice-servers", auth: "none" });
  cases.push({ name: "active calls without token", method: "GET", path: "/api/calls/active", auth: "none" });
  cases.push({ name: "conversation without token", method: "GET", path: `/api/messages/conversation/${ids.other}`, auth: "none" });
  cases.push({ name: "conversation with unknown user", method: "GET", path: "/api/messages/conversation/987654", auth: "user" });
  for (const search of ["a".repeat(65), "%00", "abc%07", "x&search=y", "abc%C2%80", "%C2%85", "a%C2%9Bb", "abc%C2%9F"]) {
    cases.push({ name: `user search ${search.slice(0, 20)}`, method: "GET", path: `/api/users?search=${search}`, auth: "user" });
  }
  // Message search: every one is refused before it reaches a query (FTS syntax that is valid text is a 200, so not here).
  for (const query of [
    "",
    "q=",
    "q=%20",
    "q=a&q=b",
    "q[]=a",
    "q[a]=b",
    "q=%00",
    "q=abc%07",
    "q=a%0Ab",
    "q=%1B%5B31m",
    "q=%C2%85",
    "q=%C2%80",
    "q=a%C2%9Bb",
    "q=abc%C2%9F",
    `q=${"a".repeat(201)}`,
    `q=${"%22".repeat(201)}`,
    `q=${"NEAR(".repeat(50)}`,
    "q=a&before=0",
    "q=a&before=-1",
    "q=a&before=x",
    "q=a&before=99999999999",
    "q=a&limit=0",
    "q=a&limit=51",
    "q=a&limit=1&limit=2",
  ]) {
    cases.push({ name: `message search ${query.slice(0, 30)}`, method: "GET", path: `/api/search?${query}`, auth: "user" });
  }
  cases.push({ name: "message search without token", method: "GET", path: "/api/search?q=hello", auth: "none" });
  cases.push({ name: "message search with a broken token", method: "GET", path: "/api/search?q=hello", auth: "garbage" });
  for (const [method, path] of [
    ["GET", "/api/register"],
    ["PUT", "/api/login"],
    ["DELETE", "/api/messages/send"],
    ["GET", "/api/../etc/passwd"],
    ["GET", "/api/%2e%2e/%2e%2e/etc/passwd"],
    ["GET", "/api/admin"],
    ["PATCH", "/api/me"],
    ["GET", "/api/me"],
    ["GET", "/api/conversations"],
    // The described API: the document and its reference page are GET only, and the page serves only its own files.
    ["POST", "/api/openapi.json"],
    ["DELETE", "/api/openapi.json"],
    ["POST", "/api/docs"],
    ["GET", "/api/docs/index.html"],
    ["GET", "/api/docs/swagger-initializer.js"],
    ["GET", "/api/docs/swagger-ui-bundle.js.map"],
    ["GET", "/api/docs/%2e%2e/%2e%2e/package.json"],
    ["GET", "/api/docs/..%2F..%2Fpackage.json"],
    ["GET", "/api/docs/swagger-ui.css%00.js"],
  ] as const) {
    cases.push({ name: `${method} ${path}`, method, path, auth: path.endsWith("/me") || path.endsWith("conversations") ? "garbage" : "none" });
  }
  cases.push(...attachmentCases());
  cases.push(...pushCases(wholeBodyCases, (path, auth, valid, fields) => fieldCases(path, auth, valid, fields, () => false)));
  cases.push(...emailCases(wholeBodyCases, (path, auth, valid, fields) => fieldCases(path, auth, valid, fields, () => false)));
  cases.push(...adminCases(ids, wholeBodyCases, (path, auth, valid, fields) => fieldCases(path, auth, valid, fields, () => false)));
  // Password change: whatever passes the schema meets a wrong current password (403) or a weak new one (400).
  cases.push(
    ...fieldCases(
      "/api/me/password",
      "user",
      { current_password: "not the password", new_password: "plum lantern orbit cactus" },
      ["current_password", "new_password"],
      () => false,
    ),
    ...wholeBodyCases("/api/me/password", "user"),
    {
      name: "change password without token",
      method: "POST",
      path: "/api/me/password",
      body: { current_password: "x", new_password: "plum lantern orbit cactus" },
      auth: "none",
    },
  );
  // Sessions: ids in the path (987654 is nobody's: 404), and no way in without a live token.
  for (const id of ["abc", "0", "-1", "1.5", "1e3", "99999999999", "%00", "1;DROP TABLE sessions", "987654"]) {
    cases.push({ name: `revoke session id ${id}`, method: "DELETE", path: `/api/sessions/${id}`, auth: "user" });
  }
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `list sessions, ${auth} token`, method: "GET", path: "/api/sessions", auth });
    cases.push({ name: `revoke a session, ${auth} token`, method: "DELETE", path: "/api/sessions/1", auth });
    cases.push({ name: `revoke other sessions, ${auth} token`, method: "POST", path: "/api/sessions/revoke-others", auth });
    cases.push({ name: `log out, ${auth} token`, method: "DELETE", path: "/api/sessions/current", auth });
  }
  cases.push(...profileCases(wholeBodyCases, fieldCases));
  cases.push(...accountCases(wholeBodyCases, (path, auth, valid, fields) => fieldCases(path, auth, valid, fields, () => false)));
  // Blocks: ids in the path (987654 is nobody: PUT 404, DELETE a no-op 204 and so not here), and no way in without a token.
  for (const id of ["abc", "0", "-1", "1.5", "1e3", "99999999999", "%00", "1;DROP TABLE blocks", "987654"]) {
    cases.push({ name: `block user id ${id}`, method: "PUT", path: `/api/blocks/${id}`, auth: "user" });
    if (id !== "987654") cases.push({ name: `unblock user id ${id}`, method: "DELETE", path: `/api/blocks/${id}`, auth: "user" });
  }
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `list blocks, ${auth} token`, method: "GET", path: "/api/blocks", auth });
    cases.push({ name: `block, ${auth} token`, method: "PUT", path: "/api/blocks/1", auth });
    cases.push({ name: `unblock, ${auth} token`, method: "DELETE", path: "/api/blocks/1", auth });
  }
  return cases;
}
