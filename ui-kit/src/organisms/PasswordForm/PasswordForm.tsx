import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../atoms/Button/Button';
import { PasswordField } from '../../molecules/PasswordField/PasswordField';
import { en } from '../../locale/catalogs/en';
import { useKitLocale } from '../../locale/useKitLocale';
import type { KitMessages } from '../../locale/types';
import { textOf } from '../../utils/formText';
import { NewPasswordFields } from '../LoginForm/NewPasswordFields';
import { FormAlert, FormNotice, FormRoot } from '../LoginForm/formParts';
import { useServerFieldErrors } from '../LoginForm/useServerFieldErrors';
import { hasErrors, validateNewPassword, type FieldErrors } from '../LoginForm/validation';

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
}

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

export interface PasswordFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'> {
  onSubmit: (values: PasswordValues) => void;
  /** The request is running: the submit button shows a spinner and the form is busy. */
  submitting?: boolean;
  /** A form-level server error ("Too many attempts"), shown as an alert. */
  error?: ReactNode;
  /**
   * The server's word on a field ("The current password is wrong", why the new one is too easy to
   * guess): shown under it, which gets focus when a new set arrives; editing the field hides it.
   */
  fieldErrors?: FieldErrors<'currentPassword' | 'newPassword'>;
  /** Said once the change went through (a status, not an alert). */
  notice?: ReactNode;
  /** What the server will check (strength, length), told under "New password". */
  newPasswordHint?: ReactNode;
  submitLabel?: string;
}

/** Errors in `messages`' language (English by default); how strong the new password must be is the server's call. */
export function validatePassword(values: PasswordValues & { confirmPassword: string }, messages: KitMessages = en): FieldErrors<Field> {
  return {
    currentPassword: values.currentPassword ? undefined : messages.enterCurrentPassword,
    ...validateNewPassword(values, messages),
  };
}

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * Changing one's password: "Current password", "New password", "Confirm new password" and "Change
 * password". Validates on submit (filled in, the two new ones equal); the server's errors show
 * under their field or as an alert, its success as a status.
 */
export const PasswordForm = forwardRef<HTMLFormElement, PasswordFormProps>(function PasswordForm(
  { onSubmit, submitting = false, error, fieldErrors, notice, newPasswordHint, submitLabel, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    confirmPassword: useRef<HTMLInputElement>(null),
  };
  const [server, editServer] = useServerFieldErrors<Field>(fieldErrors, refs, SERVER_FIELDS);
  const shown: FieldErrors<Field> = { ...server, ...Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const data = new FormData(event.currentTarget);
    const values = {
      currentPassword: textOf(data, 'current_password'),
      newPassword: textOf(data, 'new_password'),
      confirmPassword: textOf(data, 'confirm_password'),
    };
    const next = validatePassword(values, t);
    setErrors(next);
    if (hasErrors(next)) {
      const first = FIELDS.find((f) => next[f]);
      if (first) refs[first].current?.focus();
      return;
    }
    onSubmit({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  };

  const clear = (field: Field) => () => {
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
    editServer(field);
  };

  return (
    <FormRoot ref={ref} noValidate aria-busy={submitting || undefined} data-submitting={submitting || undefined} {...rest} onSubmit={handleSubmit}>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      {notice ? <FormNotice role="status">{notice}</FormNotice> : null}
      <PasswordField
        ref={refs.currentPassword}
        label={t.currentPassword}
        name="current_password"
        error={shown.currentPassword}
        onChange={clear('currentPassword')}
      />
      <NewPasswordFields
        newPasswordRef={refs.newPassword}
        confirmPasswordRef={refs.confirmPassword}
        errors={shown}
        hint={newPasswordHint}
        onEdit={clear}
      />
      <Button type="submit" loading={submitting}>
        {submitLabel ?? t.changePassword}
      </Button>
    </FormRoot>
  );
});
