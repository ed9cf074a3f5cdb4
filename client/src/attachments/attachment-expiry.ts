import type { AttachmentJson } from "@chat-app/protocol";
import type { MessageJson } from "../types";

/** When a signed link stops serving (epoch ms), from its `exp` (unix seconds); undefined if it has none. */
export function linkExpiresAt(url: string | undefined): number | undefined {
  if (!url) return undefined;
  const exp = /[?&]exp=(\d+)/.exec(url);
  return exp ? Number(exp[1]) * 1000 : undefined;
}

/** When the first of an attachment's links (`url`, `thumbnail_url`) stops serving, epoch ms. */
export function attachmentExpiresAt(attachment: Pick<AttachmentJson, "url" | "thumbnail_url">): number | undefined {
  const times = [linkExpiresAt(attachment.url), linkExpiresAt(attachment.thumbnail_url)].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** When each attachment of these messages (by id) first stops serving, for those whose links say. */
export function linkExpiries(messages: readonly MessageJson[]): Map<number, number> {
  const expiries = new Map<number, number>();
  for (const message of messages) {
    for (const attachment of message.attachments ?? []) {
      const expires = attachmentExpiresAt(attachment);
      if (expires !== undefined) expiries.set(attachment.id, expires);
    }
  }
  return expiries;
}
