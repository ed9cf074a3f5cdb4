import type { MessageRow } from "../db/message-queries";
import type { Message } from "../entities/Message";
import type { User } from "../entities/User";

/** The JSON shapes of the original design: snake_case names, ISO-8601 timestamps. */

export interface PublicUserJson {
  id: number;
  username: string;
}

export interface OwnUserJson extends PublicUserJson {
  email: string;
  created_at: string;
}

export interface MessageJson {
  id: number;
  sender_id: number;
  /** The person a direct message was sent to; null for a group message. */
  receiver_id: number | null;
  /** The group a group message was sent to; null for a direct message. */
  group_id: number | null;
  message_content: string;
  timestamp: string;
  client_id: string;
  /** ISO time of the last edit, or null. */
  edited_at: string | null;
  /** ISO time of deletion, or null; a deleted message's content is "". */
  deleted_at: string | null;
}

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
