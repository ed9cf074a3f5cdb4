import type { BadRequestCase } from "./bad-input-corpus";

/**
 * The push routes, on a server without PUSH_ALLOW_INSECURE_ENDPOINTS. `wholeBody` and `fields` are
 * the corpus's own builders (whole-body garbage, and each field set to each nasty value).
 */
export function pushCases(
  wholeBody: (path: string, auth: BadRequestCase["auth"]) => BadRequestCase[],
  fields: (path: string, auth: BadRequestCase["auth"], valid: Record<string, unknown>, names: string[]) => BadRequestCase[],
): BadRequestCase[] {
  const path = "/api/push/subscriptions";
  const keys = { p256dh: `BA${"A".repeat(85)}`, auth: "AAAAAAAAAAAAAAAAAAAAAA" };
  const valid = { endpoint: "https://push.example.com/send/abc", keys, expirationTime: null };
  const as = (method: BadRequestCase["method"]) => (testCase: BadRequestCase) => ({ ...testCase, name: `${method} ${testCase.name}`, method });
  const cases: BadRequestCase[] = [
    ...fields(path, "user", valid, ["endpoint", "keys"]),
    ...wholeBody(path, "user"),
    ...wholeBody(path, "user").map(as("DELETE")),
    ...wholeBody("/api/push/preferences", "user").map(as("PUT")),
  ];
  // The server must never be pointed at itself, its network or another scheme.
  for (const endpoint of [
    "http://127.0.0.1:3000/api/health",
    "http://localhost/x",
    "http://169.254.169.254/latest/meta-data",
    "https://169.254.169.254/latest/meta-data",
    "https://127.0.0.1/x",
    "https://[::1]/x",
    "https://10.0.0.1/x",
    "https://192.168.1.1/x",
    "https://[::ffff:127.0.0.1]/x",
    "https://0.0.0.0/x",
    "file:///etc/passwd",
    "gopher://push.example.com/x",
    "javascript:alert(1)",
    "data:text/plain,hi",
    "https://user:pass@push.example.com/x",
    "https://push.example.com/x#fragment",
    "//push.example.com/x",
    "https://",
    `https://push.example.com/${"a".repeat(2100)}`,
    "https://push.example.com/\u0000",
  ]) {
    cases.push({ name: `push endpoint ${endpoint.slice(0, 40)}`, method: "POST", path, body: { ...valid, endpoint }, auth: "user" });
  }
  for (const [label, value] of [
    ["p256dh compressed point", { ...keys, p256dh: `Ag${"A".repeat(41)}` }],
    ["p256dh not base64url", { ...keys, p256dh: `${"+/".repeat(43)}A` }],
    ["p256dh too long", { ...keys, p256dh: "A".repeat(300) }],
    ["p256dh number", { ...keys, p256dh: 4 }],
    ["auth 15 bytes", { ...keys, auth: "AAAAAAAAAAAAAAAAAAAA" }],
    ["auth empty", { ...keys, auth: "" }],
    ["auth object", { ...keys, auth: { $ne: null } }],
    ["no auth", { p256dh: keys.p256dh }],
    ["no p256dh", { auth: keys.auth }],
  ] as const) {
    cases.push({ name: `push keys ${label}`, method: "POST", path, body: { ...valid, keys: value }, auth: "user" });
  }
  for (const expirationTime of ["tomorrow", -1, 1.5, 1e300, true, {}, []]) {
    cases.push({
      name: `push expirationTime ${JSON.stringify(expirationTime)}`,
      method: "POST",
      path,
      body: { ...valid, expirationTime },
      auth: "user",
    });
  }
  for (const body of [
    {},
    { endpoint: "" },
    { endpoint: 5 },
    { endpoint: null },
    { endpoint: ["x"] },
    { endpoint: "a".repeat(2049) },
    { endpoint: "ab\u0007" },
  ]) {
    cases.push({ name: `push unsubscribe ${JSON.stringify(body).slice(0, 30)}`, method: "DELETE", path, body, auth: "user" });
  }
  cases.push({ name: "push unsubscribe of an unknown endpoint", method: "DELETE", path, body: { endpoint: valid.endpoint }, auth: "user" });
  for (const previews of [null, "false", 0, 1, [], {}, "yes"]) {
    cases.push({ name: `push previews ${JSON.stringify(previews)}`, method: "PUT", path: "/api/push/preferences", body: { previews }, auth: "user" });
  }
  cases.push({ name: "push preferences without previews", method: "PUT", path: "/api/push/preferences", body: {}, auth: "user" });
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `push vapid key, token ${auth}`, method: "GET", path: "/api/push/vapid-key", auth });
    cases.push({ name: `push subscribe, token ${auth}`, method: "POST", path, body: valid, auth });
    cases.push({ name: `push unsubscribe, token ${auth}`, method: "DELETE", path, body: { endpoint: valid.endpoint }, auth });
    cases.push({ name: `push preferences, token ${auth}`, method: "GET", path: "/api/push/preferences", auth });
    cases.push({ name: `push set preferences, token ${auth}`, method: "PUT", path: "/api/push/preferences", body: { previews: false }, auth });
  }
  for (const method of ["PUT", "PATCH", "GET"] as const) cases.push({ name: `push subscriptions ${method}`, method, path, auth: "user" });
  cases.push(...nativeTokenCases(wholeBody, fields, as));
  return cases;
}

/**
 * `/api/push/native-tokens`. The corpus's server has no FCM credentials, so a well-formed body gets
 * 503 there (tests/api/push-native.test.ts covers that): only bodies refused before that are listed.
 */
function nativeTokenCases(
  wholeBody: (path: string, auth: BadRequestCase["auth"]) => BadRequestCase[],
  fields: (path: string, auth: BadRequestCase["auth"], valid: Record<string, unknown>, names: string[]) => BadRequestCase[],
  as: (method: BadRequestCase["method"]) => (testCase: BadRequestCase) => BadRequestCase,
): BadRequestCase[] {
  const path = "/api/push/native-tokens";
  const token = `cAbC-12_x:APA91b${"Q".repeat(140)}`;
  const cases: BadRequestCase[] = [
    // "NaN" is a well-formed token (letters only): it would reach the 503.
    ...fields(path, "user", { token, platform: "android" }, ["token", "platform"]).filter(
      (testCase) => !testCase.name.endsWith("token = NaN-ish string"),
    ),
    ...wholeBody(path, "user"),
    ...wholeBody(path, "user").map(as("DELETE")),
  ];
  for (const bad of ["a b", "x".repeat(4097), "tok\u0000en", "<script>", "../../etc/passwd", "' OR 1=1 --", "token\n", "ünïcode"]) {
    cases.push({
      name: `native token ${JSON.stringify(bad).slice(0, 30)}`,
      method: "POST",
      path,
      body: { token: bad, platform: "ios" },
      auth: "user",
    });
    cases.push({ name: `native token removal ${JSON.stringify(bad).slice(0, 30)}`, method: "DELETE", path, body: { token: bad }, auth: "user" });
  }
  for (const platform of ["Android", "IOS", "web", "", null, 1, ["ios"], { $ne: null }]) {
    cases.push({ name: `native token platform ${JSON.stringify(platform)}`, method: "POST", path, body: { token, platform }, auth: "user" });
  }
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `native token, token ${auth}`, method: "POST", path, body: { token, platform: "android" }, auth });
    cases.push({ name: `native token removal, token ${auth}`, method: "DELETE", path, body: { token }, auth });
  }
  for (const method of ["PUT", "PATCH", "GET"] as const) cases.push({ name: `native tokens ${method}`, method, path, auth: "user" });
  return cases;
}
