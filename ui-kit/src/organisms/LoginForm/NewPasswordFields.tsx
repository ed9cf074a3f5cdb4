import type { ReactNode, RefObject } from 'react';
import { PasswordField } from '../../molecules/PasswordField/PasswordField';
import { useKitLocale } from '../../locale/useKitLocale';
import type { FieldErrors } from './validation';

type NewPasswordField = 'newPassword' | 'confirmPassword';

export interface NewPasswordFieldsProps {
  newPasswordRef: RefObject<HTMLInputElement | null>;
  confirmPasswordRef: RefObject<HTMLInputElement | null>;
  errors: FieldErrors<NewPasswordField>;
  /** What the server will check, under "New password" while it shows no error. */
  hint?: ReactNode;
  /** Called when either field is edited (to hide its error). */
  onEdit: (field: NewPasswordField) => () => void;
}

/** "New password" and "Confirm new password", as changing and resetting a password both ask them. */
export function NewPasswordFields({ newPasswordRef, confirmPasswordRef, errors, hint, onEdit }: NewPasswordFieldsProps) {
  const { messages: t } = useKitLocale();
  return (
    <>
      <PasswordField
        ref={newPasswordRef}
        label={t.newPassword}
        name="new_password"
        purpose="new"
        hint={errors.newPassword ? undefined : hint}
        error={errors.newPassword}
        onChange={onEdit('newPassword')}
      />
      <PasswordField
        ref={confirmPasswordRef}
        label={t.confirmPassword}
        name="confirm_password"
        purpose="new"
        error={errors.confirmPassword}
        onChange={onEdit('confirmPassword')}
      />
    </>
  );
}
