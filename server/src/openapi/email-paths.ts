import type * as Protocol from "@chat-app/protocol";
import type { ResponseConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { changeEmailSchema, passwordResetConfirmSchema, passwordResetRequestSchema, verifyEmailSchema } from "../schemas";
import type { ErrorStatus } from "./errors";
import type { Operation } from "./paths";
import { ownUserSchema } from "./response-schemas";

const json = (description: string, schema: z.ZodType): ResponseConfig => ({ description, content: { "application/json": { schema } } });
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });
const BODY_ERRORS: ErrorStatus[] = [400, 413, 415];

const serverConfigSchema = z
  .strictObject({ password_reset: z.boolean(), email_verification: z.boolean(), username_hold_days: z.number().int().min(0) })
  .meta({ id: "ServerConfig", description: "What this server offers: the app hides what it does not." });
const accepted = z.strictObject({ status: z.string() }).meta({ id: "Accepted" });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors = <T extends true>(): T | undefined => undefined;
mirrors<Same<z.infer<typeof serverConfigSchema>, Protocol.ServerConfigJson>>();

const NO_SMTP = "Without SMTP_URL: 501.";

/** Password reset and email verification (server/src/http/routes/email.routes.ts). */
export const EMAIL_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/config",
    tags: ["config"],
    summary: "What this server offers (password reset, email verification)",
    description: 'No token needed: the log-in form asks it whether to show "Forgot password?".',
    ok: { 200: json("Capabilities", serverConfigSchema) },
    errors: [],
  },
  {
    method: "post",
    path: "/api/password-reset",
    tags: ["auth"],
    summary: "Mail a password reset link to the address, if an account has it",
    description: `Always 202 with the same body, answered before the address is looked up, so neither the body nor the timing tells whether it has an account. The link carries a single-use token (32 random bytes; only its SHA-256 is stored) valid for 30 minutes; a newer one replaces it. Counted against the per-address log-in budget and against 5 mails per hour to one address (429). ${NO_SMTP}`,
    request: { body: body(passwordResetRequestSchema) },
    ok: { 202: json("Accepted", accepted) },
    errors: [...BODY_ERRORS, 429, 501],
  },
  {
    method: "post",
    path: "/api/password-reset/confirm",
    tags: ["auth"],
    summary: "Set a new password with the token from the mail; every session is signed out",
    description: `Unknown token → 400; used or expired → 410. A weak \`new_password\` → 400 saying why (zxcvbn-ts, as for POST /api/me/password), and the token stays usable. ${NO_SMTP}`,
    request: { body: body(passwordResetConfirmSchema) },
    ok: { 204: { description: "Password set; every session of the account signed out" } },
    errors: [...BODY_ERRORS, 410, 429, 501],
  },
  {
    method: "post",
    path: "/api/email/verify",
    tags: ["users"],
    summary: "Mark the account's address verified with the token from the mail",
    description: `No token header needed (the link may be opened anywhere). Unknown token → 400; used, expired, or for an address the account no longer has → 410. ${NO_SMTP}`,
    request: { body: body(verifyEmailSchema) },
    ok: { 204: { description: "Verified: `email_verified` is true from now on" } },
    errors: [...BODY_ERRORS, 410, 429, 501],
  },
  {
    method: "post",
    path: "/api/me/email/verification",
    tags: ["users"],
    summary: "Mail another verification link to the caller's address",
    description: `409 when already verified; 429 past the mails-per-address budget. ${NO_SMTP}`,
    ok: { 202: json("Accepted", accepted) },
    authenticated: true,
    errors: [...BODY_ERRORS, 409, 501],
  },
  {
    method: "patch",
    path: "/api/me/email",
    tags: ["users"],
    summary: "Change the caller's email address (the password is asked for)",
    description:
      "The new address takes effect at once with `email_verified: false`; with SMTP_URL a verification link goes to it. Wrong `password` → 403, counted like a failed log-in (then 429); taken address → 409; the same address → 400. Works without SMTP too (no mail is sent).",
    request: { body: body(changeEmailSchema) },
    ok: { 200: json("The caller with the new address", z.strictObject({ user: ownUserSchema })) },
    authenticated: true,
    errors: [...BODY_ERRORS, 403, 409],
  },
];
