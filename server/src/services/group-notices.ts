import type { GroupNoticeJson } from "@chat-app/protocol";

/** The notice stored in a system message's content (written by the server only, so it parses). */
export function parseNotice(content: string): GroupNoticeJson {
  return JSON.parse(content) as GroupNoticeJson;
}
