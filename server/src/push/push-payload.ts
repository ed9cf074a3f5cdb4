import type { AttachmentJson, MessageJson, PushConversationJson } from "@chat-app/protocol";
import type { PushNotification } from "./push-sender";

/** A day: a phone off for longer gets the messages when it opens the app, not a stale pile of pushes. */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;

/** What a lock screen shows at most; the whole payload must stay far below the 4 KB push services take. */
const MAX_BODY_CHARS = 180;

export const NO_PREVIEW_TITLE = "Chat";
export const NO_PREVIEW_BODY = "New message";

export interface PushNames {
  sender: string | null;
  group: string | null;
}

/** The notification of a new message for one recipient; `previews: false` names neither the sender nor the text. */
export function notificationFor(message: MessageJson, names: PushNames, previews: boolean): PushNotification {
  const conversation: PushConversationJson = message.group_id !== null ? { group_id: message.group_id } : { user_id: message.sender_id };
  const isGroup = "group_id" in conversation;
  const id = isGroup ? conversation.group_id : conversation.user_id;
  const sender = names.sender ?? "Someone";
  const title = !previews ? NO_PREVIEW_TITLE : isGroup ? `${sender} in ${names.group ?? "a group"}` : sender;
  return {
    payload: {
      title,
      body: previews ? bodyOf(message) : NO_PREVIEW_BODY,
      tag: `conversation:${isGroup ? "group" : "user"}:${id}`,
      url: isGroup ? `/group/${id}` : `/chat/${id}`,
      conversation,
      message_id: message.id,
    },
    ttlSeconds: PUSH_TTL_SECONDS,
    // A person waits on a direct message; a busy group may wait for the device's next wake-up.
    urgency: isGroup ? "normal" : "high",
    topic: `${isGroup ? "g" : "u"}${id}`,
  };
}

function bodyOf(message: MessageJson): string {
  const text = message.message_content.replace(/\s+/g, " ").trim();
  // By code point, so an emoji is never cut in half.
  const chars = Array.from(text);
  if (chars.length > 0)
    return chars.length > MAX_BODY_CHARS
      ? `${chars
          .slice(0, MAX_BODY_CHARS - 1)
          .join("")
          .trimEnd()}…`
      : text;
  return attachmentsBody(message.attachments);
}

function attachmentsBody(attachments: readonly AttachmentJson[]): string {
  if (attachments.length === 0) return NO_PREVIEW_BODY;
  if (attachments.length > 1) return `${attachments.length} attachments`;
  const [only] = attachments;
  if (only!.kind === "image") return "Photo";
  if (only!.kind === "audio") return "Voice message";
  return `File: ${only!.name.slice(0, MAX_BODY_CHARS - 6)}`;
}
