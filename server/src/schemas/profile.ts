import { z } from "zod";
import { FORBIDDEN_CHARACTERS, idParamSchema, idSchema } from "./common";

export const DISPLAY_NAME_MAX = 64;
export const STATUS_TEXT_MAX = 140;

// A profile line is one line: on top of the usual control characters, no tab or line break, and
// no bidirectional overrides (which would let a name display as someone else's).
const ONE_LINE_FORBIDDEN = /[\t\n\r\u202A-\u202E\u2066-\u2069]/;

/** Trimmed, 1–`max` characters (code points, as PostgreSQL's varchar counts them); null clears. */
const profileLine = (max: number) =>
  z
    .string({ error: "must be a string or null" })
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value) && !ONE_LINE_FORBIDDEN.test(value), "must not contain control characters")
    .transform((value) => value.trim())
    .pipe(
      z
        .string()
        .min(1, "must not be empty")
        .refine((value) => Array.from(value).length <= max, `must be at most ${max} characters`),
    )
    .nullable();

/** `PATCH /api/me`: at least one field; each one left out stays as it is. */
export const updateProfileSchema = z
  .object({
    display_name: profileLine(DISPLAY_NAME_MAX).optional(),
    status_text: profileLine(STATUS_TEXT_MAX).optional(),
    avatar_attachment_id: idSchema.nullable().optional(),
  })
  .refine(
    (input) => input.display_name !== undefined || input.status_text !== undefined || input.avatar_attachment_id !== undefined,
    "display_name, status_text or avatar_attachment_id is required",
  );
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const avatarParamsSchema = z.object({ id: idParamSchema });
export const avatarQuerySchema = z.object({
  size: z.enum(["small", "large"], { error: 'must be "small" or "large"' }).default("large"),
  v: z.string().max(64, "must be at most 64 characters").optional(),
});
