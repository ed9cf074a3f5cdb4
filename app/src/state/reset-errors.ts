import { ApiError } from "@chat-app/client";
import { t } from "../i18n/i18n";

/** Where a refused request by mail link is shown: under the new password, or as the form's alert (with "Ask for a new link" when the link is spent). */
export interface ResetFailure {
  fieldErrors?: { newPassword?: string };
  error?: string;
  /** The link is unknown, used or expired: only a new one helps. */
  askAgain?: boolean;
}

function tooMany(error: ApiError): string {
  return error.retryAfterSeconds ? t("auth.tooManyIn", { seconds: error.retryAfterSeconds }) : t("auth.tooMany");
}

/** Asking for a link, or verifying an address: the server's words, 429 as when to try again. */
export function emailRequestFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return t("auth.unreachable");
  return error.status === 429 ? tooMany(error) : error.message;
}

/**
 * A refused reset in the person's words: a 400 about `new_password` is why it is too easy to guess
 * (under the field; the link still works), a 400 about the token or a 410 the server's message with
 * a way to ask again, 429 when to try again, 501 (no SMTP) the server's message, anything else a sentence.
 */
export function resetFailure(error: unknown): ResetFailure {
  if (!(error instanceof ApiError)) return { error: t("auth.unreachable") };
  if (error.status === 429) return { error: tooMany(error) };
  if (error.status === 400 && error.message.startsWith("new_password")) {
    const reason = error.message.replace(/^new_password:?\s*/, "").replace(/[.\s]*$/, "");
    return { fieldErrors: { newPassword: t("password.refused", { reason }) } };
  }
  if (error.status === 400 || error.status === 410) return { error: error.message, askAgain: true };
  return { error: error.status === 501 ? error.message : t("reset.failed") };
}
