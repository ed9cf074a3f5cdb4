import { forwardRef } from 'react';
import { TextField, type TextFieldProps } from '../../atoms/TextField/TextField';
import { useKitLocale } from '../../locale/useKitLocale';

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'label'> {
  /** Defaults to "Password". */
  label?: string;
  /**
   * "current" for a password the person already has (log-in, "Current password"), "new" for one
   * being chosen: the autocomplete a password manager reads to fill in or to offer a new one.
   */
  purpose?: 'current' | 'new';
}

/**
 * A labelled password input (the TextField's hint and error wiring: `aria-invalid`, the error then
 * the hint in `aria-describedby`), required, with the autocomplete its purpose calls for. The ref
 * goes to the `<input>`.
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(function PasswordField(
  { label, purpose = 'current', required = true, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  return (
    <TextField
      ref={ref}
      label={label ?? t.password}
      type="password"
      autoComplete={purpose === 'new' ? 'new-password' : 'current-password'}
      required={required}
      {...rest}
    />
  );
});
