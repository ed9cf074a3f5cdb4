import type { GroupNoticeJson, PublicUserJson } from "@chat-app/protocol";

/** "bob", "bob and carol", "bob, carol and dave". */
function names(users: readonly PublicUserJson[]): string {
  const all = users.map((user) => user.username);
  return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

/** A notice in English, as `message_content` carries it for clients that do not word it themselves. */
export function noticeText(notice: GroupNoticeJson): string {
  const actor = notice.actor.username;
  switch (notice.event) {
    case "created":
      return `${actor} created the group “${notice.name}”`;
    case "renamed":
      return `${actor} renamed the group to “${notice.name}”`;
    case "left":
      return `${actor} left`;
    case "added":
      return `${actor} added ${names(notice.users)}`;
    case "removed":
      return `${actor} removed ${names(notice.users)}`;
    case "promoted":
      return `${actor} made ${names(notice.users)} ${notice.users.length === 1 ? "an admin" : "admins"}`;
    case "demoted":
      return `${actor} removed ${names(notice.users)} as ${notice.users.length === 1 ? "admin" : "admins"}`;
  }
}

/** The notice stored in a system message's content (written by the server only, so it parses). */
export function parseNotice(content: string): GroupNoticeJson {
  return JSON.parse(content) as GroupNoticeJson;
}
