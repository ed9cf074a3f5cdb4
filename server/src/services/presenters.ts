import type { MessageRow } from "../db/message-queries";
import type { Message } from "../entities/Message";
import type { User } from "../entities/User";
import type { MessageJson, OwnUserJson, PublicUserJson } from "@chat-app/protocol";

/** The JSON shapes of the original design: snake_case names, ISO-8601 timestamps. */

export type { MessageJson, OwnUserJson, PublicUserJson } from "@chat-app/protocol";

export const toPublicUser = (user: Pick<User, "id" | "username">): PublicUserJson => ({ id: user.id, username: user.username });

export const toOwnUser = (user: User): OwnUserJson => ({
  id: user.id,
  username: user.username,
  email: user.email,
  created_at: user.createdAt.toISOString(),
});

export const toMessageJson = (message: Message): MessageJson => ({
  id: message.id,
  sender_id: message.senderId,
  receiver_id: message.receiverId,
  group_id: message.groupId,
  message_content: message.content,
  timestamp: message.timestamp.toISOString(),
  client_id: message.clientId,
  edited_at: message.editedAt?.toISOString() ?? null,
  deleted_at: message.deletedAt?.toISOString() ?? null,
});

const isoOrNull = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** The same JSON from a raw row of the hot-path queries. */
export const rowToMessageJson = (row: MessageRow): MessageJson => ({
  id: Number(row.id),
  sender_id: Number(row.sender_id),
  receiver_id: row.receiver_id === null ? null : Number(row.receiver_id),
  group_id: row.group_id === null || row.group_id === undefined ? null : Number(row.group_id),
  message_content: row.content,
  timestamp: new Date(Number(row.timestamp)).toISOString(),
  client_id: row.client_id,
  edited_at: isoOrNull(row.edited_at),
  deleted_at: isoOrNull(row.deleted_at),
});
