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
  /** Who wrote it; for a system notice, who did what it reports (e.g. who added someone). */
  authorId: UserId;
  /**
   * Plain text. Never interpreted as HTML; bubbles render a safe subset (*bold*, _italic_, ~strike~,
   * `code`, fenced blocks, http(s) links) as elements (`parseRichText`). For a system notice,
   * the whole sentence to show, formatted by the app (e.g. "You added Bob and Carol"); shown as
   * is, with no links.
   */
  text: string;
  timestamp: TimeInput;
  /**
   * `text` (default): a message someone wrote, shown as a bubble. `system`: a notice in the
   * timeline (a group was created or renamed, members added, removed or left, roles changed),
   * shown by MessageList as a centered line (SystemNotice): no bubble, no author name, no status,
   * no actions. It ends a run of messages by one author. `status`, `edited` and `deleted` are
   * ignored for notices.
   */
  kind?: 'text' | 'system';
  /**
   * A `system` row that records a call: shown as a CallNotice worded for the reader ("Missed video
   * call", "Audio call, 1:05") instead of `text`; `outgoing` when the reader placed it.
   */
  call?: { outcome: 'missed' | 'declined' | 'ended'; media: 'audio' | 'video'; durationMs?: number; outgoing: boolean };
  status?: MessageStatus;
  /**
   * For a failed own message: why, as a sentence to show ("This person doesn't exist"); without
   * it, "Message not sent.".
   */
  failureReason?: string;
  /** For a failed own message: whether sending it again can help. `false` offers only Discard. Default true. */
  retryable?: boolean;
  edited?: boolean;
  deleted?: boolean;
  /** From someone the reader blocked (in a group): shown collapsed until the reader asks to see it. */
  senderBlocked?: boolean;
  /** Files sent with the message, in the order they were attached; shown under the text (or alone). */
  attachments?: readonly MessageAttachment[];
  /** The message this one replies to, shown as a quote above the text. */
  replyTo?: MessageReplyTo;
  /** Reactions, in the order to show them; shown under the bubble. */
  reactions?: readonly MessageReaction[];
  /** Pinned in its conversation: the actions menu offers "Unpin" instead of "Pin". */
  pinned?: boolean;
  /** Forwarded from another conversation (the server's `forwarded_from`): labelled "Forwarded". */
  forwarded?: { authorId: UserId };
  /** People mentioned by `@username` (resolved by the server): those tokens are highlighted. */
  mentions?: readonly UserId[];
  /** What the server found at the message's first link; shown as a card under the text. */
  linkPreview?: MessageLinkPreview;
}

/** A link's preview, as the server fetched it (`imageUrl` is served by the server, not the site). */
export interface MessageLinkPreview {
  url: string;
  title?: string;
  description?: string;
  imageUrl?: string;
  siteName?: string;
}

/** What a reply shows of the message it quotes (the excerpt follows edits of the original). */
export interface MessageReplyTo {
  id: MessageId;
  authorId: UserId;
  excerpt: string;
  /** The original was deleted: the quote says so instead of the excerpt. */
  deleted?: boolean;
}

/** One emoji's reactions on a message. */
export interface MessageReaction {
  emoji: string;
  count: number;
  /** The reader is among those who reacted. */
  me: boolean;
  /** Some of who reacted (the server caps the list), for "who reacted". */
  userIds?: readonly UserId[];
}

/** What kind of file an attachment is: decides how a message shows it. */
export type AttachmentKind = 'image' | 'audio' | 'file';

/**
 * A file sent with a message, as the server describes it (the protocol's AttachmentJson has the
 * same names). `url` and `thumbnail_url` may be short-lived: when one fails to load, the kit calls
 * `onAttachmentError` so the app can fetch fresh ones.
 */
export interface MessageAttachment {
  id: string | number;
  kind: AttachmentKind;
  name: string;
  /** Bytes. */
  size: number;
  content_type: string;
  url: string;
  thumbnail_url?: string;
  /** Pixels, for images: used to reserve the image's box before it loads. */
  width?: number;
  height?: number;
  /** For audio, when the server could read it. */
  duration_ms?: number;
}

/** Where a file the person picked stands before its message is sent. */
export type PendingAttachmentStatus = 'uploading' | 'uploaded' | 'failed';

/** A file picked in the composer, not yet sent: shown as a chip with its progress. */
export interface PendingAttachment {
  /** Chosen by the app; stable while the file is pending. */
  id: string;
  name: string;
  size: number;
  /** MIME type as the browser reports it (only a hint: the server decides from the bytes). */
  type: string;
  /** An object URL of the file for a thumbnail, for images. */
  previewUrl?: string;
  status: PendingAttachmentStatus;
  /** Upload progress 0–1 while `uploading`. */
  progress?: number;
  /** Why a `failed` upload failed, as a sentence to show. */
  error?: string;
}

/** A person, as shown by avatars, headers and lists. */
export interface ChatUser {
  id: UserId;
  name: string;
  avatarUrl?: string;
  presence?: PresenceStatus;
}

/** A one-to-one conversation or a group conversation. */
export type ConversationKind = 'direct' | 'group';

/** A member's role in a group: admins manage members and roles. */
export type GroupRole = 'admin' | 'member';

/** A person in a group, with their role. */
export interface GroupMember extends ChatUser {
  role: GroupRole;
  /** Shown as "@username" beside `name` when they differ, so two people with one display name can be told apart. */
  username?: string;
}

/**
 * One row of the chat list: a conversation with its last message and unread count. Direct and
 * group rows share one list, so ids must be unique across both (e.g. "u:5" and "g:5").
 */
export interface ChatSummary {
  id: string | number;
  /** The partner's name, or the group's name. */
  name: string;
  /** Direct (default) or group conversation. */
  kind?: ConversationKind;
  /** Group rows: how many members the group has (told to assistive technology). */
  memberCount?: number;
  /** Group rows: who wrote the last message, shown before it ("Alice: hi"). */
  lastMessageAuthor?: string;
  avatarUrl?: string;
  /** Direct rows only: the partner's presence. */
  presence?: PresenceStatus;
  lastMessage?: string;
  lastMessageAt?: TimeInput;
  unreadCount?: number;
  /** Unread mentions of the reader: an "@" badge beside the unread count. */
  mentionCount?: number;
  /** Someone is typing: shown instead of the last message. */
  typing?: boolean;
}
