import type { RegisterValues } from "@chat-app/ui-kit";
import { t } from "../i18n/i18n";

export interface FieldError {
  field: keyof RegisterValues;
  text: string;
}

const FIELDS = ["username", "email", "password"] as const;

/**
 * A sign-up refusal (409 taken, 400 validation) that names a field, as a sentence for under that
 * field: "username is already taken" → "That username is taken. Try another one."; a validation
 * message ("password must be at least 8 characters") reads as a sentence with the field capitalised.
 */
export function registerFieldError(status: number, message: string): FieldError | null {
  if (status !== 400 && status !== 409) return null;
  const lower = message.toLowerCase();
  const field = FIELDS.find((name) => lower.startsWith(name) || lower.includes(` ${name}`));
  if (!field) return null;
  if (status === 409) {
    const taken = { email: "auth.emailTaken", username: "auth.usernameTaken", password: "auth.passwordTaken" } as const;
    return { field, text: t(taken[field]) };
  }
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return { field, text: /[.!?]$/.test(sentence) ? sentence : `${sentence}.` };
}
