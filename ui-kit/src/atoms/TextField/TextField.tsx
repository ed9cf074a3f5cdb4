import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { base, color, focusRing, fontFamily, fontSize, fontWeight, radius, space, visuallyHidden } from '../../utils/theme';
import { joinIds } from '../../utils/ids';

export interface TextFieldProps extends Omit<ComponentPropsWithoutRef<'input'>, 'size'> {
  /** Visible label (the input's accessible name). */
  label: string;
  /** Hide the label visually, keep it for assistive technology. */
  hideLabel?: boolean;
  /** Help text under the field. */
  hint?: ReactNode;
  /** Error text; marks the input `aria-invalid` and describes it. */
  error?: ReactNode;
  /** Class of the wrapper; `className` goes on the wrapper too. */
  className?: string;
}

const Wrapper = styled.div`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('xs')};
`;

const Label = styled.label<{ $hidden: boolean }>`
  font-size: ${fontSize('sm')};
  font-weight: ${fontWeight('medium')};
  ${(p) => (p.$hidden ? visuallyHidden : '')}
`;

const Input = styled.input`
  box-sizing: border-box;
  width: 100%;
  min-height: 40px;
  padding: ${space('sm')} ${space('md')};
  border: 1px solid ${color('border')};
  border-radius: ${radius('md')};
  background: ${color('surface')};
  color: ${color('text')};
  font-family: ${fontFamily};
  font-size: ${fontSize('md')};
  ${focusRing}
  &[aria-invalid='true'] {
    border-color: ${color('danger')};
  }
  &:disabled {
    opacity: 0.6;
  }
`;

const Hint = styled.p`
  margin: 0;
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
`;

const ErrorText = styled.p`
  margin: 0;
  font-size: ${fontSize('xs')};
  color: ${color('danger')};
`;

/** A labelled single-line input with hint and error text. The ref goes to the `<input>`. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, hideLabel = false, hint, error, className, id, 'aria-describedby': describedBy, ...rest },
  ref,
) {
  const autoId = useId();
  const inputId = id ?? `tf${autoId}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <Wrapper className={className} data-invalid={error ? true : undefined}>
      <Label htmlFor={inputId} $hidden={hideLabel}>
        {label}
      </Label>
      <Input ref={ref} id={inputId} aria-invalid={error ? true : undefined} aria-describedby={joinIds(describedBy, errorId, hintId)} {...rest} />
      {error ? <ErrorText id={errorId}>{error}</ErrorText> : null}
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
    </Wrapper>
  );
});
