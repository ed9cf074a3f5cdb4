import type { StoredMessageQueries } from "../db/stored-message-queries";
import type { Message } from "../entities/Message";
import { notFound } from "../errors";
import type { GroupService } from "./group.service";

/**
 * A message the user may read, or 404 (its existence is not theirs to know): one of their direct
 * conversations, or a group they are a member of now.
 */
export async function readableMessage(stored: StoredMessageQueries, groups: GroupService, userId: number, messageId: number): Promise<Message> {
  const message = await stored.findById(messageId);
  if (!message) throw notFound("Message not found");
  if (message.groupId !== null) {
    const member = await groups.requireMembership(message.groupId, userId).catch(() => null);
    if (!member) throw notFound("Message not found");
  } else if (message.senderId !== userId && message.receiverId !== userId) {
    throw notFound("Message not found");
  }
  return message;
}

/** Everyone who hears of a change to the message: the two people, or the group's current members. */
export async function audienceOf(groups: GroupService, message: Message): Promise<number[]> {
  return message.groupId !== null ? groups.memberIds(message.groupId) : [message.senderId, message.receiverId!];
}

/** The conversation a message is in, as events name it. */
export const conversationOf = (message: Message): { group_id: number; receiver_id: null } | { receiver_id: number; group_id: null } =>
  message.groupId !== null ? { group_id: message.groupId, receiver_id: null } : { receiver_id: message.receiverId!, group_id: null };
