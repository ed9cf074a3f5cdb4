import type { NoticeJson } from "@chat-app/protocol";

/** The notice (group or call) stored in a system message's content (written by the server only, so it parses). */
export function parseNotice(content: string): NoticeJson {
  return JSON.parse(content) as NoticeJson;
}
