import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled, css } from 'styled-components';
import { color, focusRing, fontFamily, fontSize, fontWeight, motion, radius, space } from '../../utils/theme';
import { Spinner } from '../Spinner/Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';
export type ButtonSize = 'sm' | 'md';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets `aria-busy` and blocks clicks while an action runs. */
  loading?: boolean;
  /** Stretch to the width of the container. */
  fullWidth?: boolean;
}

const variants = {
  primary: css`
    background: ${color('primary')};
    color: ${color('onPrimary')};
    border-color: ${color('primary')};
    &:hover:not(:disabled) {
      background: ${color('primaryHover')};
    }
  `,
  secondary: css`
    background: ${color('surface')};
    color: ${color('text')};
    border-color: ${color('border')};
    &:hover:not(:disabled) {
      background: ${color('surfaceAlt')};
    }
  `,
  ghost: css`
    background: transparent;
    color: ${color('text')};
    border-color: transparent;
    &:hover:not(:disabled) {
      background: ${color('surfaceAlt')};
    }
  `,
  danger: css`
    background: ${color('danger')};
    color: ${color('onDanger')};
    border-color: ${color('danger')};
  `,
  link: css`
    background: transparent;
    color: ${color('link')};
    border-color: transparent;
    padding-inline: 0;
    text-decoration: underline;
    min-height: 0;
  `,
};

export const StyledButton = styled.button<{ $variant: ButtonVariant; $size: ButtonSize; $fullWidth: boolean }>`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: ${space('sm')};
  min-height: ${(p) => (p.$size === 'sm' ? '32px' : '40px')};
  padding: 0 ${(p) => (p.$size === 'sm' ? space('md') : space('lg'))};
  width: ${(p) => (p.$fullWidth ? '100%' : 'auto')};
  /* A short action whose label breaks in two ("Log out" in Arabic) reads as two buttons; a
     full-width one may wrap. */
  white-space: ${(p) => (p.$fullWidth ? 'normal' : 'nowrap')};
  border: 1px solid transparent;
  border-radius: ${radius('md')};
  font-family: ${fontFamily};
  font-size: ${(p) => (p.$size === 'sm' ? fontSize('sm') : fontSize('md'))};
  font-weight: ${fontWeight('medium')};
  cursor: pointer;
  transition: background-color ${motion('fast')};
  ${(p) => variants[p.$variant]}
  ${focusRing}
  &:disabled,
  &[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;

/** A button with variants, sizes and a loading state. Defaults to `type="button"`. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', size = 'md', loading = false, fullWidth = false, type = 'button', disabled, children, onClick, ...rest },
  ref,
) {
  return (
    <StyledButton
      ref={ref}
      type={type}
      $variant={variant}
      $size={size}
      $fullWidth={fullWidth}
      disabled={disabled}
      aria-busy={loading || undefined}
      aria-disabled={loading || undefined}
      data-variant={variant}
      data-loading={loading || undefined}
      onClick={(event) => {
        if (loading) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {loading && <Spinner size={14} label={null} />}
      {children}
    </StyledButton>
  );
});
