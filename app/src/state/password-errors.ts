import { ApiError } from "@chat-app/client";
import { t } from "../i18n/i18n";

/** Where PasswordForm shows a refusal: under a field, or as the form's alert. */
export interface PasswordFailure {
  fieldErrors?: { currentPassword?: string; newPassword?: string };
  error?: string;
}

/**
 * A refused password change in the person's words: 403 is a wrong current password (under that
 * field), 400 why the server will not take the new one (its reason, under that field), 429 when to
 * try again. Null for 401: the session is gone, and the app goes back to log-in instead.
 */
export function passwordFailure(error: unknown): PasswordFailure | null {
  if (!(error instanceof ApiError)) return { error: t("auth.unreachable") };
  if (error.status === 401) return null;
  if (error.status === 403) return { fieldErrors: { currentPassword: t("password.wrongCurrent") } };
  if (error.status === 429) {
    return { error: error.retryAfterSeconds ? t("auth.tooManyIn", { seconds: error.retryAfterSeconds }) : t("auth.tooMany") };
  }
  if (error.status === 400) {
    const reason = error.message.replace(/^new_password:?\s*/, "").replace(/[.\s]*$/, "");
    return { fieldErrors: { newPassword: t("password.refused", { reason }) } };
  }
  return { error: t("password.failed") };
}
