import type { GroupNoticeJson, PublicUserJson } from "./json.js";

/** "bob", "bob and carol", "bob, carol and dave"; the reader is "you". */
function names(users: readonly PublicUserJson[], readerId: number | undefined): string {
  const all = users.map((user) => (user.id === readerId ? "you" : user.username));
  return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

/**
 * A group notice in English. Without `readerId`, in the third person ("alice added bob"): the
 * `message_content` the server stores and sends. With it, worded for that reader ("You added bob",
 * "alice removed you").
 */
export function noticeText(notice: GroupNoticeJson, readerId?: number): string {
  const actor = notice.actor.id === readerId ? "You" : notice.actor.username;
  switch (notice.event) {
    case "created":
      return `${actor} created the group “${notice.name}”`;
    case "renamed":
      return `${actor} renamed the group to “${notice.name}”`;
    case "left":
      return `${actor} left`;
    case "added":
      return `${actor} added ${names(notice.users, readerId)}`;
    case "removed":
      return `${actor} removed ${names(notice.users, readerId)}`;
    case "promoted":
      return `${actor} made ${names(notice.users, readerId)} ${notice.users.length === 1 ? "an admin" : "admins"}`;
    case "demoted":
      return `${actor} removed ${names(notice.users, readerId)} as ${notice.users.length === 1 ? "admin" : "admins"}`;
  }
}
