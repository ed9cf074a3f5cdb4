import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled, css } from 'styled-components';
import { color, focusRing, motion, radius } from '../../utils/theme';

export type IconButtonVariant = 'ghost' | 'primary';

export interface IconButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** Accessible name, also shown as the tooltip. Required: an icon alone says nothing. */
  label: string;
  /** The icon (decorative). */
  icon: ReactNode;
  variant?: IconButtonVariant;
  /** Square size in pixels. */
  size?: number;
}

const Root = styled.button<{ $variant: IconButtonVariant; $size: number }>`
  box-sizing: border-box;
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  width: ${(p) => p.$size}px;
  height: ${(p) => p.$size}px;
  padding: 0;
  border: none;
  border-radius: ${radius('round')};
  cursor: pointer;
  transition: background-color ${motion('fast')};
  /* Arrows that point along the line of text (send, back) point the other way in right-to-left. */
  [dir='rtl'] & svg[data-directional] {
    transform: scaleX(-1);
  }
  ${(p) =>
    p.$variant === 'primary'
      ? css`
          background: ${color('primary')};
          color: ${color('onPrimary')};
          &:hover:not(:disabled) {
            background: ${color('primaryHover')};
          }
        `
      : css`
          background: transparent;
          color: ${color('textMuted')};
          &:hover:not(:disabled) {
            background: ${color('surfaceAlt')};
            color: ${color('text')};
          }
        `}
  /* Touch screens: at least 44 × 44 px to hit (WCAG 2.5.5, Apple/Material guidance). */
  @media (pointer: coarse) {
    min-width: 44px;
    min-height: 44px;
  }
  ${focusRing}
  &:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }
`;

/** A round button showing only an icon, named by `label`. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, variant = 'ghost', size = 36, type = 'button', title, ...rest },
  ref,
) {
  return (
    <Root ref={ref} type={type} aria-label={label} title={title ?? label} $variant={variant} $size={size} data-variant={variant} {...rest}>
      {icon}
    </Root>
  );
});
