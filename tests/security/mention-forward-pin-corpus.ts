import type { BadRequestCase } from "./bad-input-corpus";

/**
 * Forwards, pins and the group setting. Message 1 is the caller's own (to `other`);
 * `foreignMessage` is of a conversation the caller is not in; `groupMessage` is another member's in
 * `group`, where the caller is a member but not an admin and members may not pin; 987654 does not
 * exist. Mentions have no route of their own: a send with '@' names is a send, covered there.
 */
export function mentionForwardPinCases(ids: { other: number; foreignMessage: number; group: number; groupMessage: number }): BadRequestCase[] {
  const cases: BadRequestCase[] = [];
  const forward = (name: string, messageId: string | number, body: unknown, auth: BadRequestCase["auth"] = "user"): BadRequestCase => ({
    name: `forward: ${name}`,
    method: "POST",
    path: `/api/messages/${messageId}/forward`,
    body,
    auth,
  });
  cases.push(
    forward("both targets", 1, { receiver_id: ids.other, group_id: ids.group }),
    forward("neither target", 1, {}),
    forward("no body", 1, undefined),
    forward("array body", 1, [ids.other]),
    forward("a message of a conversation the caller is not in", ids.foreignMessage, { receiver_id: ids.other }),
    forward("a message that does not exist", 987654, { receiver_id: ids.other }),
    forward("to a person who does not exist", 1, { receiver_id: 987654 }),
    forward("to a group that does not exist", 1, { group_id: 987654 }),
    forward("without token", 1, { receiver_id: ids.other }, "none"),
  );
  for (const [label, value] of [
    ["string id", String(ids.other)],
    ["zero", 0],
    ["negative", -1],
    ["float", 1.5],
    ["too large", 2 ** 31],
    ["null", null],
    ["object", { $gt: 0 }],
    ["SQL", "1 OR 1=1"],
  ] as const) {
    cases.push(forward(`receiver_id ${label}`, 1, { receiver_id: value }), forward(`group_id ${label}`, 1, { group_id: value }));
  }
  const badIds = ["abc", "0", "-1", "1.5", "99999999999", "%00", "1;DROP TABLE pins", String(ids.foreignMessage), "987654"];
  for (const id of badIds) cases.push(forward(`message id ${id}`, id, { receiver_id: ids.other }));

  for (const method of ["PUT", "DELETE"] as const) {
    for (const id of badIds) cases.push({ name: `${method} pin on message ${id}`, method, path: `/api/messages/${id}/pin`, auth: "user" });
    cases.push({ name: `${method} pin in a group where members may not pin`, method, path: `/api/messages/${ids.groupMessage}/pin`, auth: "user" });
    cases.push({ name: `${method} pin without token`, method, path: "/api/messages/1/pin", auth: "none" });
  }
  for (const query of [
    "",
    `user_id=${ids.other}&group_id=${ids.group}`,
    "user_id=abc",
    "group_id=0",
    "user_id=-1",
    "group_id=1.5",
    "group_id=987654",
    "user_id=987654",
  ]) {
    cases.push({ name: `pins list ?${query}`, method: "GET", path: `/api/conversations/pins?${query}`, auth: "user" });
  }
  cases.push({ name: "pins list without token", method: "GET", path: `/api/conversations/pins?user_id=${ids.other}`, auth: "none" });
  for (const value of ["yes", 1, null, "true", [true]]) {
    cases.push({
      name: `members_can_pin ${JSON.stringify(value)}`,
      method: "PATCH",
      path: `/api/groups/${ids.group}`,
      body: { members_can_pin: value },
      auth: "user",
    });
  }
  cases.push({
    name: "members_can_pin by a member who is not an admin",
    method: "PATCH",
    path: `/api/groups/${ids.group}`,
    body: { members_can_pin: true },
    auth: "user",
  });
  cases.push({ name: "group update with nothing to change", method: "PATCH", path: `/api/groups/${ids.group}`, body: {}, auth: "user" });
  return cases;
}
