import { type ConversationKey, type GroupJson, isGroupKey, type PinnedJson } from "@chat-app/client";
import type { PinnedMessage } from "@chat-app/ui-kit";

/** Who may pin and unpin here: either person of a direct chat; in a group, admins, or every member when the group allows it. */
export function canPinIn(key: ConversationKey | null, selfId: number, group: GroupJson | undefined): boolean {
  if (key === null) return false;
  if (!isGroupKey(key)) return true;
  if (!group) return false;
  return Boolean(group.members_can_pin) || group.members.some((m) => m.id === selfId && m.role === "admin");
}

/** A pin as PinnedBar shows it: addressed by the server id (the jump loads it if needed). */
export function pinnedMessages(pins: readonly PinnedJson[], authorName: (id: number) => string): PinnedMessage[] {
  return pins.map(({ message }) => ({
    id: message.id,
    authorName: authorName(message.sender_id),
    excerpt: message.message_content || (message.attachments ?? []).map((file) => `📎 ${file.name}`).join(" "),
  }));
}
