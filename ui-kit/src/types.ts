import type { PresenceStatus } from './atoms/PresenceDot/PresenceDot';
import type { TimeInput } from './utils/time';

export type { TimeInput } from './utils/time';
export type { PresenceStatus } from './atoms/PresenceDot/PresenceDot';

/** Delivery state of a message the reader sent. */
export type MessageStatus = 'sending' | 'sent' | 'delivered' | 'read' | 'failed';

export type MessageId = string | number;
export type UserId = string | number;

/** One chat message, as the kit's message components take it. */
export interface ChatMessage {
  id: MessageId;
  authorId: UserId;
  /** Plain text. Never interpreted as markup; http(s) links become clickable. */
  text: string;
  timestamp: TimeInput;
  status?: MessageStatus;
  edited?: boolean;
  deleted?: boolean;
}

/** A person, as shown by avatars, headers and lists. */
export interface ChatUser {
  id: UserId;
  name: string;
  avatarUrl?: string;
  presence?: PresenceStatus;
}

/** One row of the chat list: a conversation with its last message and unread count. */
export interface ChatSummary {
  id: string | number;
  name: string;
  avatarUrl?: string;
  presence?: PresenceStatus;
  lastMessage?: string;
  lastMessageAt?: TimeInput;
  unreadCount?: number;
  /** Someone is typing: shown instead of the last message. */
  typing?: boolean;
}
