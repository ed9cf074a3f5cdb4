import type { BadRequestCase } from "./bad-input-corpus";

type Fields = (path: string, auth: BadRequestCase["auth"], valid: Record<string, unknown>, names: string[]) => BadRequestCase[];

/**
 * `DELETE /api/me` and `GET /api/me/export`. Whatever body passes the schema meets a wrong password
 * (403): nothing is deleted. An export with a live token is a 200, so only token-less ones are here.
 */
export function accountCases(wholeBody: (path: string, auth: BadRequestCase["auth"]) => BadRequestCase[], fields: Fields): BadRequestCase[] {
  const asDelete = (testCase: BadRequestCase): BadRequestCase => ({ ...testCase, name: `DELETE ${testCase.name}`, method: "DELETE" });
  const cases: BadRequestCase[] = [
    ...fields("/api/me", "user", { password: "not the password" }, ["password"]).map(asDelete),
    ...wholeBody("/api/me", "user").map(asDelete),
  ];
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `delete account, ${auth} token`, method: "DELETE", path: "/api/me", body: { password: "x" }, auth });
    cases.push({ name: `export, ${auth} token`, method: "GET", path: "/api/me/export", auth });
  }
  return cases;
}
