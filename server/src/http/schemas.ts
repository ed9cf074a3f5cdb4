import { z } from "zod";
import { badRequest } from "../errors";
import { BCRYPT_MAX_PASSWORD_BYTES } from "../security/passwords";

/** The one place each input is validated, shared by REST routes and socket handlers. */

export const MAX_MESSAGE_LENGTH = 4000;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

// Control characters other than tab, newline and carriage return, and unpaired UTF-16 surrogates
// (what invalid UTF-8 becomes after decoding) never belong in names or messages.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const cleanText = (schema: z.ZodString) =>
  schema.refine((value) => !FORBIDDEN_CHARACTERS.test(value), "must not contain control characters");

export const idSchema = z.number({ error: "must be a number" }).int("must be an integer").positive("must be positive").max(2 ** 31 - 1, "is too large");

/** Ids that arrive in URLs as strings. */
export const idParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "must be a positive integer id")
  .transform(Number)
  .pipe(idSchema);

export const conversationParamsSchema = z.object({ user_id: idParamSchema });

export const usernameSchema = z
  .string({ error: "must be a string" })
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, "must be 3-32 characters: letters, digits, '_', '.', '-'");

export const passwordSchema = cleanText(z.string({ error: "must be a string" }).min(8, "must be at least 8 characters")).refine((value) => Buffer.byteLength(value, "utf8") <= BCRYPT_MAX_PASSWORD_BYTES, `must be at most ${BCRYPT_MAX_PASSWORD_BYTES} bytes`);

export const registerSchema = z.object({
  username: usernameSchema,
  email: z
    .string({ error: "must be a string" })
    .max(254, "must be at most 254 characters")
    .pipe(z.email("must be a valid email address"))
    .transform((email) => email.toLowerCase()),
  password: passwordSchema,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  username: cleanText(z.string({ error: "must be a string" }).min(1, "is required").max(254, "must be at most 254 characters")),
  password: z.string({ error: "must be a string" }).min(1, "is required").max(1024, "must be at most 1024 characters"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const messageContentSchema = cleanText(
  z
    .string({ error: "must be a string" })
    .refine((text) => text.trim().length > 0, "must not be empty")
    .refine((text) => [...text].length <= MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`),
);

/** A conversation is either a person (`receiver_id`/`partner_id`) or a group (`group_id`): exactly one. */
const exactlyOne = (person: string) => (value: Record<string, unknown>) => (value[person] === undefined) !== (value.group_id === undefined);
const exactlyOneMessage = (person: string) => `${person} or group_id is required (one of them, not both)`;

export const receiptSchema = z
  .object({
    partner_id: idSchema.optional(),
    group_id: idSchema.optional(),
    up_to_id: idSchema,
  })
  .refine(exactlyOne("partner_id"), exactlyOneMessage("partner_id"));
export type ReceiptInput = z.infer<typeof receiptSchema>;

export const typingSchema = z
  .object({ receiver_id: idSchema.optional(), group_id: idSchema.optional() })
  .refine(exactlyOne("receiver_id"), exactlyOneMessage("receiver_id"));
export type TypingInput = z.infer<typeof typingSchema>;

export const messageIdParamsSchema = z.object({ id: idParamSchema });
export const messageIdPayloadSchema = z.object({ id: idSchema });

export const editMessageSchema = z.object({ message_content: messageContentSchema });
export type EditMessageInput = z.infer<typeof editMessageSchema>;

export const clientIdSchema = z.uuid("must be a UUID").transform((id) => id.toLowerCase());

export const sendMessageSchema = z
  .object({
    receiver_id: idSchema.optional(),
    group_id: idSchema.optional(),
    message_content: messageContentSchema,
    /** Optional for the original contract; clients that retry send one so a retry is never a duplicate. */
    client_id: clientIdSchema.optional(),
  })
  .refine(exactlyOne("receiver_id"), exactlyOneMessage("receiver_id"));
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const MAX_GROUP_MEMBERS = 100;

const groupNameSchema = cleanText(z.string({ error: "must be a string" }))
  .transform((name) => name.trim())
  .pipe(z.string().min(1, "must not be empty").max(64, "must be at most 64 characters"));

const memberIdsSchema = z
  .array(idSchema, { error: "must be an array of user ids" })
  .min(1, "must name at least one person")
  .max(MAX_GROUP_MEMBERS - 1, `must name at most ${MAX_GROUP_MEMBERS - 1} people`);

export const createGroupSchema = z.object({ name: groupNameSchema, member_ids: memberIdsSchema });
export type CreateGroupInput = z.infer<typeof createGroupSchema>;
export const renameGroupSchema = z.object({ name: groupNameSchema });
export type RenameGroupInput = z.infer<typeof renameGroupSchema>;
export const addMembersSchema = z.object({ member_ids: memberIdsSchema });
export type AddMembersInput = z.infer<typeof addMembersSchema>;
export const setRoleSchema = z.object({ role: z.enum(["admin", "member"], { error: 'must be "admin" or "member"' }) });
export type SetRoleInput = z.infer<typeof setRoleSchema>;
export const groupIdParamsSchema = z.object({ id: idParamSchema });
export const groupMemberParamsSchema = z.object({ id: idParamSchema, user_id: idParamSchema });
export const groupHistoryParamsSchema = z.object({ group_id: idParamSchema });

const pageNumber = z.string().regex(/^\d{1,10}$/, "must be a non-negative integer").transform(Number);

export const conversationQuerySchema = z
  .object({
    before: pageNumber.pipe(idSchema).optional(),
    after: pageNumber.pipe(z.number().int().min(0).max(2 ** 31 - 1, "is too large")).optional(),
    limit: pageNumber
      .pipe(z.number().int().min(1, "must be at least 1").max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`))
      .default(DEFAULT_PAGE_SIZE),
  })
  .refine((query) => query.before === undefined || query.after === undefined, "use either before or after, not both");
export type ConversationQuery = z.infer<typeof conversationQuerySchema>;

export const changesQuerySchema = z.object({
  after: pageNumber.pipe(z.number().int().min(0).max(2 ** 31 - 1, "is too large")).optional(),
  limit: pageNumber
    .pipe(z.number().int().min(1, "must be at least 1").max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`))
    .default(MAX_PAGE_SIZE),
});
export type ChangesQuery = z.infer<typeof changesQuerySchema>;

export const userSearchSchema = z.object({
  search: cleanText(z.string({ error: "must be a string" }).max(64, "must be at most 64 characters")).default(""),
});

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_RESULTS = 50;

// A search query is one line of text: no control characters at all (tab and newlines included).
const SEARCH_CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/;

export const messageSearchSchema = z.object({
  q: z
    .string({ error: "must be a string" })
    .refine((text) => !FORBIDDEN_CHARACTERS.test(text) && !SEARCH_CONTROL_CHARACTERS.test(text), "must not contain control characters")
    .refine((text) => text.trim().length > 0, "must not be empty")
    .refine((text) => [...text].length <= MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`),
  before: pageNumber.pipe(idSchema).optional(),
  limit: pageNumber
    .pipe(z.number().int().min(1, "must be at least 1").max(MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}`))
    .default(MAX_SEARCH_RESULTS),
});
export type MessageSearchInput = z.infer<typeof messageSearchSchema>;

/** Turns the first validation problem into a message that names the field. */
export function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "Invalid input";
  const field = issue.path.map(String).join(".");
  if (!field && issue.code === "invalid_type") return "expected a JSON object";
  if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined) return `${field} is required`;
  return field ? `${field} ${issue.message}` : issue.message;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Parses input with a schema; bad input becomes a 400 whose message names the field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(describeIssue(result.error, input));
  return result.data;
}
