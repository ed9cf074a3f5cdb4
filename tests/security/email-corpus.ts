import type { BadRequestCase } from "./bad-input-corpus";

/**
 * Password reset and email verification, on a server with SMTP_URL. Whatever passes the schemas
 * meets a token nobody was given (400) or a wrong password (403, then 429): nothing is stored or sent.
 * `wholeBody` and `fields` are the corpus's own builders.
 */
export function emailCases(
  wholeBody: (path: string, auth: BadRequestCase["auth"]) => BadRequestCase[],
  fields: (path: string, auth: BadRequestCase["auth"], valid: Record<string, unknown>, names: string[]) => BadRequestCase[],
): BadRequestCase[] {
  const unknownToken = "A".repeat(43);
  const patch = (testCase: BadRequestCase): BadRequestCase => ({ ...testCase, name: `PATCH ${testCase.name}`, method: "PATCH" });
  const cases: BadRequestCase[] = [
    ...fields("/api/password-reset", "none", { email: "corpus-reset@example.test" }, ["email"]),
    ...wholeBody("/api/password-reset", "none"),
    ...fields("/api/password-reset/confirm", "none", { token: unknownToken, new_password: "plum lantern orbit cactus" }, ["token", "new_password"]),
    ...wholeBody("/api/password-reset/confirm", "none"),
    ...fields("/api/email/verify", "none", { token: unknownToken }, ["token"]),
    ...wholeBody("/api/email/verify", "none"),
    ...fields("/api/me/email", "user", { email: "corpus-new@example.test", password: "not the password" }, ["email", "password"]).map(patch),
    ...wholeBody("/api/me/email", "user").map(patch),
  ];
  for (const token of [
    "A".repeat(42),
    "A".repeat(44),
    `${"A".repeat(42)}=`,
    `${"A".repeat(42)}+`,
    `${"A".repeat(42)}/`,
    "' OR 1=1 --".padEnd(43, "x"),
  ]) {
    cases.push({
      name: `confirm token ${token.slice(-3)} of ${token.length}`,
      method: "POST",
      path: "/api/password-reset/confirm",
      body: { token, new_password: "plum lantern orbit cactus" },
      auth: "none",
    });
  }
  for (const auth of ["none", "garbage"] as const) {
    cases.push({
      name: `change email, ${auth} token`,
      method: "PATCH",
      path: "/api/me/email",
      body: { email: "x@example.test", password: "x" },
      auth,
    });
    cases.push({ name: `resend verification, ${auth} token`, method: "POST", path: "/api/me/email/verification", auth });
  }
  return cases;
}
