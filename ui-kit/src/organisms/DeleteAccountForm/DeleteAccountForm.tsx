import { forwardRef, useEffect, useRef, useState, type ComponentPropsWithoutRef, type FormEvent, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { TextField } from '../../atoms/TextField/TextField';
import { useKitLocale } from '../../locale/useKitLocale';
import { textOf } from '../../utils/formText';
import { fontSize, space } from '../../utils/theme';
import { FormAlert, FormRoot } from '../LoginForm/formParts';

export interface DeleteAccountFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit'> {
  /** The password, to confirm it is the person; the server checks it. */
  onSubmit: (password: string) => void;
  /** The request is running: the button shows a spinner and the form is busy. */
  submitting?: boolean;
  /** A form-level server error ("Too many attempts"), shown as an alert. */
  error?: ReactNode;
  /** The server's word on the password ("password is wrong"): shown under it, which gets focus; editing hides it. */
  passwordError?: ReactNode;
  /** How long the username stays reserved after deletion, when the app knows it. */
  holdDays?: number;
}

const Consequences = styled.ul`
  margin: 0;
  padding-inline-start: ${space('lg')};
  font-size: ${fontSize('sm')};
  li + li {
    margin-block-start: ${space('xs')};
  }
`;

const Lead = styled.p`
  margin: 0;
  font-weight: 600;
`;

/**
 * Deleting one's account: what will happen (the account and its sessions end at once, messages
 * stay with the people they were sent to as from "Deleted account", uploads are deleted, the
 * username stays reserved), the password to confirm, and a destructive "Delete my account".
 */
export const DeleteAccountForm = forwardRef<HTMLFormElement, DeleteAccountFormProps>(function DeleteAccountForm(
  { onSubmit, submitting = false, error, passwordError, holdDays, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const [missing, setMissing] = useState(false);
  const [serverShown, setServerShown] = useState(true);
  const password = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setServerShown(true);
    if (passwordError) password.current?.focus();
  }, [passwordError]);
  const fieldError = missing ? t.enterPassword : serverShown ? passwordError : undefined;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const value = textOf(new FormData(event.currentTarget), 'password');
    setMissing(!value);
    if (!value) {
      password.current?.focus();
      return;
    }
    onSubmit(value);
  };

  return (
    <FormRoot ref={ref} noValidate aria-busy={submitting || undefined} data-submitting={submitting || undefined} {...rest} onSubmit={handleSubmit}>
      <Lead>{t.deleteAccountLead}</Lead>
      <Consequences>
        <li>{t.deleteAccountSessions}</li>
        <li>{t.deleteAccountMessages}</li>
        <li>{t.deleteAccountUploads}</li>
        <li>{t.deleteAccountHold(holdDays)}</li>
      </Consequences>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      <TextField
        ref={password}
        label={t.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError}
        onChange={() => {
          setMissing(false);
          setServerShown(false);
        }}
      />
      <Button type="submit" variant="danger" loading={submitting}>
        {t.deleteMyAccount}
      </Button>
    </FormRoot>
  );
});
