import type { BadRequestCase } from "./bad-input-corpus";

type Fields = (
  path: string,
  auth: BadRequestCase["auth"],
  valid: Record<string, unknown>,
  names: string[],
  skipFor: (field: string, value: unknown) => boolean,
) => BadRequestCase[];

/**
 * `PATCH /api/me` and `GET /api/users/:id/avatar`. `wholeBody` and `fields` are the corpus's own
 * builders. The valid body names an avatar upload nobody has (987654), so whatever passes the schema
 * is refused with 404 before anything is written; a null avatar, or none, would be a real change.
 */
export function profileCases(wholeBody: (path: string, auth: BadRequestCase["auth"]) => BadRequestCase[], fields: Fields): BadRequestCase[] {
  const patch = (testCase: BadRequestCase): BadRequestCase => ({ ...testCase, name: `PATCH ${testCase.name}`, method: "PATCH" });
  const valid = { display_name: "corpus", status_text: "corpus", avatar_attachment_id: 987654 };
  const cases: BadRequestCase[] = [
    ...fields(
      "/api/me",
      "user",
      valid,
      ["display_name", "status_text", "avatar_attachment_id"],
      (field, value) => field === "avatar_attachment_id" && value === null,
    )
      .filter((testCase) => !testCase.name.endsWith("without avatar_attachment_id"))
      .map(patch),
    ...wholeBody("/api/me", "user").map(patch),
  ];
  for (const auth of ["none", "garbage"] as const) {
    cases.push({ name: `PATCH /api/me, ${auth} token`, method: "PATCH", path: "/api/me", body: { display_name: "x" }, auth });
    cases.push({ name: `avatar, ${auth} token`, method: "GET", path: "/api/users/1/avatar", auth });
  }
  for (const id of ["abc", "0", "-1", "1.5", "1e3", "99999999999", "%00", "1;DROP TABLE users", "987654"]) {
    cases.push({ name: `avatar of user id ${id}`, method: "GET", path: `/api/users/${id}/avatar`, auth: "user" });
  }
  for (const query of ["size=huge", "size=", "size[]=small", `v=${"x".repeat(65)}`, "size=SMALL"]) {
    cases.push({ name: `avatar ?${query}`, method: "GET", path: `/api/users/1/avatar?${query}`, auth: "user" });
  }
  return cases;
}
