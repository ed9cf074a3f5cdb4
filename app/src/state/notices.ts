import type { GroupNoticeJson, PublicUserJson } from "@chat-app/protocol";

/** "Bob", "Bob and you", "Bob, Carol and Dave": "you" for the reader. */
function names(users: readonly PublicUserJson[], selfId: number): string {
  const all = users.map((user) => (user.id === selfId ? "you" : user.username));
  return all.length <= 1 ? (all[0] ?? "") : `${all.slice(0, -1).join(", ")} and ${all.at(-1)}`;
}

/**
 * A group notice worded for the reader: "You added Bob", "Alice removed you", "Carol left". The
 * server's `message_content` says the same in the third person; this one knows who is reading.
 */
export function noticeSentence(notice: GroupNoticeJson, selfId: number): string {
  const actor = notice.actor.id === selfId ? "You" : notice.actor.username;
  switch (notice.event) {
    case "created":
      return `${actor} created the group “${notice.name}”`;
    case "renamed":
      return `${actor} renamed the group to “${notice.name}”`;
    case "left":
      return `${actor} left`;
    case "added":
      return `${actor} added ${names(notice.users, selfId)}`;
    case "removed":
      return `${actor} removed ${names(notice.users, selfId)}`;
    case "promoted":
      return `${actor} made ${names(notice.users, selfId)} ${notice.users.length === 1 ? "an admin" : "admins"}`;
    case "demoted":
      return `${actor} removed ${names(notice.users, selfId)} as ${notice.users.length === 1 ? "admin" : "admins"}`;
  }
}

/** The text to show for a message: a notice worded for the reader, or what someone wrote. */
export function shownText(message: { kind?: string; notice?: GroupNoticeJson | null; message_content: string }, selfId: number): string {
  return message.kind === "system" && message.notice ? noticeSentence(message.notice, selfId) : message.message_content;
}
