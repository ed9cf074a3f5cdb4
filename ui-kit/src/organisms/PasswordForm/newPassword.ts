import type { KitMessages } from '../../locale/types';
import type { FieldErrors } from '../LoginForm/validation';

/** A new password, typed twice: filled in, and the same both times. How strong is the server's call. */
export function validateNewPassword(
  values: { newPassword: string; confirmPassword: string },
  messages: KitMessages,
): FieldErrors<'newPassword' | 'confirmPassword'> {
  return {
    newPassword: values.newPassword ? undefined : messages.enterNewPassword,
    confirmPassword: values.newPassword && values.confirmPassword !== values.newPassword ? messages.passwordsDiffer : undefined,
  };
}
