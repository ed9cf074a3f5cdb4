import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { color } from '../../utils/theme';

export type PresenceStatus = 'online' | 'away' | 'offline';

export interface PresenceDotProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  status: PresenceStatus;
  /** Accessible text; defaults to "Online" / "Away" / "Offline". `null` makes the dot decorative. */
  label?: string | null;
  /** Diameter in pixels. */
  size?: number;
}

const tokens = { online: color('presenceOnline'), away: color('presenceAway'), offline: color('presenceOffline') };

const Dot = styled.span<{ $status: PresenceStatus; $size: number }>`
  display: inline-block;
  flex: none;
  box-sizing: content-box;
  width: ${(p) => p.$size}px;
  height: ${(p) => p.$size}px;
  border-radius: 50%;
  border: 2px solid ${color('surface')};
  background: ${(p) => (p.$status === 'offline' ? color('surface') : tokens[p.$status])};
  box-shadow: inset 0 0 0 2px ${(p) => tokens[p.$status]};
`;

/** A small dot showing presence. Offline is a hollow ring, so the state is not told by colour alone. */
export const PresenceDot = forwardRef<HTMLSpanElement, PresenceDotProps>(function PresenceDot({ status, label, size = 10, ...rest }, ref) {
  const { messages } = useKitLocale();
  const text = label === undefined ? messages.presence[status] : label;
  return (
    <Dot
      ref={ref}
      $status={status}
      $size={size}
      data-status={status}
      {...(text === null ? { 'aria-hidden': true } : { role: 'img', 'aria-label': text })}
      {...rest}
    />
  );
});
