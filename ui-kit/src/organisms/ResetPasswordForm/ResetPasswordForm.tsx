import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../atoms/Button/Button';
import { useKitLocale } from '../../locale/useKitLocale';
import { textOf } from '../../utils/formText';
import { NewPasswordFields } from '../LoginForm/NewPasswordFields';
import { FormAlert, FormRoot } from '../LoginForm/formParts';
import { useServerFieldErrors } from '../LoginForm/useServerFieldErrors';
import { hasErrors, validateNewPassword, type FieldErrors } from '../LoginForm/validation';

type Field = 'newPassword' | 'confirmPassword';

export interface ResetPasswordFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'> {
  onSubmit: (values: { newPassword: string }) => void;
  submitting?: boolean;
  /** A form-level error (the link expired or was used, with a way to ask again), shown as an alert. */
  error?: ReactNode;
  /** The server's word on the new password (why it is too easy to guess): under it, which gets focus; editing hides it. */
  fieldErrors?: FieldErrors<'newPassword'>;
  /** What the server will check (strength), told under "New password". */
  newPasswordHint?: ReactNode;
  submitLabel?: string;
}

const FIELDS = ['newPassword', 'confirmPassword'] as const;
const SERVER_FIELDS = ['newPassword'] as const;

/**
 * Setting a new password from a reset link: "New password", "Confirm new password" and "Set new
 * password". Validates on submit (filled in, the two equal); how strong is the server's call.
 */
export const ResetPasswordForm = forwardRef<HTMLFormElement, ResetPasswordFormProps>(function ResetPasswordForm(
  { onSubmit, submitting = false, error, fieldErrors, newPasswordHint, submitLabel, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const refs = { newPassword: useRef<HTMLInputElement>(null), confirmPassword: useRef<HTMLInputElement>(null) };
  const [server, editServer] = useServerFieldErrors<Field>(fieldErrors, refs, SERVER_FIELDS);
  const shown: FieldErrors<Field> = { ...server, ...Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const data = new FormData(event.currentTarget);
    const values = { newPassword: textOf(data, 'new_password'), confirmPassword: textOf(data, 'confirm_password') };
    const next = validateNewPassword(values, t);
    setErrors(next);
    if (hasErrors(next)) {
      const first = FIELDS.find((f) => next[f]);
      if (first) refs[first].current?.focus();
      return;
    }
    onSubmit({ newPassword: values.newPassword });
  };

  const clear = (field: Field) => () => {
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
    editServer(field);
  };

  return (
    <FormRoot ref={ref} noValidate aria-busy={submitting || undefined} data-submitting={submitting || undefined} {...rest} onSubmit={handleSubmit}>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      <NewPasswordFields
        newPasswordRef={refs.newPassword}
        confirmPasswordRef={refs.confirmPassword}
        errors={shown}
        hint={newPasswordHint}
        onEdit={clear}
      />
      <Button type="submit" fullWidth loading={submitting}>
        {submitLabel ?? t.setNewPassword}
      </Button>
    </FormRoot>
  );
});
