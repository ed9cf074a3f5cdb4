import { type GroupNoticeJson, noticeText } from "@chat-app/protocol";

/**
 * A group notice worded for the reader: "You added Bob", "Alice removed you", "Carol left". The
 * server's `message_content` is the same sentence in the third person (one wording, in the protocol).
 */
export function noticeSentence(notice: GroupNoticeJson, selfId: number): string {
  return noticeText(notice, selfId);
}

/** The text to show for a message: a notice worded for the reader, or what someone wrote. */
export function shownText(message: { kind?: string; notice?: GroupNoticeJson | null; message_content: string }, selfId: number): string {
  return message.kind === "system" && message.notice ? noticeSentence(message.notice, selfId) : message.message_content;
}
