import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../atoms/Button/Button';
import { TextField } from '../../atoms/TextField/TextField';
import { PasswordField } from '../../molecules/PasswordField/PasswordField';
import { en } from '../../locale/catalogs/en';
import { useKitLocale } from '../../locale/useKitLocale';
import type { KitMessages } from '../../locale/types';
import { FormAlert, FormNotice, FormRoot, FormSwitch } from './formParts';
import { hasErrors, type FieldErrors } from './validation';
import { textOf } from '../../utils/formText';

export interface LoginValues {
  username: string;
  password: string;
}

export interface LoginFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'> {
  onSubmit: (values: LoginValues) => void;
  /** The request is running: the submit button shows a spinner and the form is busy. */
  submitting?: boolean;
  /** An error from the server ("Wrong username or password"), shown as an alert. */
  error?: ReactNode;
  /** Good news to log in after ("Password changed — log in with the new one"), shown as a status. */
  notice?: ReactNode;
  /** The "Create an account" action: a link when `registerHref` is set, else a button. */
  onRegister?: () => void;
  registerHref?: string;
  /**
   * "Forgot password?": shown only when one of these is set (the app sets them when the server can
   * mail a reset link); a link when `forgotPasswordHref` is set, else a button.
   */
  onForgotPassword?: () => void;
  forgotPasswordHref?: string;
  submitLabel?: string;
  registerLabel?: string;
  defaultValues?: Partial<LoginValues>;
}

/** Errors in `messages`' language (English by default). */
export function validateLogin(values: LoginValues, messages: KitMessages = en): FieldErrors<keyof LoginValues> {
  return {
    username: values.username.trim() ? undefined : messages.enterUsername,
    password: values.password ? undefined : messages.enterPassword,
  };
}

/**
 * Log-in form: "Username", "Password", "Log in", "Forgot password?" (when asked for) and "Create an account". Validates on submit,
 * focuses the first invalid field, shows server errors as an alert.
 */
export const LoginForm = forwardRef<HTMLFormElement, LoginFormProps>(function LoginForm(
  {
    onSubmit,
    submitting = false,
    error,
    notice,
    onRegister,
    registerHref,
    onForgotPassword,
    forgotPasswordHref,
    submitLabel,
    registerLabel,
    defaultValues,
    ...rest
  },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [errors, setErrors] = useState<FieldErrors<keyof LoginValues>>({});
  // The server's error the person has since changed the form after: no longer shown (a stale alert
  // about what they are already fixing), until they submit again or a new error comes.
  const [staleError, setStaleError] = useState<ReactNode>(null);
  const shownError = error && error !== staleError ? error : null;
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setStaleError(null);
    const data = new FormData(event.currentTarget);
    const values: LoginValues = {
      username: textOf(data, 'username').trim(),
      password: textOf(data, 'password'),
    };
    const next = validateLogin(values, t);
    setErrors(next);
    if (hasErrors(next)) {
      (next.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    onSubmit(values);
  };

  return (
    <FormRoot ref={ref} noValidate aria-busy={submitting || undefined} data-submitting={submitting || undefined} {...rest} onSubmit={handleSubmit}>
      {shownError ? <FormAlert role="alert">{shownError}</FormAlert> : null}
      {notice && !shownError ? <FormNotice role="status">{notice}</FormNotice> : null}
      <TextField
        ref={usernameRef}
        label={t.username}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={defaultValues?.username}
        error={errors.username}
        onChange={() => {
          if (error) setStaleError(error);
          if (errors.username) setErrors((e) => ({ ...e, username: undefined }));
        }}
      />
      <PasswordField
        ref={passwordRef}
        name="password"
        defaultValue={defaultValues?.password}
        error={errors.password}
        onChange={() => {
          if (error) setStaleError(error);
          if (errors.password) setErrors((e) => ({ ...e, password: undefined }));
        }}
      />
      <Button type="submit" fullWidth loading={submitting}>
        {submitLabel ?? t.logIn}
      </Button>
      <FormSwitch href={forgotPasswordHref} onClick={onForgotPassword}>
        {t.forgotPassword}
      </FormSwitch>
      <FormSwitch href={registerHref} onClick={onRegister}>
        {registerLabel ?? t.createAccount}
      </FormSwitch>
    </FormRoot>
  );
});
