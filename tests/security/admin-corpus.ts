import type { BadRequestCase } from "./bad-input-corpus";

/**
 * Reports and the admin routes. The corpus's user is no admin: admin routes answer 403 (or 400 for
 * a bad id), and a report of `foreignMessage` (a conversation they are not in) is 404 however good
 * its reason, so nothing is stored. `wholeBody` and `fields` are the corpus's own builders.
 */
export function adminCases(
  ids: { foreignMessage: number },
  wholeBody: (path: string, auth: BadRequestCase["auth"]) => BadRequestCase[],
  fields: (path: string, auth: BadRequestCase["auth"], valid: Record<string, unknown>, names: string[]) => BadRequestCase[],
): BadRequestCase[] {
  const report = `/api/messages/${ids.foreignMessage}/report`;
  const cases: BadRequestCase[] = [
    ...fields(report, "user", { reason: "spam" }, ["reason"]),
    ...wholeBody(report, "user"),
    { name: "report reason 501 characters", method: "POST", path: report, body: { reason: "a".repeat(501) }, auth: "user" },
    { name: "report reason with a tab", method: "POST", path: report, body: { reason: "a\tb" }, auth: "user" },
    { name: "report reason with a carriage return", method: "POST", path: report, body: { reason: "a\rb" }, auth: "user" },
    { name: "report reason newlines only", method: "POST", path: report, body: { reason: "\n\n" }, auth: "user" },
  ];
  for (const id of ["abc", "0", "-1", "1.5", "1e3", "99999999999", "%00", "1;DROP TABLE reports", "987654"]) {
    cases.push({ name: `report message id ${id}`, method: "POST", path: `/api/messages/${id}/report`, body: { reason: "spam" }, auth: "user" });
    for (const action of ["deactivate", "reactivate"]) {
      cases.push({ name: `${action} user id ${id}`, method: "POST", path: `/api/admin/users/${id}/${action}`, auth: "user" });
    }
  }
  for (const query of ["", "?limit=0", "?limit=101", "?limit=abc", "?before=0", "?before=-1", "?before=abc", "?before=99999999999"]) {
    cases.push({ name: `admin reports ${query || "(no query)"}`, method: "GET", path: `/api/admin/reports${query}`, auth: "user" });
  }
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `report, ${auth} token`, method: "POST", path: report, body: { reason: "spam" }, auth });
    cases.push({ name: `admin reports, ${auth} token`, method: "GET", path: "/api/admin/reports", auth });
    cases.push({ name: `deactivate, ${auth} token`, method: "POST", path: "/api/admin/users/2/deactivate", auth });
    cases.push({ name: `reactivate, ${auth} token`, method: "POST", path: "/api/admin/users/2/reactivate", auth });
  }
  // The corpus's user trying to deactivate someone for real: not an admin.
  cases.push({ name: "deactivate another as a non-admin", method: "POST", path: "/api/admin/users/2/deactivate", auth: "user" });
  return cases;
}
