import type * as Protocol from "@chat-app/protocol";
import { z } from "zod";

/**
 * The JSON the server answers with, as zod schemas, for the OpenAPI document only (the server builds
 * these bodies itself; nothing parses them at run time). `mirrors` below fails to compile when a
 * schema and its @chat-app/protocol type drift apart.
 */

const isoTime = z.iso.datetime({ offset: true }).meta({ description: "ISO-8601 time" });
const id = z.number().int().positive();
/** `.nullable()` of a named schema comes out as an allOf that null cannot pass; a union says it right. */
const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const publicUserSchema = z.strictObject({ id, username: z.string() }).meta({ id: "PublicUser" });
export const profileFieldsShape = {
  display_name: z.string().nullable().meta({ description: "1–64 characters; null when unset (show the username)" }),
  avatar_url: z
    .string()
    .nullable()
    .meta({ description: "`/api/users/{id}/avatar?v=…` (256 px; `&size=small` for 64 px), bearer token needed, cacheable for good; null when none" }),
  status_text: z.string().nullable().meta({ description: "Up to 140 characters; null when unset" }),
  deleted: z.literal(true).optional().meta({ description: 'Only on a deleted account (username `deleted-<id>`, display name "Deleted account")' }),
};
export const userProfileSchema = publicUserSchema.extend(profileFieldsShape).meta({ id: "UserProfile" });
export const ownUserSchema = userProfileSchema
  .extend({
    email: z.email(),
    created_at: isoTime,
    email_verified: z.boolean(),
    is_admin: z.boolean().optional().meta({ description: "`GET /api/me` only: one of the instance's admins (ADMIN_USERNAMES)" }),
  })
  .meta({ id: "OwnUser" });

export const groupNoticeSchema = z
  .union([
    z.strictObject({ event: z.literal("created"), actor: publicUserSchema, name: z.string() }),
    z.strictObject({ event: z.enum(["added", "removed", "promoted", "demoted"]), actor: publicUserSchema, users: z.array(publicUserSchema) }),
    z.strictObject({ event: z.literal("left"), actor: publicUserSchema }),
    z.strictObject({ event: z.literal("renamed"), actor: publicUserSchema, name: z.string() }),
  ])
  .meta({ id: "GroupNotice", description: "What a group notice records: who did it and to whom, with the names as they were then." });

const callMedia = z.enum(["audio", "video"]);

export const callNoticeSchema = z
  .strictObject({
    type: z.literal("call"),
    outcome: z.enum(["missed", "declined", "ended"]),
    media: callMedia,
    caller_id: id,
    duration_ms: z.number().int().nonnegative().optional().meta({ description: "Answered calls: from the answer to the end" }),
  })
  .meta({ id: "CallNotice", description: "A call's timeline row, written when the call ends." });

export const noticeSchema = z.union([groupNoticeSchema, callNoticeSchema]).meta({ id: "Notice" });

export const callSchema = z
  .strictObject({
    id,
    conversation: z
      .union([z.strictObject({ user_id: id }), z.strictObject({ group_id: id })])
      .meta({ description: "From the reader's side: the other person of a direct call, or the group" }),
    media: callMedia,
    state: z.enum(["ringing", "active", "ended"]),
    topology: z.enum(["mesh", "sfu"]),
    caller_id: id,
    caller: publicUserSchema.meta({ description: "Who placed the call, named for an incoming call from someone never written to" }),
    started_at: isoTime,
    answered_at: isoTime.nullable(),
    ended_at: isoTime.nullable(),
    participants: z.array(id).meta({ description: "User ids currently in the call" }),
    end_reason: z.enum(["missed", "declined", "hangup", "busy", "failed", "cancelled"]).optional(),
    answered_connection: z.string().optional(),
  })
  .meta({ id: "Call" });

export const iceServersSchema = z
  .strictObject({
    ice_servers: z.array(z.strictObject({ urls: z.array(z.string()), username: z.string().optional(), credential: z.string().optional() })),
    ttl_s: z.number().int().positive(),
    ice_transport_policy: z.enum(["all", "relay"]),
  })
  .meta({
    id: "IceServers",
    description: 'STUN/TURN servers for RTCPeerConnection; TURN credentials expire after ttl_s seconds; "relay": media only through TURN.',
  });

export const activeCallsSchema = z.strictObject({ calls: z.array(callSchema) }).meta({ id: "ActiveCalls" });

export const attachmentSchema = z
  .strictObject({
    id,
    kind: z.enum(["image", "audio", "file"]).meta({ description: "Decided from the bytes: SVG, HTML and other scriptable types are files." }),
    name: z.string().meta({ description: "The uploader's file name, sanitised" }),
    size: z.number().int().nonnegative(),
    content_type: z.string(),
    url: z.string().meta({ description: "Signed link to the bytes, valid for ATTACHMENT_URL_TTL" }),
    thumbnail_url: z.string().optional().meta({ description: "Images: signed link to a WebP preview, longest side at most 480 px" }),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    duration_ms: z.number().int().nonnegative().optional(),
    created_at: isoTime,
  })
  .meta({ id: "Attachment" });

export const replyToSchema = z
  .strictObject({
    id,
    sender_id: id,
    excerpt: z.string().meta({ description: 'The original\'s current text, at most 120 characters (and …); "" once deleted' }),
    deleted: z.boolean(),
  })
  .meta({ id: "ReplyTo", description: "What a reply shows of its original, read with the reply: it follows edits and deletions." });

export const reactionSchema = z
  .strictObject({
    emoji: z.string(),
    count: z.number().int().positive(),
    me: z.boolean().meta({ description: "Whether the reader reacted with this emoji" }),
    user_ids: z.array(id).meta({ description: "Who reacted, earliest first, at most 10" }),
  })
  .meta({ id: "Reaction", description: "One emoji on a message; reactions are ordered by first use." });

export const forwardedFromSchema = z
  .strictObject({ sender_id: id, sent_at: isoTime })
  .meta({ id: "ForwardedFrom", description: "Who wrote a forwarded message's original, and when." });
export const linkPreviewSchema = z
  .strictObject({
    url: z.string().meta({ description: "The first http(s) URL of the message's text" }),
    title: z.string().nullable(),
    description: z.string().nullable(),
    image_url: z.string().nullable().meta({
      description: "The server's copy of the page's image: a signed link (no token), valid until the end of the next UTC day; null when none",
    }),
    site_name: z.string().nullable(),
  })
  .meta({ id: "LinkPreview", description: "What the server read of a linked page, after the send; pushed by message:updated." });

const messageShape = {
  id,
  sender_id: id,
  receiver_id: id.nullable().meta({ description: "The person a direct message was sent to; null for a group message." }),
  group_id: id.nullable().meta({ description: "The group a group message was sent to; null for a direct message." }),
  message_content: z.string(),
  timestamp: isoTime,
  client_id: z.string(),
  edited_at: isoTime.nullable(),
  deleted_at: isoTime.nullable().meta({ description: 'A deleted message\'s content is "".' }),
  kind: z.enum(["text", "system"]),
  notice: orNull(noticeSchema),
  attachments: z.array(attachmentSchema),
  reply_to: orNull(replyToSchema),
  reactions: z.array(reactionSchema),
  mentions: z.array(id).meta({ description: "Group messages: the members its @usernames named when sent or last edited; [] otherwise." }),
  forwarded_from: orNull(forwardedFromSchema),
  pinned: z.boolean(),
  link_preview: orNull(linkPreviewSchema),
  sender_blocked: z
    .literal(true)
    .optional()
    .meta({ description: 'Only in the copy of a reader who blocked the sender: show it collapsed ("Message from a blocked person").' }),
};
export const messageSchema = z.strictObject(messageShape).meta({ id: "Message" });

const progress = { delivered_up_to_id: z.number().int().nonnegative(), read_up_to_id: z.number().int().nonnegative() };
export const directReceiptSchema = z.strictObject({ user_id: id, partner_id: id, ...progress }).meta({ id: "DirectReceipt" });
export const groupReceiptSchema = z.strictObject({ user_id: id, group_id: id, ...progress }).meta({ id: "GroupReceipt" });
export const receiptSchema = z.union([directReceiptSchema, groupReceiptSchema]).meta({ id: "Receipt" });

export const groupMemberSchema = z
  .strictObject({ id, username: z.string(), ...profileFieldsShape, role: z.enum(["admin", "member"]) })
  .meta({ id: "GroupMember" });
export const groupSchema = z
  .strictObject({
    id,
    name: z.string(),
    created_by: id.nullable(),
    created_at: isoTime,
    members: z.array(groupMemberSchema),
    members_can_pin: z.boolean().meta({ description: "Whether every member may pin (otherwise admins only)." }),
  })
  .meta({ id: "Group" });
export const groupSummarySchema = z.strictObject({ id, name: z.string(), member_count: z.number().int().nonnegative() }).meta({ id: "GroupSummary" });

const unread = z.number().int().nonnegative();
export const conversationSummarySchema = z
  .union([
    z.strictObject({
      partner: userProfileSchema,
      last_message: messageSchema,
      unread_count: unread,
      mention_count: unread.meta({ description: "Always 0 in a direct conversation." }),
      first_unread_id: id.nullable().meta({ description: "The caller's oldest unread message here; null when none." }),
    }),
    z.strictObject({
      group: groupSummarySchema,
      last_message: orNull(messageSchema),
      last_sender: orNull(userProfileSchema),
      unread_count: unread,
      mention_count: unread.meta({ description: "Unread messages mentioning the caller." }),
      first_unread_id: id.nullable().meta({ description: "The caller's oldest unread message here; null when none." }),
    }),
  ])
  .meta({ id: "ConversationSummary" });

const aroundShape = {
  has_more_before: z.boolean().optional().meta({ description: "With `around`: older messages exist before the page" }),
  has_more_after: z.boolean().optional().meta({ description: "With `around`: newer messages exist after the page" }),
};

export const conversationPageSchema = z
  .strictObject({
    messages: z.array(messageSchema),
    has_more: z.boolean(),
    ...aroundShape,
    partner_receipt: directReceiptSchema,
    my_receipt: directReceiptSchema,
  })
  .meta({ id: "ConversationPage" });
export const groupPageSchema = z
  .strictObject({
    messages: z.array(messageSchema),
    has_more: z.boolean(),
    ...aroundShape,
    group: groupSchema,
    member_receipts: z.array(groupReceiptSchema),
    my_receipt: groupReceiptSchema,
  })
  .meta({ id: "GroupPage" });
export const changesPageSchema = z
  .strictObject({ changes: z.array(messageSchema), cursor: z.number().int().nonnegative(), has_more: z.boolean() })
  .meta({ id: "ChangesPage" });

export const searchResultSchema = z
  .strictObject({ ...messageShape, partner_id: id.nullable(), partner_username: z.string().nullable(), group_name: z.string().nullable() })
  .meta({ id: "SearchResult" });

export const messageReactionsSchema = z
  .union([
    z.strictObject({ message_id: id, receiver_id: id, group_id: z.null(), reactions: z.array(reactionSchema) }),
    z.strictObject({ message_id: id, group_id: id, receiver_id: z.null(), reactions: z.array(reactionSchema) }),
  ])
  .meta({ id: "MessageReactions", description: "A message's reactions now (also the socket event message:reaction)." });

const pinState = { pinned: z.boolean(), pinned_by: id.nullable(), pinned_at: isoTime.nullable() };
export const messagePinnedSchema = z
  .union([
    z.strictObject({ message_id: id, receiver_id: id, group_id: z.null(), ...pinState }),
    z.strictObject({ message_id: id, group_id: id, receiver_id: z.null(), ...pinState }),
  ])
  .meta({ id: "MessagePinned", description: "A message was pinned or unpinned (also the socket event message:pinned)." });

export const pinSchema = z.strictObject({ message: messageSchema, pinned_by: id.nullable(), pinned_at: isoTime }).meta({ id: "Pin" });
export const pinsPageSchema = z.strictObject({ pins: z.array(pinSchema) }).meta({ id: "PinsPage", description: "Newest pin first." });

export const vapidKeySchema = z
  .strictObject({ public_key: z.string().meta({ description: "base64url, uncompressed P-256 point: the browser's applicationServerKey" }) })
  .meta({ id: "VapidKey" });
export const pushSubscriptionSchema = z
  .strictObject({
    endpoint: z.string(),
    created_at: isoTime,
    expiration_time: isoTime.nullable().meta({ description: "When the browser said it expires; null when it did not" }),
  })
  .meta({ id: "PushSubscription", description: "A stored subscription; its keys are never sent back." });
export const nativePushTokenSchema = z
  .strictObject({ token: z.string(), platform: z.enum(["android", "ios"]), created_at: isoTime })
  .meta({ id: "NativePushToken", description: "An app install the server pushes to through FCM." });
export const pushPreferencesSchema = z
  .strictObject({ previews: z.boolean().meta({ description: 'false: pushes say only "New message", neither sender nor text' }) })
  .meta({ id: "PushPreferences" });

export const sessionSchema = z
  .strictObject({
    id,
    user_agent: z.string().nullable().meta({ description: "The User-Agent it logged in with (cleaned, at most 512 characters)" }),
    created_at: isoTime,
    last_used_at: isoTime.meta({ description: "Recorded at most once a minute" }),
    current: z.boolean().meta({ description: "The session of the token asking" }),
  })
  .meta({ id: "Session", description: "One log-in (or registration)." });
export const sessionsPageSchema = z
  .strictObject({ sessions: z.array(sessionSchema) })
  .meta({ id: "SessionsPage", description: "Sessions that still work, most recently used first." });
export const revokedSessionsSchema = z
  .strictObject({ revoked: z.number().int().nonnegative() })
  .meta({ id: "RevokedSessions", description: "How many sessions were signed out." });

export const blockSchema = z
  .strictObject({ user: userProfileSchema, created_at: isoTime })
  .meta({ id: "Block", description: "Someone the caller blocked, and since when." });
export const blocksPageSchema = z
  .strictObject({ blocks: z.array(blockSchema) })
  .meta({ id: "BlocksPage", description: "The people the caller blocked, most recent first." });

export const errorSchema = z.strictObject({ error: z.string() }).meta({ id: "Error", description: "Every refusal: a message safe to show." });

type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
/** True when what the schema describes is exactly the protocol's type. */
type Mirrors<S extends z.ZodType, P> = Equal<z.output<S>, P>;
const mirrors = <_ extends true>() => undefined;

mirrors<Mirrors<typeof publicUserSchema, Protocol.PublicUserJson>>();
mirrors<Mirrors<typeof ownUserSchema, Protocol.OwnUserJson>>();
mirrors<Mirrors<typeof userProfileSchema, Protocol.UserProfileJson>>();
mirrors<Mirrors<typeof groupNoticeSchema, Protocol.GroupNoticeJson>>();
mirrors<Mirrors<typeof callNoticeSchema, Protocol.CallNoticeJson>>();
mirrors<Mirrors<typeof callSchema, Protocol.CallJson>>();
mirrors<Mirrors<typeof iceServersSchema, Protocol.IceServersJson>>();
mirrors<Mirrors<typeof activeCallsSchema, Protocol.ActiveCallsJson>>();
mirrors<Mirrors<typeof attachmentSchema, Protocol.AttachmentJson>>();
mirrors<Mirrors<typeof replyToSchema, Protocol.ReplyToJson>>();
mirrors<Mirrors<typeof reactionSchema, Protocol.ReactionJson>>();
mirrors<Mirrors<typeof linkPreviewSchema, Protocol.LinkPreviewJson>>();
mirrors<Mirrors<typeof messageSchema, Protocol.MessageJson>>();
mirrors<Mirrors<typeof messageReactionsSchema, Protocol.MessageReactionsJson>>();
mirrors<Mirrors<typeof forwardedFromSchema, Protocol.ForwardedFromJson>>();
mirrors<Mirrors<typeof messagePinnedSchema, Protocol.MessagePinnedJson>>();
mirrors<Mirrors<typeof pinSchema, Protocol.PinJson>>();
mirrors<Mirrors<typeof pinsPageSchema, Protocol.PinsPage>>();
mirrors<Mirrors<typeof directReceiptSchema, Protocol.DirectReceiptJson>>();
mirrors<Mirrors<typeof groupReceiptSchema, Protocol.GroupReceiptJson>>();
mirrors<Mirrors<typeof receiptSchema, Protocol.ReceiptJson>>();
mirrors<Mirrors<typeof groupSchema, Protocol.GroupJson>>();
mirrors<Mirrors<typeof groupSummarySchema, Protocol.GroupSummaryJson>>();
mirrors<Mirrors<typeof conversationSummarySchema, Protocol.ConversationSummary>>();
mirrors<Mirrors<typeof conversationPageSchema, Protocol.ConversationPage>>();
mirrors<Mirrors<typeof groupPageSchema, Protocol.GroupPage>>();
mirrors<Mirrors<typeof changesPageSchema, Protocol.ChangesPage>>();
mirrors<Mirrors<typeof searchResultSchema, Protocol.SearchResultJson>>();
mirrors<Mirrors<typeof vapidKeySchema, Protocol.VapidKeyJson>>();
mirrors<Mirrors<typeof pushSubscriptionSchema, Protocol.PushSubscriptionJson>>();
mirrors<Mirrors<typeof pushPreferencesSchema, Protocol.PushPreferencesJson>>();
mirrors<Mirrors<typeof nativePushTokenSchema, Protocol.NativePushTokenJson>>();
mirrors<Mirrors<typeof sessionSchema, Protocol.SessionJson>>();
mirrors<Mirrors<typeof sessionsPageSchema, Protocol.SessionsPage>>();
mirrors<Mirrors<typeof revokedSessionsSchema, Protocol.RevokedSessionsJson>>();
mirrors<Mirrors<typeof blockSchema, Protocol.BlockJson>>();
mirrors<Mirrors<typeof blocksPageSchema, Protocol.BlocksPage>>();
