import type { BadRequestCase } from "./bad-input-corpus";

/**
 * Replies and reactions. Message 1 is the caller's own (to `other`); `foreignMessage` is a message
 * of a conversation the caller is not in; 987654 does not exist.
 */
export function replyAndReactionCases(ids: { other: number; foreignMessage: number }): BadRequestCase[] {
  const cases: BadRequestCase[] = [];
  const send = (name: string, replyToId: unknown, target: Record<string, unknown> = { receiver_id: ids.other }): BadRequestCase => ({
    name: `reply: ${name}`,
    method: "POST",
    path: "/api/messages/send",
    body: { ...target, message_content: "a reply", reply_to_id: replyToId },
    auth: "user",
  });
  for (const [label, value] of [
    ["string id", "1"],
    ["zero", 0],
    ["negative", -1],
    ["float", 1.5],
    ["too large", 2 ** 31],
    ["null", null],
    ["object", { $gt: 0 }],
    ["array", [1]],
    ["SQL", "1 OR 1=1"],
  ] as const) {
    cases.push(send(label, value));
  }
  cases.push(send("a message of another conversation", ids.foreignMessage));
  cases.push(send("a message that does not exist", 987654));
  cases.push(send("into a group the caller is not in", 1, { group_id: 987654 }));

  const emoji = ["a", "ab", "👍👍", "👍a", "%20", "%00", "%F0%9F", "%3Cscript%3E", "1", "%F0%9F%87%AB", "x".repeat(300), "..%2F..%2Fetc"];
  for (const method of ["PUT", "DELETE"] as const) {
    for (const one of emoji) {
      cases.push({ name: `${method} reaction emoji ${one.slice(0, 20)}`, method, path: `/api/messages/1/reactions/${one}`, auth: "user" });
    }
    for (const id of ["abc", "0", "-1", "1.5", "99999999999", "%00", String(ids.foreignMessage), "987654"]) {
      cases.push({ name: `${method} reaction on message ${id}`, method, path: `/api/messages/${id}/reactions/%F0%9F%91%8D`, auth: "user" });
    }
    cases.push({ name: `${method} reaction without token`, method, path: "/api/messages/1/reactions/%F0%9F%91%8D", auth: "none" });
  }
  for (const query of [
    "around=abc",
    "around=0",
    "around=-1",
    "around=1.5",
    "around=1&before=2",
    "around=1&after=1",
    `around=${ids.foreignMessage}`,
    "around=987654",
  ]) {
    cases.push({ name: `conversation ${query}`, method: "GET", path: `/api/messages/conversation/${ids.other}?${query}`, auth: "user" });
  }
  return cases;
}
