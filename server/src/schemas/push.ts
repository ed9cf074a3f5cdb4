import { z } from "zod";
import { isIpLiteral, isPublicAddress } from "../link-preview/address-policy";
import { cleanText } from "./common";

/** Far above any push service's endpoint (FCM's are ~ 200 characters), well under a body limit. */
export const MAX_ENDPOINT_CHARS = 2048;

const base64url = (bytes: number, what: string) =>
  z
    .string({ error: "must be a string" })
    .max(256, "is too long")
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "must be base64url")
    .refine((value) => Buffer.from(value, "base64url").length === bytes, `must be ${what}`);

/** Loopback hosts, the only ones an http:// endpoint may name (PUSH_ALLOW_INSECURE_ENDPOINTS). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** Why an endpoint is refused, or null. Addresses behind a name are checked again when pushing. */
export function endpointProblem(raw: string, allowInsecure: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be a URL";
  }
  const loopbackOk = allowInsecure && isLoopbackHost(url.hostname);
  if (url.protocol !== "https:" && !(loopbackOk && url.protocol === "http:")) return "must be an https:// URL";
  if (url.username || url.password) return "must not contain credentials";
  if (!loopbackOk && (isLoopbackHost(url.hostname) || (isIpLiteral(url.hostname) && !isPublicAddress(url.hostname)))) {
    return "must not name a private address";
  }
  if (url.hash) return "must not have a fragment";
  return null;
}

/**
 * `POST /api/push/subscriptions`: what `PushSubscription.toJSON()` gives in the browser. `p256dh`
 * is the browser's P-256 public key (uncompressed point, 65 bytes), `auth` its 16-byte secret.
 * `allowInsecure` (PUSH_ALLOW_INSECURE_ENDPOINTS) also takes http:// endpoints on loopback.
 */
export const pushSubscriptionSchema = (allowInsecure = false) =>
  z.object({
    endpoint: cleanText(
      z.string({ error: "must be a string" }).max(MAX_ENDPOINT_CHARS, `must be at most ${MAX_ENDPOINT_CHARS} characters`),
    ).superRefine((value, context) => {
      const problem = endpointProblem(value, allowInsecure);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
    keys: z.object({
      p256dh: base64url(65, "a P-256 public key (65 bytes)").refine(
        (value) => Buffer.from(value, "base64url")[0] === 0x04,
        "must be an uncompressed point",
      ),
      auth: base64url(16, "16 bytes"),
    }),
    expirationTime: z
      .number({ error: "must be a number or null" })
      .int("must be an integer")
      .nonnegative("must not be negative")
      .max(8.64e15, "is too large")
      .nullable()
      .optional(),
  });

/** `DELETE /api/push/subscriptions`. */
export const pushEndpointSchema = z.object({
  endpoint: cleanText(
    z.string({ error: "must be a string" }).min(1, "must not be empty").max(MAX_ENDPOINT_CHARS, `must be at most ${MAX_ENDPOINT_CHARS} characters`),
  ),
});

/** `PUT /api/push/preferences`. */
export const pushPreferencesSchema = z.object({ previews: z.boolean({ error: "must be true or false" }) });

export type PushSubscriptionInput = z.output<ReturnType<typeof pushSubscriptionSchema>>;
