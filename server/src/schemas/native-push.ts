import { z } from "zod";
import { cleanText } from "./common";

/** FCM registration tokens are ~ 160 characters (APNs device tokens 64 hex digits); far above either. */
export const MAX_NATIVE_TOKEN_CHARS = 4096;

export const NATIVE_PLATFORMS = ["android", "ios"] as const;

const token = cleanText(
  z
    .string({ error: "must be a string" })
    .min(1, "must not be empty")
    .max(MAX_NATIVE_TOKEN_CHARS, `must be at most ${MAX_NATIVE_TOKEN_CHARS} characters`),
).regex(/^[A-Za-z0-9_:.-]+$/, "must be a registration token (letters, digits, - _ : .)");

/** `POST /api/push/native-tokens`: the token `@capacitor/push-notifications` gave the app, and its platform. */
export const nativeTokenSchema = z.object({
  token,
  platform: z.enum(NATIVE_PLATFORMS, { error: (issue) => (issue.input === undefined ? "is required" : 'must be "android" or "ios"') }),
});

/** `DELETE /api/push/native-tokens`. */
export const nativeTokenRemovalSchema = z.object({ token });

export type NativeTokenInput = z.output<typeof nativeTokenSchema>;
