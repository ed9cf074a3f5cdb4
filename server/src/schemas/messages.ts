import { z } from "zod";
import { cleanText, exactlyOne, exactlyOneMessage, idParamSchema, idSchema, pageNumber } from "./common";

export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const messageContentSchema = cleanText(
  z
    .string({ error: "must be a string" })
    .refine((text) => text.trim().length > 0, "must not be empty")
    .refine((text) => [...text].length <= MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
);

export const conversationParamsSchema = z.object({ user_id: idParamSchema });

export const receiptSchema = z
  .object({
    partner_id: idSchema.optional(),
    group_id: idSchema.optional(),
    up_to_id: idSchema,
  })
  .refine(exactlyOne("partner_id"), exactlyOneMessage("partner_id"));
export type ReceiptInput = z.infer<typeof receiptSchema>;

export const messageIdParamsSchema = z.object({ id: idParamSchema });
export const messageIdPayloadSchema = z.object({ id: idSchema });

export const editMessageSchema = z.object({ message_content: messageContentSchema });
export type EditMessageInput = z.infer<typeof editMessageSchema>;
/** The socket's edit: the REST body with the id the URL carries there. */
export const editMessagePayloadSchema = editMessageSchema.extend(messageIdPayloadSchema.shape);

export const clientIdSchema = z.uuid("must be a UUID").transform((id) => id.toLowerCase());

export const MAX_ATTACHMENTS_PER_MESSAGE = 10;

export const attachmentIdsSchema = z
  .array(idSchema, { error: "must be an array of attachment ids" })
  .min(1, "must name at least one attachment")
  .max(MAX_ATTACHMENTS_PER_MESSAGE, `must name at most ${MAX_ATTACHMENTS_PER_MESSAGE} attachments`)
  .refine((ids) => new Set(ids).size === ids.length, "must not repeat an id");

export const sendMessageSchema = z
  .object({
    receiver_id: idSchema.optional(),
    group_id: idSchema.optional(),
    /** Required unless attachments are sent. */
    message_content: messageContentSchema.optional(),
    /** Optional for the original contract; clients that retry send one so a retry is never a duplicate. */
    client_id: clientIdSchema.optional(),
    attachment_ids: attachmentIdsSchema.optional(),
    /** The message this one answers: of the same conversation, not deleted. */
    reply_to_id: idSchema.optional(),
  })
  .refine(exactlyOne("receiver_id"), exactlyOneMessage("receiver_id"))
  .refine((input) => input.message_content !== undefined || input.attachment_ids !== undefined, {
    path: ["message_content"],
    message: "is required (unless attachment_ids are given)",
  });
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const groupHistoryParamsSchema = z.object({ group_id: idParamSchema });

/** `?after=`: a message id (or cursor) to read past; 0 means from the start. */
const afterCursor = pageNumber
  .pipe(
    z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1, "is too large"),
  )
  .optional();
/** `?limit=`: how many per page. */
const pageLimit = pageNumber.pipe(z.number().int().min(1, "must be at least 1").max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`));

export const conversationQuerySchema = z
  .object({
    before: pageNumber.pipe(idSchema).optional(),
    after: afterCursor,
    /** A page centred on this message (what jumping to a quoted original loads). */
    around: pageNumber.pipe(idSchema).optional(),
    limit: pageLimit.default(DEFAULT_PAGE_SIZE),
  })
  .refine(
    (query) => [query.before, query.after, query.around].filter((cursor) => cursor !== undefined).length <= 1,
    "use one of before, after and around, not several",
  );
export type ConversationQuery = z.infer<typeof conversationQuerySchema>;

export const changesQuerySchema = z.object({
  after: afterCursor,
  limit: pageLimit.default(MAX_PAGE_SIZE),
});
export type ChangesQuery = z.infer<typeof changesQuerySchema>;
