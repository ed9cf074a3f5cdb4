import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../atoms/Button/Button';
import { TextField } from '../../atoms/TextField/TextField';
import { useKitLocale } from '../../locale/useKitLocale';
import { textOf } from '../../utils/formText';
import { FormAlert, FormNotice, FormRoot, FormSwitch } from '../LoginForm/formParts';
import { EMAIL_PATTERN } from '../LoginForm/validation';

export interface ForgotPasswordFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'> {
  onSubmit: (values: { email: string }) => void;
  submitting?: boolean;
  /** A form-level error ("Too many attempts"), shown as an alert. */
  error?: ReactNode;
  /**
   * The request went through: the form says "If an account uses that address, we sent a link…",
   * the same words whatever the address, as a status.
   */
  sent?: boolean;
  /** The "Back to log in" action: a link when `loginHref` is set, else a button. */
  onLogin?: () => void;
  loginHref?: string;
}

/** "Forgot password?": an email address and "Send reset link"; checks only that the address looks like one. */
export const ForgotPasswordForm = forwardRef<HTMLFormElement, ForgotPasswordFormProps>(function ForgotPasswordForm(
  { onSubmit, submitting = false, error, sent = false, onLogin, loginHref, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [invalid, setInvalid] = useState<string | undefined>();
  const emailRef = useRef<HTMLInputElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const email = textOf(new FormData(event.currentTarget), 'email').trim();
    const next = !email ? t.enterEmail : EMAIL_PATTERN.test(email) ? undefined : t.invalidEmail;
    setInvalid(next);
    if (next) emailRef.current?.focus();
    else onSubmit({ email });
  };

  return (
    <FormRoot
      ref={ref}
      noValidate
      aria-busy={submitting || undefined}
      data-submitting={submitting || undefined}
      data-sent={sent || undefined}
      {...rest}
      onSubmit={handleSubmit}
    >
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      {sent ? <FormNotice role="status">{t.resetLinkSent}</FormNotice> : null}
      <TextField
        ref={emailRef}
        label={t.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={invalid}
        onChange={() => invalid && setInvalid(undefined)}
      />
      <Button type="submit" fullWidth loading={submitting}>
        {t.sendResetLink}
      </Button>
      <FormSwitch href={loginHref} onClick={onLogin}>
        {t.backToLogIn}
      </FormSwitch>
    </FormRoot>
  );
});
