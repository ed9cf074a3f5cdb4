/**
 * The chat server's JSON (REST bodies and Socket.IO payloads), as documented in
 * docs/architecture.md: snake_case names from the original design, ISO-8601 times. The server
 * builds exactly these; clients may accept more leniently (an older server's JSON) by deriving
 * from them.
 */

export interface PublicUserJson {
  id: number;
  username: string;
}

/** What a person chose to show of themselves (`PATCH /api/me`); every user JSON but a notice's carries it. */
export interface ProfileFieldsJson {
  /** 1–64 characters, trimmed; null when unset (show the username). */
  display_name: string | null;
  /**
   * `GET /api/users/:id/avatar?v=…` (the 256 px rendition; add `&size=small` for 64 px), needs the
   * bearer token; the version changes with the avatar, so it may be cached for good. Null when none.
   */
  avatar_url: string | null;
  /** Up to 140 characters; null when unset. */
  status_text: string | null;
  /**
   * Present (true) only for an account that was deleted (`DELETE /api/me`): its username is then
   * `deleted-<id>` and its display name "Deleted account"; show that, and offer nothing to do with it.
   */
  deleted?: true;
}

/** A person as lists show them: search, conversation partners, senders, and socket `user:updated`. */
export interface UserProfileJson extends PublicUserJson, ProfileFieldsJson {}

export interface OwnUserJson extends UserProfileJson {
  email: string;
  created_at: string;
  /** True once the person followed the link mailed to this address (sign-up or email change). */
  email_verified: boolean;
  /** `GET /api/me` only: whether the person is one of the instance's admins (ADMIN_USERNAMES). */
  is_admin?: boolean;
}

/** `PATCH /api/me`'s body: each field left out stays; `null` clears it. */
export interface UpdateProfileInputJson {
  display_name?: string | null;
  /** An image the caller uploaded (`POST /api/attachments`); cropped square to 64 and 256 px. */
  avatar_attachment_id?: number | null;
  status_text?: string | null;
}

/** "text": something a person wrote. "system": a notice of a change in a group or of a call (see `notice`). */
export type MessageKind = "text" | "system";

/**
 * What a group notice records: who did it (`actor`) and to whom, with the names as they were then.
 * The notice's `message_content` is the same in English ("alice added bob and carol"); clients may
 * word it themselves from this.
 */
export type GroupNoticeJson =
  | { event: "created"; actor: PublicUserJson; name: string }
  | { event: "added" | "removed" | "promoted" | "demoted"; actor: PublicUserJson; users: PublicUserJson[] }
  | { event: "left"; actor: PublicUserJson }
  | { event: "renamed"; actor: PublicUserJson; name: string };

export type CallMedia = "audio" | "video";

/** How a call ended, as its timeline row tells it. */
export type CallOutcome = "missed" | "declined" | "ended";

/** What a call's timeline row records (written when the call ends). `duration_ms`: answered calls only. */
export interface CallNoticeJson {
  type: "call";
  outcome: CallOutcome;
  media: CallMedia;
  caller_id: number;
  duration_ms?: number;
}

/** A system message's notice: a group change (`event`) or a call (`type: "call"`). */
export type NoticeJson = GroupNoticeJson | CallNoticeJson;

/** How an attachment is shown: decided from its bytes, never from its name or declared type. */
export type AttachmentKind = "image" | "audio" | "file";

/**
 * An uploaded file. `url` and `thumbnail_url` are short-lived signed links (usable without an
 * Authorization header, so `<img>` and `<audio>` work); ask `GET /api/attachments/:id` for fresh ones.
 */
export interface AttachmentJson {
  id: number;
  kind: AttachmentKind;
  /** The uploader's file name, sanitised (no folders, no control characters, at most 255 characters). */
  name: string;
  /** Bytes stored (for images: after metadata was stripped). */
  size: number;
  content_type: string;
  url: string;
  /** Images: a preview whose longest side is at most 480 px. */
  thumbnail_url?: string;
  /** Images: pixels, after orientation was applied. */
  width?: number;
  height?: number;
  /** Audio, when the length could be read. */
  duration_ms?: number;
  created_at: string;
}

/** What a reply shows of the message it answers, read when the reply is read: it follows edits and deletions. */
export interface ReplyToJson {
  id: number;
  sender_id: number;
  /** The original's current text, cut to at most 120 characters (graphemes); "" once it is deleted. */
  excerpt: string;
  deleted: boolean;
}

/** One emoji on a message, in the order it was first used there. */
export interface ReactionJson {
  emoji: string;
  count: number;
  /** Whether the reader reacted with it (REST: the caller; socket: the member the event is sent to). */
  me: boolean;
  /** Who reacted, earliest first, at most 10 (count says how many in all). */
  user_ids: number[];
}

/** Who wrote a forwarded message's original, and when: kept as it was when it was forwarded. */
export interface ForwardedFromJson {
  sender_id: number;
  sent_at: string;
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
  kind: MessageKind;
  /** For `kind: "system"`: the change it records; null for what people write. */
  notice: NoticeJson | null;
  /** Files sent with the message, in the order given; [] when none (and once the message is deleted). */
  attachments: AttachmentJson[];
  /** The message this one answers (same conversation); null when it is not a reply. */
  reply_to: ReplyToJson | null;
  /** [] when none (and once the message is deleted). */
  reactions: ReactionJson[];
  /** Group messages: the members its `@username`s named when it was sent (or last edited); [] otherwise. */
  mentions: number[];
  /** Set when the message was forwarded from another; null otherwise. */
  forwarded_from: ForwardedFromJson | null;
  /** Whether the message is pinned in its conversation. */
  pinned: boolean;
  /** The first http(s) URL's preview, fetched by the server after the send; null until then, when none, or once removed. */
  link_preview: LinkPreviewJson | null;
  /** Present (and true) only in the copy of a reader who blocked the sender: show it collapsed ("Message from a blocked person"). */
  sender_blocked?: true;
}

/** What the server read of a linked page. `image_url`: the server's own copy, for members only; null when none. */
export interface LinkPreviewJson {
  url: string;
  title: string | null;
  description: string | null;
  image_url: string | null;
  site_name: string | null;
}

/** How far one side of a direct conversation has received and read it. */
export interface DirectReceiptJson {
  /** The user whose progress this is. */
  user_id: number;
  /** Their partner, whose messages were received/read. */
  partner_id: number;
  delivered_up_to_id: number;
  read_up_to_id: number;
}

/** How far one member of a group has received and read it. */
export interface GroupReceiptJson {
  user_id: number;
  group_id: number;
  delivered_up_to_id: number;
  read_up_to_id: number;
}

export type ReceiptJson = DirectReceiptJson | GroupReceiptJson;

export type GroupRole = "admin" | "member";

export interface GroupMemberJson extends ProfileFieldsJson {
  id: number;
  username: string;
  role: GroupRole;
}

export interface GroupJson {
  id: number;
  name: string;
  /** Null once the creator's account is gone. */
  created_by: number | null;
  created_at: string;
  members: GroupMemberJson[];
  /** Whether every member may pin messages (otherwise admins only). */
  members_can_pin: boolean;
}

/** A group as a conversation-list row shows it. */
export interface GroupSummaryJson {
  id: number;
  name: string;
  member_count: number;
}

/** `GET /api/conversations`: a direct conversation. */
export interface DirectConversationSummary {
  partner: UserProfileJson;
  last_message: MessageJson;
  /** The partner's messages after the caller's read marker (deleted ones not counted). */
  unread_count: number;
  /** Always 0: mentions are a group's. */
  mention_count: number;
  /** The oldest unread message for the caller (where opening the conversation starts); null when none. */
  first_unread_id: number | null;
}

/** `GET /api/conversations`: a group the caller is in. */
export interface GroupConversationSummary {
  group: GroupSummaryJson;
  /** Null until the group's first message. */
  last_message: MessageJson | null;
  /** Who wrote last_message. */
  last_sender: UserProfileJson | null;
  /** Other members' messages after the caller's read marker (deleted ones not counted). */
  unread_count: number;
  /** Unread messages (after the caller's read marker) that mention the caller. */
  mention_count: number;
  /** The oldest unread message for the caller (where opening the conversation starts); null when none. */
  first_unread_id: number | null;
}

export type ConversationSummary = DirectConversationSummary | GroupConversationSummary;

/** With `?around=<id>`: whether older and newer messages exist beyond the page centred on that id. */
export interface AroundPage {
  has_more_before?: boolean;
  has_more_after?: boolean;
}

/** `GET /api/messages/conversation/:user_id`. */
export interface ConversationPage extends AroundPage {
  messages: MessageJson[];
  has_more: boolean;
  /** The partner's progress through the caller's messages: which show as delivered or read. */
  partner_receipt: DirectReceiptJson;
  /** The caller's own progress (what is unread for them). */
  my_receipt: DirectReceiptJson;
}

/** `GET /api/messages/group/:group_id`. */
export interface GroupPage extends AroundPage {
  messages: MessageJson[];
  has_more: boolean;
  group: GroupJson;
  /** Every other member's progress: the caller's messages are read once all of them passed them. */
  member_receipts: GroupReceiptJson[];
  my_receipt: GroupReceiptJson;
}

/** `GET /api/messages/changes`. */
export interface ChangesPage {
  /** The current JSON of each message edited or deleted since the cursor, oldest change first. */
  changes: MessageJson[];
  /** Ask with `after=<cursor>` next time. */
  cursor: number;
  has_more: boolean;
}

/** `GET /api/search`: a message with what opens its conversation. */
export interface SearchResultJson extends MessageJson {
  /** Direct hits: the other person (the caller for a note to oneself); null for group hits. */
  partner_id: number | null;
  partner_username: string | null;
  /** Group hits: the group's name (group_id is the message's own); null for direct hits. */
  group_name: string | null;
}

/** Socket `message:reaction` and the answer of the reaction routes: a message's reactions now. */
export type MessageReactionsJson =
  | { message_id: number; receiver_id: number; group_id: null; reactions: ReactionJson[] }
  | { message_id: number; group_id: number; receiver_id: null; reactions: ReactionJson[] };

/** One pinned message of a conversation (`GET /api/conversations/pins`). */
export interface PinJson {
  message: MessageJson;
  /** Null once that account is gone. */
  pinned_by: number | null;
  pinned_at: string;
}

/** `GET /api/conversations/pins`: newest pin first. */
export interface PinsPage {
  pins: PinJson[];
}

/** Socket `message:pinned` and the answer of the pin routes: a message was pinned or unpinned. */
export type MessagePinnedJson =
  | { message_id: number; receiver_id: number; group_id: null; pinned: boolean; pinned_by: number | null; pinned_at: string | null }
  | { message_id: number; group_id: number; receiver_id: null; pinned: boolean; pinned_by: number | null; pinned_at: string | null };

/** Socket `presence`. */
export interface PresenceJson {
  user_id: number;
  online: boolean;
  /** When the user's last socket closed; null while online or when never seen. */
  last_seen_at: string | null;
}

/** Socket `typing`: to a person, or in a group. */
export type TypingJson =
  | {
      user_id: number;
      /** The person being typed to. */
      receiver_id: number;
      typing: boolean;
    }
  | {
      user_id: number;
      /** The group being typed to. */
      group_id: number;
      typing: boolean;
    };

export type CallState = "ringing" | "active" | "ended";

export type CallEndReason = "missed" | "declined" | "hangup" | "busy" | "failed" | "cancelled";

/**
 * A call. `conversation` is given from the reader's side: in a direct call `user_id` is the other
 * person (as `partner` elsewhere), in a group call the group. Media never passes through the server.
 */
export interface CallJson {
  id: number;
  conversation: { user_id: number } | { group_id: number };
  media: CallMedia;
  state: CallState;
  /**
   * "mesh": every participant connects to every other (direct calls; groups up to 4 without an
   * SFU). "sfu": a group call through Janus's videoroom (the server is configured with `JANUS_URL`):
   * each participant publishes once to Janus and subscribes to the others there.
   */
  topology: "mesh" | "sfu";
  caller_id: number;
  /** Who placed it (`caller_id` and their name): an incoming call from someone never written to is named. */
  caller: PublicUserJson;
  started_at: string;
  answered_at: string | null;
  ended_at: string | null;
  /** User ids currently in the call (the caller from the start; a callee once they accept or join). */
  participants: number[];
  /** Set once ended. */
  end_reason?: CallEndReason;
  /** In `call:updated` after an accept or join: the connection (socket id) that took it, so the person's other tabs stop ringing. */
  answered_connection?: string;
}

/**
 * What a participant needs to reach its call's Janus room: given only in the acknowledgement of the
 * `call:start` or `call:join` that put this connection in an "sfu" call, never broadcast.
 */
export interface SfuAccessJson {
  /** Janus's HTTP API as browsers reach it, e.g. "https://janus.example.org/janus". */
  url: string;
  /** The videoroom's id (the call's id). */
  room: number;
  /** Janus core token (HMAC-signed, `token_auth_secret`), valid until `expires_at`: sent as `token` in every Janus request. */
  token: string;
  /** The room's join token for this participant (videoroom `allowed`), dropped when they leave. */
  room_token: string;
  /** What to publish as (videoroom publisher `id`): the user id, so subscribers know whose feed is whose. */
  feed_id: number;
  expires_at: string;
}

/** One ICE server as RTCPeerConnection takes it. */
export interface IceServerJson {
  urls: string[];
  username?: string;
  credential?: string;
}

/** `GET /api/calls/ice-servers`: TURN credentials last `ttl_s` seconds. */
export interface IceServersJson {
  ice_servers: IceServerJson[];
  ttl_s: number;
  /** RTCPeerConnection's `iceTransportPolicy`: "relay" when the operator sends all media through TURN. */
  ice_transport_policy: "all" | "relay";
}

/** `GET /api/calls/active`: the caller's ringing and ongoing calls. */
export interface ActiveCallsJson {
  calls: CallJson[];
}

/** A WebRTC signal relayed between two participants of a call; the server reads only its size. */
export interface CallSignalJson {
  type: "offer" | "answer" | "candidate" | "restart";
  sdp?: string;
  candidate?: { candidate: string; sdpMid?: string | null; sdpMLineIndex?: number | null; usernameFragment?: string | null };
}

/** A refused socket action's acknowledgement: the message, and the status the same failure has over REST. */
export interface ErrorReply {
  error: string;
  status: number;
}

/** `GET /api/push/vapid-key`: the browser's `applicationServerKey` (base64url, uncompressed P-256 point). */
export interface VapidKeyJson {
  public_key: string;
}

/** `POST /api/push/subscriptions`'s body: `PushSubscription.toJSON()` as the browser gives it. */
export interface PushSubscriptionInputJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  expirationTime?: number | null;
}

/** A stored subscription, as `POST /api/push/subscriptions` answers it (the keys are never sent back). */
export interface PushSubscriptionJson {
  endpoint: string;
  created_at: string;
  /** When the browser said the subscription expires; null when it did not. */
  expiration_time: string | null;
}

/** `GET`/`PUT /api/push/preferences`: `previews: false` sends only "New message", no sender and no text. */
export interface PushPreferencesJson {
  previews: boolean;
}

/** `POST /api/push/native-tokens`'s body: the FCM registration token `@capacitor/push-notifications` gave the app. */
export interface NativePushTokenInputJson {
  token: string;
  platform: "android" | "ios";
}

/** A stored app install, as `POST /api/push/native-tokens` answers it. */
export interface NativePushTokenJson {
  token: string;
  platform: "android" | "ios";
  created_at: string;
}

/** One log-in (or registration) of the caller, as `GET /api/sessions` lists it. `current`: the session of the token asking. */
export interface SessionJson {
  id: number;
  /** The User-Agent header it logged in with (control characters dropped, at most 512 characters); null when none was sent. */
  user_agent: string | null;
  created_at: string;
  /** Recorded at most once a minute: accurate to a minute. */
  last_used_at: string;
  current: boolean;
}

/** `GET /api/sessions`: the caller's sessions that still work, most recently used first. */
export interface SessionsPage {
  sessions: SessionJson[];
}

/** `POST /api/sessions/revoke-others`: how many sessions were signed out. */
export interface RevokedSessionsJson {
  revoked: number;
}

/** The conversation a push is about, from the recipient's side (the other person, or the group). */
export type PushConversationJson = { user_id: number } | { group_id: number };

/**
 * What a push carries, encrypted to the browser (RFC 8291), for the service worker to show:
 * `tag` collapses one conversation's notifications into one; `url` is the app's page of it.
 */
export interface PushPayloadJson {
  title: string;
  body: string;
  /** `conversation:user:<id>` or `conversation:group:<id>`. */
  tag: string;
  url: string;
  conversation: PushConversationJson;
  message_id: number;
}

/** `GET /api/config`: what this server offers, for the app to show or hide (e.g. "Forgot password?"). */
export interface ServerConfigJson {
  /** SMTP_URL is set: `POST /api/password-reset` works. */
  password_reset: boolean;
  /** SMTP_URL is set: sign-up and email changes mail a verification link. */
  email_verification: boolean;
  /** How many days a deleted account's username stays held (USERNAME_HOLD_DAYS). */
  username_hold_days: number;
}

/** One person the caller blocked, as `GET /api/blocks` lists them. */
export interface BlockJson {
  user: UserProfileJson;
  created_at: string;
}

/** `GET /api/blocks`: the people the caller blocked, most recent first. */
export interface BlocksPage {
  blocks: BlockJson[];
}

/** `POST /api/messages/:id/report`'s body: why, 1–500 characters (line breaks allowed). */
export interface ReportInputJson {
  reason: string;
}

/** `POST /api/messages/:id/report`'s answer (201, as `{report: …}`). */
export interface ReportCreatedJson {
  id: number;
  message_id: number;
  created_at: string;
}

/** A reported message's sender as admins see them: whether their account is deactivated too. */
export interface ReportedUserJson extends UserProfileJson {
  deactivated: boolean;
}

/** One report, as `GET /api/admin/reports` lists it. */
export interface ReportJson {
  id: number;
  reason: string;
  created_at: string;
  reporter: UserProfileJson | null;
  /** Null once the sender's account is gone. */
  sender: ReportedUserJson | null;
  /** The message as it read when it was reported (later edits or deletion do not change `text`). */
  message: { id: number; text: string; sent_at: string; deleted: boolean };
  conversation: { group_id: number; receiver_id: null } | { receiver_id: number; group_id: null };
}

/** `GET /api/admin/reports`: newest first; pass `next_before` as `before` for the next page (null: no more). */
export interface ReportsPage {
  reports: ReportJson[];
  next_before: number | null;
}

/** `DELETE /api/me`'s body: the account's password, asked again. */
export interface DeleteAccountInputJson {
  password: string;
}

/** A group in `GET /api/me/export`: the person's role in it and when they joined. */
export interface ExportedGroupJson {
  id: number;
  name: string;
  role: "admin" | "member";
  joined_at: string;
  created_at: string;
}

/**
 * `GET /api/me/export`, streamed as one JSON document. `messages`: every message the person sent
 * or may read, oldest first, with attachments' metadata and signed download links (valid for the
 * server's UPLOAD_URL_TTL, like any attachment URL).
 */
export interface AccountExportJson {
  format: 1;
  exported_at: string;
  profile: OwnUserJson;
  sessions: SessionJson[];
  blocks: BlockJson[];
  conversations: ConversationSummary[];
  groups: ExportedGroupJson[];
  messages: MessageJson[];
}
