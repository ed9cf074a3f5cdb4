import type { MessageRow } from "../db/message-queries";
import type { Message } from "../entities/Message";
import type { User } from "../entities/User";
import {
  type ForwardedFromJson,
  type MessageJson,
  type NoticeJson,
  noticeText,
  type ReplyToJson,
  type OwnUserJson,
  type PublicUserJson,
  type UserProfileJson,
} from "@chat-app/protocol";
import { parseNotice } from "./group-notices";
import { userProfileOf } from "./profile-json";

/**
 * The JSON shapes of the original design: snake_case names, ISO-8601 timestamps. Messages come out
 * with `attachments: []`, `reactions: []`, `mentions: []`, `pinned: false` and a reply's quote still
 * unread (`unreadQuote`): MessageDetails.complete fills them in (one query each per page).
 */

export type { MessageJson, OwnUserJson, PublicUserJson } from "@chat-app/protocol";

export const toPublicUser = (user: Pick<User, "id" | "username">): PublicUserJson => ({ id: user.id, username: user.username });

export const toUserProfile = (user: User): UserProfileJson => userProfileOf(user);

export const toOwnUser = (user: User): OwnUserJson => ({
  ...userProfileOf(user),
  email: user.email,
  created_at: user.createdAt.toISOString(),
  email_verified: user.emailVerifiedAt !== null && user.emailVerifiedAt !== undefined,
});

/**
 * A reply as its row says it: the original's id only. MessageDetails.complete replaces it with the
 * original as it is now (or null when it is gone); it never leaves the server like this.
 */
export const unreadQuote = (id: number): ReplyToJson => ({ id, sender_id: 0, excerpt: "", deleted: false });

const forwardOf = (senderId: number | string | null, sentAt: Date | number | string | null): ForwardedFromJson | null =>
  senderId === null || sentAt === null
    ? null
    : { sender_id: Number(senderId), sent_at: new Date(typeof sentAt === "string" ? Number(sentAt) : sentAt).toISOString() };

const quoteOf = (replyToId: number | string | null | undefined) =>
  replyToId === null || replyToId === undefined ? null : unreadQuote(Number(replyToId));

/** What people wrote, or for a group notice its English sentence and the notice itself. */
export function contentOf(kind: "text" | "system", content: string): Pick<MessageJson, "message_content" | "kind" | "notice"> {
  if (kind !== "system") return { message_content: content, kind: "text", notice: null };
  const notice = parseNotice(content);
  return { message_content: noticeText(notice), kind: "system", notice };
}

export const toMessageJson = (message: Message): MessageJson => ({
  id: message.id,
  sender_id: message.senderId,
  receiver_id: message.receiverId,
  group_id: message.groupId,
  ...contentOf(message.kind, message.content),
  timestamp: message.timestamp.toISOString(),
  client_id: message.clientId,
  edited_at: message.editedAt?.toISOString() ?? null,
  deleted_at: message.deletedAt?.toISOString() ?? null,
  attachments: [],
  reply_to: quoteOf(message.replyToId),
  reactions: [],
  mentions: [],
  forwarded_from: forwardOf(message.forwardedFromSenderId, message.forwardedFromSentAt),
  pinned: false,
  link_preview: null,
});

const isoOrNull = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

/** The same JSON from a raw row of the hot-path queries. */
export const rowToMessageJson = (row: MessageRow): MessageJson => ({
  id: Number(row.id),
  sender_id: Number(row.sender_id),
  receiver_id: row.receiver_id === null ? null : Number(row.receiver_id),
  group_id: row.group_id === null || row.group_id === undefined ? null : Number(row.group_id),
  ...contentOf(row.kind, row.content),
  timestamp: new Date(Number(row.timestamp)).toISOString(),
  client_id: row.client_id,
  edited_at: isoOrNull(row.edited_at),
  deleted_at: isoOrNull(row.deleted_at),
  attachments: [],
  reply_to: quoteOf(row.reply_to_id),
  reactions: [],
  mentions: [],
  forwarded_from: forwardOf(row.forwarded_from_sender_id ?? null, row.forwarded_from_sent_at ?? null),
  pinned: false,
  link_preview: null,
});

/** The two ids of a direct conversation, lower first: how its rows are keyed and locked. */
export const pairOf = (a: number, b: number) => (a < b ? { pairLowId: a, pairHighId: b } : { pairLowId: b, pairHighId: a });

/** A system row just written (a group notice, a call's end) as it goes out live: nothing attached, quoted or reacted to. */
export function noticeMessageJson(
  row: { id: number; senderId: number; receiverId: number | null; groupId: number | null; clientId: string; timestamp: number },
  notice: NoticeJson,
): MessageJson {
  return {
    id: row.id,
    sender_id: row.senderId,
    receiver_id: row.receiverId,
    group_id: row.groupId,
    message_content: noticeText(notice),
    timestamp: new Date(row.timestamp).toISOString(),
    client_id: row.clientId,
    edited_at: null,
    deleted_at: null,
    kind: "system",
    notice,
    attachments: [],
    reply_to: null,
    reactions: [],
    mentions: [],
    forwarded_from: null,
    pinned: false,
    link_preview: null,
  };
}
