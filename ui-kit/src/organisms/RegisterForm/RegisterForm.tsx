import { forwardRef, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../atoms/Button/Button';
import { TextField } from '../../atoms/TextField/TextField';
import { PasswordField } from '../../molecules/PasswordField/PasswordField';
import { en } from '../../locale/catalogs/en';
import { useKitLocale } from '../../locale/useKitLocale';
import type { KitMessages } from '../../locale/types';
import { FormAlert, FormRoot, FormSwitch } from '../LoginForm/formParts';
import { EMAIL_PATTERN, USERNAME_PATTERN, hasErrors, type FieldErrors } from '../LoginForm/validation';
import { textOf } from '../../utils/formText';
import { useServerFieldErrors } from '../LoginForm/useServerFieldErrors';

export interface RegisterValues {
  username: string;
  email: string;
  password: string;
}

export interface RegisterFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'> {
  onSubmit: (values: RegisterValues) => void;
  submitting?: boolean;
  /** A form-level server error, shown as an alert. */
  error?: ReactNode;
  /**
   * Field errors from the server (e.g. `{ username: 'That username is taken.' }`): shown under
   * their field, which gets focus when a new set arrives; editing a field hides its error.
   */
  fieldErrors?: FieldErrors<keyof RegisterValues>;
  /** The "I already have an account" action: a link when `loginHref` is set, else a button. */
  onLogin?: () => void;
  loginHref?: string;
  minPasswordLength?: number;
  submitLabel?: string;
  loginLabel?: string;
}

/** Errors in `messages`' language (English by default). */
export function validateRegister(values: RegisterValues, minPasswordLength = 8, messages: KitMessages = en): FieldErrors<keyof RegisterValues> {
  return {
    username: !values.username ? messages.chooseUsername : USERNAME_PATTERN.test(values.username) ? undefined : messages.usernameRule,
    email: !values.email ? messages.enterEmail : EMAIL_PATTERN.test(values.email) ? undefined : messages.invalidEmail,
    password: values.password.length >= minPasswordLength ? undefined : messages.passwordTooShort(minPasswordLength),
  };
}

const FIELDS = ['username', 'email', 'password'] as const;

/**
 * Sign-up form: "Username", "Email", "Password", "Register", and "I already have an account".
 * Validates on submit (and a field again on change once it was shown invalid). A field shows its
 * error or its hint, never both; the first invalid field gets focus.
 */
export const RegisterForm = forwardRef<HTMLFormElement, RegisterFormProps>(function RegisterForm(
  { onSubmit, submitting = false, error, fieldErrors, onLogin, loginHref, minPasswordLength = 8, submitLabel, loginLabel, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [errors, setErrors] = useState<FieldErrors<keyof RegisterValues>>({});
  const refs = {
    username: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  const [server, editServer] = useServerFieldErrors(fieldErrors, refs, FIELDS);
  const shown: FieldErrors<keyof RegisterValues> = { ...server, ...Object.fromEntries(Object.entries(errors).filter(([, v]) => v)) };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const data = new FormData(event.currentTarget);
    const values: RegisterValues = {
      username: textOf(data, 'username').trim(),
      email: textOf(data, 'email').trim(),
      password: textOf(data, 'password'),
    };
    const next = validateRegister(values, minPasswordLength, t);
    setErrors(next);
    if (hasErrors(next)) {
      const first = FIELDS.find((f) => next[f]);
      if (first) refs[first].current?.focus();
      return;
    }
    onSubmit(values);
  };

  const clear = (field: keyof RegisterValues) => () => {
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
    editServer(field);
  };

  return (
    <FormRoot ref={ref} noValidate aria-busy={submitting || undefined} data-submitting={submitting || undefined} {...rest} onSubmit={handleSubmit}>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      <TextField
        ref={refs.username}
        label={t.username}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={shown.username ? undefined : t.usernameHint}
        error={shown.username}
        onChange={clear('username')}
      />
      <TextField
        ref={refs.email}
        label={t.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={shown.email}
        onChange={clear('email')}
      />
      <PasswordField
        ref={refs.password}
        name="password"
        purpose="new"
        hint={shown.password ? undefined : t.passwordHint(minPasswordLength)}
        error={shown.password}
        onChange={clear('password')}
      />
      <Button type="submit" fullWidth loading={submitting}>
        {submitLabel ?? t.register}
      </Button>
      <FormSwitch href={loginHref} onClick={onLogin}>
        {loginLabel ?? t.haveAccount}
      </FormSwitch>
    </FormRoot>
  );
});
