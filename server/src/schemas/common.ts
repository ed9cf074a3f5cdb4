import { z } from "zod";

/** Pieces the input schemas are built from. */

// Control characters (C0 other than tab, newline and carriage return; DEL; the whole C1 range
// U+0080–U+009F, NEL included) and unpaired UTF-16 surrogates (what invalid UTF-8 becomes after
// decoding) never belong in names or messages.
export const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const cleanText = (schema: z.ZodString) => schema.refine((value) => !FORBIDDEN_CHARACTERS.test(value), "must not contain control characters");

export const idSchema = z
  .number({ error: "must be a number" })
  .int("must be an integer")
  .positive("must be positive")
  .max(2 ** 31 - 1, "is too large");

/** Ids that arrive in URLs as strings. */
export const idParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "must be a positive integer id")
  .transform(Number)
  .pipe(idSchema);

/** Numbers that arrive in query strings. */
export const pageNumber = z
  .string()
  .regex(/^\d{1,10}$/, "must be a non-negative integer")
  .transform(Number);

/** A conversation is either a person (`receiver_id`/`partner_id`) or a group (`group_id`): exactly one. */
export const exactlyOne = (person: string) => (value: Record<string, unknown>) => (value[person] === undefined) !== (value.group_id === undefined);
export const exactlyOneMessage = (person: string) => `${person} or group_id is required (one of them, not both)`;
