import type { OpenAPIRegistry, ResponseConfig, RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  addMembersSchema,
  attachmentParamsSchema,
  attachmentVariantParamsSchema,
  changesQuerySchema,
  conversationParamsSchema,
  conversationQuerySchema,
  createGroupSchema,
  editMessageSchema,
  forwardSchema,
  groupHistoryParamsSchema,
  groupIdParamsSchema,
  groupMemberParamsSchema,
  loginSchema,
  messageIdParamsSchema,
  messageSearchSchema,
  pinsQuerySchema,
  reactionParamsSchema,
  receiptSchema as receiptInputSchema,
  registerSchema,
  renameGroupSchema,
  sendMessageSchema,
  setRoleSchema,
  signedLinkQuerySchema,
  userSearchSchema,
} from "../schemas";
import { type ErrorStatus, errorResponses } from "./errors";
import {
  activeCallsSchema,
  attachmentSchema,
  changesPageSchema,
  conversationPageSchema,
  conversationSummarySchema,
  groupPageSchema,
  groupSchema,
  iceServersSchema,
  messagePinnedSchema,
  messageReactionsSchema,
  messageSchema,
  ownUserSchema,
  pinsPageSchema,
  publicUserSchema,
  receiptSchema,
  searchResultSchema,
} from "./response-schemas";

const json = (description: string, schema: z.ZodType): ResponseConfig => ({ description, content: { "application/json": { schema } } });
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });

/** What any JSON body may be refused for before the route sees it. */
const BODY_ERRORS: ErrorStatus[] = [400, 413, 415];
/** What every authenticated route may answer besides its own refusals. */
const AUTHENTICATED: ErrorStatus[] = [401, 429];
const BEARER = "bearerAuth";

interface Operation extends Omit<RouteConfig, "responses" | "security"> {
  /** Needs `Authorization: Bearer <token>` (and is rate limited per user). */
  authenticated?: true;
  ok: Record<number, ResponseConfig>;
  errors: ErrorStatus[];
}

const groupLeft = z.strictObject({ group_id: z.number().int().positive(), left: z.literal(true) }).meta({ id: "GroupLeft" });
const groupBody = json("The group as it is now", z.strictObject({ group: groupSchema }));
const messageBody = (description: string) => json(description, z.strictObject({ message: messageSchema }));
const attachmentBody = (description: string) => json(description, z.strictObject({ attachment: attachmentSchema }));
const contentHeaders = {
  "Content-Disposition": {
    description: "`attachment` for files, `inline` for images and audio; the sanitised name",
    schema: { type: "string" as const },
  },
  "Content-Security-Policy": { description: "`sandbox`: nothing served here runs as this site", schema: { type: "string" as const } },
  "X-Content-Type-Options": { description: "`nosniff`", schema: { type: "string" as const } },
  "Cache-Control": { description: "`private`", schema: { type: "string" as const } },
};
const bytes = (description: string): ResponseConfig => ({
  description,
  headers: contentHeaders,
  content: { "*/*": { schema: { type: "string", format: "binary" } } },
});

/** Every route of the REST API (server/src/http/routes/), with the schemas that validate its input. */
const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    tags: ["health"],
    summary: "Whether this process reaches everything it depends on",
    ok: {
      200: json(
        "Every dependency answers",
        z.strictObject({ status: z.literal("ok"), database: z.literal("ok"), redis: z.literal("ok").optional() }).meta({ id: "Health" }),
      ),
      503: json(
        "A dependency is unavailable",
        z
          .strictObject({
            error: z.string(),
            status: z.literal("degraded"),
            database: z.enum(["ok", "down"]),
            redis: z.enum(["ok", "down"]).optional(),
          })
          .meta({ id: "HealthDegraded" }),
      ),
    },
    errors: [],
  },
  {
    method: "post",
    path: "/api/register",
    tags: ["auth"],
    summary: "Create an account and get a token",
    request: { body: body(registerSchema) },
    ok: { 201: json("Registered", z.strictObject({ user: ownUserSchema, token: z.string() })) },
    errors: [...BODY_ERRORS, 409, 429],
  },
  {
    method: "post",
    path: "/api/login",
    tags: ["auth"],
    summary: "Log in and get a token",
    request: { body: body(loginSchema) },
    ok: { 200: json("Logged in", z.strictObject({ token: z.string(), user: ownUserSchema })) },
    errors: [...BODY_ERRORS, 401, 429],
  },
  {
    method: "get",
    path: "/api/me",
    tags: ["users"],
    summary: "The caller's own account",
    ok: { 200: json("The caller", z.strictObject({ user: ownUserSchema })) },
    authenticated: true,
    errors: [],
  },
  {
    method: "get",
    path: "/api/users",
    tags: ["users"],
    summary: "People whose name contains the text (not the caller)",
    request: { query: userSearchSchema },
    ok: { 200: json("Matching people", z.strictObject({ users: z.array(publicUserSchema) })) },
    authenticated: true,
    errors: [400],
  },
  {
    method: "post",
    path: "/api/messages/send",
    tags: ["messages"],
    summary: "Send a message to a person or a group",
    description: "With a `client_id` already used for the same message, the stored one is answered with 200 instead of a duplicate.",
    request: { body: body(sendMessageSchema) },
    ok: { 201: messageBody("Sent"), 200: messageBody("Already sent with this client_id") },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404, 409],
  },
  {
    method: "get",
    path: "/api/messages/conversation/{user_id}",
    tags: ["messages"],
    summary: "A page of the direct conversation with a person",
    description:
      "`around=<id>`: a page centred on that message, with `has_more_before` and `has_more_after`; 404 when it is not in this conversation.",
    request: { params: conversationParamsSchema, query: conversationQuerySchema },
    ok: { 200: json("A page, oldest first", conversationPageSchema) },
    authenticated: true,
    errors: [400, 404],
  },
  {
    method: "get",
    path: "/api/messages/group/{group_id}",
    tags: ["messages", "groups"],
    summary: "A page of a group's messages",
    request: { params: groupHistoryParamsSchema, query: conversationQuerySchema },
    ok: { 200: json("A page, oldest first", groupPageSchema) },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "get",
    path: "/api/messages/changes",
    tags: ["messages"],
    summary: "Messages edited or deleted since a cursor",
    request: { query: changesQuerySchema },
    ok: { 200: json("Changes, oldest first", changesPageSchema) },
    authenticated: true,
    errors: [400],
  },
  {
    method: "post",
    path: "/api/messages/read",
    tags: ["receipts"],
    summary: "Mark a conversation read up to a message",
    request: { body: body(receiptInputSchema) },
    ok: { 200: json("The caller's progress", z.strictObject({ receipt: receiptSchema })) },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404],
  },
  {
    method: "post",
    path: "/api/messages/delivered",
    tags: ["receipts"],
    summary: "Mark a conversation delivered up to a message",
    request: { body: body(receiptInputSchema) },
    ok: { 200: json("The caller's progress", z.strictObject({ receipt: receiptSchema })) },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404],
  },
  {
    method: "patch",
    path: "/api/messages/{id}",
    tags: ["messages"],
    summary: "Edit one's own message",
    request: { params: messageIdParamsSchema, body: body(editMessageSchema) },
    ok: { 200: messageBody("Edited") },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404, 409],
  },
  {
    method: "delete",
    path: "/api/messages/{id}",
    tags: ["messages"],
    summary: "Delete one's own message",
    request: { params: messageIdParamsSchema },
    ok: { 200: messageBody("Deleted: content emptied, deleted_at set") },
    authenticated: true,
    errors: [400, 403, 404, 409],
  },
  {
    method: "put",
    path: "/api/messages/{id}/reactions/{emoji}",
    tags: ["messages"],
    summary: "React to a message with one emoji",
    description:
      "Members of the message's conversation only. Adding the same emoji again changes nothing. At most 20 different emoji per message (409). `emoji` is exactly one emoji grapheme, URL-encoded. Members get the socket event `message:reaction`.",
    request: { params: reactionParamsSchema },
    ok: { 200: json("The message's reactions now", messageReactionsSchema) },
    authenticated: true,
    errors: [400, 404, 409],
  },
  {
    method: "delete",
    path: "/api/messages/{id}/reactions/{emoji}",
    tags: ["messages"],
    summary: "Take back one's reaction",
    description: "Taking back a reaction one does not have changes nothing.",
    request: { params: reactionParamsSchema },
    ok: { 200: json("The message's reactions now", messageReactionsSchema) },
    authenticated: true,
    errors: [400, 404, 409],
  },
  {
    method: "post",
    path: "/api/messages/{id}/forward",
    tags: ["messages"],
    summary: "Forward a message to a person or a group",
    description:
      "Sends the original's current text and files (the stored bytes are shared, and kept until the last message naming them is deleted) as the caller's message, with `forwarded_from` saying who wrote it and when. 404 when the caller cannot read the original; sending follows `POST /api/messages/send` (unknown person 404, not a member of the group 403). Deleted messages and group notices: 400. Recipients get `message:new`.",
    request: { params: messageIdParamsSchema, body: body(forwardSchema) },
    ok: { 201: json("The new message", z.strictObject({ message: messageSchema })) },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404],
  },
  {
    method: "put",
    path: "/api/messages/{id}/pin",
    tags: ["messages"],
    summary: "Pin a message in its conversation",
    description:
      "Direct conversations: either person. Groups: admins, or every member when the group's `members_can_pin` is true (else 403). Pinning again changes nothing. At most 50 pins per conversation (409). Deleted messages and group notices: 400. Members get the socket event `message:pinned`.",
    request: { params: messageIdParamsSchema },
    ok: { 200: json("The pin now", messagePinnedSchema) },
    authenticated: true,
    errors: [400, 403, 404, 409],
  },
  {
    method: "delete",
    path: "/api/messages/{id}/pin",
    tags: ["messages"],
    summary: "Unpin a message",
    description: "Who may pin may unpin; unpinning what is not pinned changes nothing.",
    request: { params: messageIdParamsSchema },
    ok: { 200: json("The pin now", messagePinnedSchema) },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "delete",
    path: "/api/messages/{id}/link-preview",
    tags: ["messages"],
    summary: "Remove the link preview of one's own message, for good",
    description:
      "The sender only (403 for other members, 404 outside the conversation). The message then carries `link_preview: null` whatever edits follow; members get `message:updated`.",
    request: { params: messageIdParamsSchema },
    ok: { 200: messageBody("The message without its preview") },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "get",
    path: "/api/conversations/pins",
    tags: ["messages"],
    summary: "A conversation's pinned messages, newest pin first",
    description: "`user_id` for a direct conversation, `group_id` for a group (exactly one). Groups: members only (403).",
    request: { query: pinsQuerySchema },
    ok: { 200: json("Pins", pinsPageSchema) },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "get",
    path: "/api/messages/{id}/link-preview/image",
    tags: ["messages"],
    summary: "The server's copy of a link preview's image (WebP, at most 600 px)",
    description:
      "The message's `link_preview.image_url` is a signed link (`exp`, `sig`: no token needed, so an `<img>` can load it; it binds the message id and expires at the end of the next UTC day; 403 when tampered with or expired). Without `exp`/`sig`, a Bearer token: 404 to whoever cannot read the message. The reader's browser never contacts the linked site.",
    request: { params: messageIdParamsSchema, query: signedLinkQuerySchema.partial() },
    ok: {
      200: {
        description: "The image, fetched and re-encoded by the server",
        headers: {
          "Content-Security-Policy": contentHeaders["Content-Security-Policy"],
          "X-Content-Type-Options": contentHeaders["X-Content-Type-Options"],
          "Cache-Control": contentHeaders["Cache-Control"],
        },
        content: { "image/webp": { schema: { type: "string", format: "binary" } } },
      },
    },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "get",
    path: "/api/conversations",
    tags: ["messages"],
    summary: "The caller's conversations, latest first",
    ok: { 200: json("Direct and group conversations", z.strictObject({ conversations: z.array(conversationSummarySchema) })) },
    authenticated: true,
    errors: [],
  },
  {
    method: "get",
    path: "/api/search",
    tags: ["search"],
    summary: "Full-text search in the caller's messages, newest first",
    request: { query: messageSearchSchema },
    ok: { 200: json("Hits", z.strictObject({ results: z.array(searchResultSchema), has_more: z.boolean() })) },
    authenticated: true,
    errors: [400],
  },
  {
    method: "post",
    path: "/api/groups",
    tags: ["groups"],
    summary: "Create a group; the caller is its first admin",
    request: { body: body(createGroupSchema) },
    ok: { 201: groupBody },
    authenticated: true,
    errors: [...BODY_ERRORS, 404, 409],
  },
  {
    method: "get",
    path: "/api/groups/{id}",
    tags: ["groups"],
    summary: "A group the caller is in",
    request: { params: groupIdParamsSchema },
    ok: { 200: groupBody },
    authenticated: true,
    errors: [400, 403, 404],
  },
  {
    method: "patch",
    path: "/api/groups/{id}",
    tags: ["groups"],
    summary: "Rename a group, or say whether every member may pin (admins)",
    request: { params: groupIdParamsSchema, body: body(renameGroupSchema) },
    ok: { 200: groupBody },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404],
  },
  {
    method: "post",
    path: "/api/groups/{id}/members",
    tags: ["groups"],
    summary: "Add people to a group (admins)",
    request: { params: groupIdParamsSchema, body: body(addMembersSchema) },
    ok: { 200: groupBody },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404, 409],
  },
  {
    method: "delete",
    path: "/api/groups/{id}/members/{user_id}",
    tags: ["groups"],
    summary: "Remove a member (admins), or oneself (leave)",
    request: { params: groupMemberParamsSchema },
    ok: { 200: json("The group as it is now, or that the caller left", z.union([z.strictObject({ group: groupSchema }), groupLeft])) },
    authenticated: true,
    errors: [400, 403, 404, 409],
  },
  {
    method: "patch",
    path: "/api/groups/{id}/members/{user_id}",
    tags: ["groups"],
    summary: "Make a member an admin or not (admins)",
    request: { params: groupMemberParamsSchema, body: body(setRoleSchema) },
    ok: { 200: groupBody },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 404, 409],
  },
  {
    method: "post",
    path: "/api/groups/{id}/leave",
    tags: ["groups"],
    summary: "Leave a group",
    request: { params: groupIdParamsSchema },
    ok: { 200: json("Left", groupLeft) },
    authenticated: true,
    errors: [400, 403, 404, 409],
  },
  {
    method: "post",
    path: "/api/attachments",
    tags: ["attachments"],
    summary: "Upload one file, to send with a message within 24 hours",
    description:
      "multipart/form-data with exactly one part, a file in the field `file`. The kind is decided from the bytes. Images are stored re-encoded without metadata (EXIF, GPS, XMP), orientation applied, with a thumbnail.",
    request: {
      body: {
        required: true,
        content: { "multipart/form-data": { schema: z.strictObject({ file: z.string().meta({ format: "binary" }) }) } },
      },
    },
    ok: { 201: attachmentBody("Stored, not yet sent") },
    authenticated: true,
    errors: [400, 413],
  },
  {
    method: "get",
    path: "/api/attachments/{id}",
    tags: ["attachments"],
    summary: "An attachment with fresh signed links (its uploader, or whoever may read its message)",
    request: { params: attachmentParamsSchema },
    ok: { 200: attachmentBody("The attachment") },
    authenticated: true,
    errors: [400, 404],
  },
  {
    method: "get",
    path: "/api/attachments/{id}/{variant}",
    tags: ["attachments"],
    summary: "The bytes behind a signed link (no token needed: the link is the permission)",
    description: "`variant` is `content` or `thumbnail`. Answers `Range` requests with 206.",
    request: { params: attachmentVariantParamsSchema, query: signedLinkQuerySchema },
    ok: { 200: bytes("The bytes"), 206: bytes("The requested range (Content-Range)") },
    errors: [400, 403, 404, 416],
  },
  {
    method: "get",
    path: "/api/calls/ice-servers",
    tags: ["calls"],
    summary: "STUN/TURN servers for a call's RTCPeerConnection",
    description:
      "With TURN_URLS and TURN_SECRET: short-lived TURN credentials (coturn `use-auth-secret`: username `<unix expiry>:<user id>`, credential base64(HMAC-SHA1(secret, username))). STUN_URLS are listed without credentials. Neither configured: an empty list (host candidates only).",
    ok: { 200: json("ICE servers", iceServersSchema) },
    authenticated: true,
    errors: [],
  },
  {
    method: "get",
    path: "/api/calls/active",
    tags: ["calls"],
    summary: "The caller's ringing and ongoing calls",
    description:
      "So a tab opened later sees an incoming call or a group call it may join. Calls are started and answered over the socket (`call:*`).",
    ok: { 200: json("Calls", activeCallsSchema) },
    authenticated: true,
    errors: [],
  },
  {
    method: "get",
    path: "/api/openapi.json",
    tags: ["docs"],
    summary: "This document",
    ok: { 200: json("OpenAPI 3.1", z.looseObject({ openapi: z.string() })) },
    errors: [],
  },
  {
    method: "get",
    path: "/api/docs",
    tags: ["docs"],
    summary: "This document as a readable page",
    ok: { 200: { description: "An HTML page (Swagger UI)", content: { "text/html": { schema: { type: "string" } } } } },
    errors: [],
  },
];

export function registerPaths(registry: OpenAPIRegistry): void {
  registry.registerComponent("securitySchemes", BEARER, { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  for (const { ok, errors, authenticated, ...route } of OPERATIONS) {
    registry.registerPath({
      ...route,
      ...(authenticated ? { security: [{ [BEARER]: [] }] } : {}),
      responses: { ...ok, ...errorResponses(authenticated ? [...errors, ...AUTHENTICATED] : errors) },
    });
  }
}
