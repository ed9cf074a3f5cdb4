import type { CallNoticeJson, GroupNoticeJson, NoticeJson, PublicUserJson } from "@chat-app/protocol";
import { formatDuration } from "@chat-app/ui-kit/format-duration";
import { i18n, type MessageKey, type Translate } from "../i18n/i18n";

/**
 * How a notice names a person: their display name as known now (a notice stores the username it was
 * made with), or that username.
 */
export type NameOf = (user: PublicUserJson) => string;

const byUsername: NameOf = (user) => user.username;

/** "bob", "bob and carol", "carol, you, and dave": joined the way the language joins lists; the reader is "you". */
function names(users: readonly PublicUserJson[], selfId: number, t: Translate, nameOf: NameOf): string {
  const shown = users.map((user) => (user.id === selfId ? t("notice.youInList") : nameOf(user)));
  return new Intl.ListFormat(i18n.locale || "en", { type: "conjunction" }).format(shown);
}

/**
 * Which wording a notice takes for this reader: done by them ("You added bob"), done to them alone
 * ("bob added you": languages word that differently, e.g. Spanish "bob te añadió"), or neither.
 */
function wording(notice: GroupNoticeJson, selfId: number): { key: MessageKey; users?: readonly PublicUserJson[] } {
  const byReader = notice.actor.id === selfId;
  switch (notice.event) {
    case "created":
    case "renamed":
    case "left":
      return { key: `notice.${notice.event}${byReader ? ".you" : ""}` };
    case "added":
    case "removed":
    case "promoted":
    case "demoted": {
      const toReaderAlone = !byReader && notice.users.length === 1 && notice.users[0]?.id === selfId;
      return { key: `notice.${notice.event}${byReader ? ".you" : toReaderAlone ? ".toYou" : ""}`, users: notice.users };
    }
  }
}

/**
 * A group notice worded for the reader in the language shown: "You added bob", "alice removed
 * you", "carol left". The server's `message_content` is the English third-person sentence
 * (protocol's `noticeText`), kept for clients that do not know notices.
 */
export function noticeSentence(notice: GroupNoticeJson, selfId: number, t: Translate, nameOf: NameOf = byUsername): string {
  const { key, users } = wording(notice, selfId);
  return t(key, {
    actor: nameOf(notice.actor),
    name: "name" in notice ? notice.name : "",
    users: users ? names(users, selfId, t, nameOf) : "",
    count: users?.length ?? 0,
  });
}

/** A call's row worded for the reader: "Missed video call" to the callee, "Video call, no answer" to the caller. */
export function callSentence(notice: CallNoticeJson, selfId: number, t: Translate): string {
  const outgoing = notice.caller_id === selfId;
  switch (notice.outcome) {
    case "missed":
      return t(outgoing ? `notice.call.noAnswer.${notice.media}` : `notice.call.missed.${notice.media}`);
    case "declined":
      return t(outgoing ? `notice.call.declined.${notice.media}` : `notice.call.declinedByYou.${notice.media}`);
    case "ended":
      return t(`notice.call.ended.${notice.media}`, { duration: formatDuration(notice.duration_ms ?? 0, i18n.locale || "en") });
  }
}

/**
 * The text to show for a message: a notice (a group's or a call's) worded for the reader, or what
 * someone wrote. The server's `message_content` of a notice is its English sentence.
 */
export function shownText(
  message: { kind?: string; notice?: NoticeJson | null; message_content: string },
  selfId: number,
  t: Translate,
  nameOf: NameOf = byUsername,
): string {
  const notice = message.kind === "system" ? message.notice : null;
  if (!notice) return message.message_content;
  return "type" in notice ? callSentence(notice, selfId, t) : noticeSentence(notice, selfId, t, nameOf);
}
