import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Spinner } from '../../atoms/Spinner/Spinner';
import { base, color, fontSize, space } from '../../utils/theme';

export type BannerTone = 'info' | 'warning' | 'danger';

export interface BannerProps extends ComponentPropsWithoutRef<'div'> {
  tone?: BannerTone;
  /** Show a spinner before the text (e.g. "Reconnecting…"). */
  busy?: boolean;
  /** A button or link at the end (e.g. "Retry now"). */
  action?: ReactNode;
}

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('sm')};
  padding: ${space('sm')} ${space('lg')};
  font-size: ${fontSize('sm')};
  background: ${color('surfaceAlt')};
  color: ${color('text')};
  &[data-tone='warning'] {
    background: ${color('warningSurface')};
    color: ${color('onWarningSurface')};
  }
  &[data-tone='danger'] {
    background: ${color('dangerSurface')};
    color: ${color('text')};
  }
`;

const Text = styled.span`
  flex: 1;
`;

/**
 * A one-line status strip, e.g. the connection banner ("Reconnecting…"). A polite live region
 * (`role="status"`), or `role="alert"` for the danger tone.
 */
export const Banner = forwardRef<HTMLDivElement, BannerProps>(function Banner({ tone = 'info', busy = false, action, children, ...rest }, ref) {
  return (
    <Root ref={ref} role={tone === 'danger' ? 'alert' : 'status'} data-tone={tone} data-busy={busy || undefined} {...rest}>
      {busy ? <Spinner size={14} label={null} /> : null}
      <Text>{children}</Text>
      {action}
    </Root>
  );
});
