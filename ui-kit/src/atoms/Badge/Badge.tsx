import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useKitLocale } from '../../locale/useKitLocale';
import { styled } from 'styled-components';
import { color, fontFamily, fontSize, fontWeight, radius } from '../../utils/theme';

export interface BadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The number to show, e.g. unread messages. */
  count: number;
  /** Counts above this show as `max+` ("99+"). */
  max?: number;
  /** Render a badge for 0 too (hidden by default). */
  showZero?: boolean;
  /** Accessible text for a count; defaults to "N unread messages". */
  formatLabel?: (count: number) => string;
}

const Root = styled.span`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-width: 20px;
  height: 20px;
  padding: 0 6px;
  border-radius: ${radius('round')};
  background: ${color('badge')};
  color: ${color('onBadge')};
  font-family: ${fontFamily};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('bold')};
  line-height: 1;
  font-variant-numeric: tabular-nums;
`;

/** A count pill. Caps at `max` ("99+") while the accessible label keeps the real number. */
export const Badge = forwardRef<HTMLSpanElement, BadgeProps>(function Badge({ count, max = 99, showZero = false, formatLabel, ...rest }, ref) {
  const { messages, formatNumber } = useKitLocale();
  if (count <= 0 && !showZero) return null;
  const text = count > max ? messages.capped(max) : formatNumber(Math.max(0, count));
  return (
    <Root
      ref={ref}
      role="img"
      aria-label={(formatLabel ?? messages.unread)(count)}
      data-count={count}
      data-capped={count > max || undefined}
      {...rest}
    >
      <span aria-hidden="true">{text}</span>
    </Root>
  );
});
