import { z } from "zod";
import { idParamSchema } from "./common";

export const attachmentParamsSchema = z.object({ id: idParamSchema });

export const attachmentVariantParamsSchema = z.object({
  id: idParamSchema,
  variant: z.enum(["content", "thumbnail"], { error: "must be content or thumbnail" }),
});

/** The query of a signed link: when it expires (unix seconds) and the signature. */
export const signedLinkQuerySchema = z.object({
  exp: z
    .string({ error: "is required" })
    .regex(/^\d{1,12}$/, "must be a unix time in seconds")
    .transform(Number),
  sig: z.string({ error: "is required" }).regex(/^[\w-]{1,128}$/, "must be a signature"),
});
