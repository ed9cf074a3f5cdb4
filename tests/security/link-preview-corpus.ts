import type { BadRequestCase } from "./bad-input-corpus";

/**
 * The link-preview routes. Message 1 is the caller's own and has no preview; `foreignMessage` is a
 * message of a conversation the caller is not in; 987654 does not exist. None of these may write.
 */
export function linkPreviewCases(ids: { foreignMessage: number }): BadRequestCase[] {
  const cases: BadRequestCase[] = [];
  const badIds = ["abc", "0", "-1", "1.5", "99999999999", "%00", "1%20OR%201=1", "..%2F1", String(ids.foreignMessage), "987654"];
  for (const id of badIds) {
    cases.push({ name: `remove the link preview of message ${id}`, method: "DELETE", path: `/api/messages/${id}/link-preview`, auth: "user" });
    cases.push({ name: `the link preview image of message ${id}`, method: "GET", path: `/api/messages/${id}/link-preview/image`, auth: "user" });
  }
  cases.push({ name: "a preview image where there is none", method: "GET", path: "/api/messages/1/link-preview/image", auth: "user" });
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `remove a link preview, token ${auth}`, method: "DELETE", path: "/api/messages/1/link-preview", auth });
    cases.push({ name: `a link preview image, token ${auth}`, method: "GET", path: "/api/messages/1/link-preview/image", auth });
  }
  return cases;
}
