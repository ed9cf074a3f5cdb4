import type { CallNoticeJson, GroupNoticeJson, NoticeJson, PublicUserJson } from "./json.js";

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
export function noticeText(notice: NoticeJson, readerId?: number): string {
  if ("type" in notice) return callNoticeText(notice);
  return groupNoticeText(notice, readerId);
}

/** "Missed video call", "Declined audio call", "Audio call, 1:05". */
function callNoticeText(notice: CallNoticeJson): string {
  const kind = notice.media === "video" ? "video call" : "audio call";
  switch (notice.outcome) {
    case "missed":
      return `Missed ${kind}`;
    case "declined":
      return `Declined ${kind}`;
    case "ended":
      return `${kind[0]!.toUpperCase()}${kind.slice(1)}, ${clock(notice.duration_ms ?? 0)}`;
  }
}

function clock(ms: number): string {
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

function groupNoticeText(notice: GroupNoticeJson, readerId: number | undefined): string {
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
