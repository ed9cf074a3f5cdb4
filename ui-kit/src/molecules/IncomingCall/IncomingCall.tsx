import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Avatar } from '../../atoms/Avatar/Avatar';
import { Button } from '../../atoms/Button/Button';
import { useKitLocale } from '../../locale/useKitLocale';
import { base, color, fontSize, fontWeight, radius, space } from '../../utils/theme';
import type { CallMedia } from '../CallButton/CallButton';

export interface IncomingCallProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  callerName: string;
  avatarUrl?: string;
  media: CallMedia;
  /** While the call rings (`data-ringing`); false once answered elsewhere or given up. */
  ringing?: boolean;
  onAccept: () => void;
  onDecline: () => void;
}

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('md')};
  padding: ${space('md')};
  border-radius: ${radius('md')};
  background: ${color('surfaceAlt')};
  color: ${color('text')};
`;

const Title = styled.p`
  flex: 1;
  margin: 0;
  font-size: ${fontSize('md')};
  font-weight: ${fontWeight('medium')};
  overflow-wrap: anywhere;
`;

/**
 * An incoming call: an APG alertdialog whose least destructive action, "Accept", takes focus when
 * it appears (Escape is left to the app: declining by accident would hang up on the caller).
 */
export const IncomingCall = forwardRef<HTMLDivElement, IncomingCallProps>(function IncomingCall(
  { callerName, avatarUrl, media, ringing = true, onAccept, onDecline, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const titleId = useId();
  const accept = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    accept.current?.focus();
  }, []);
  return (
    <Root ref={ref} role="alertdialog" aria-labelledby={titleId} data-media={media} data-ringing={ringing || undefined} {...rest}>
      <Avatar name={callerName} src={avatarUrl} size="lg" decorative />
      <Title id={titleId} dir="auto">
        {t.incomingCall(callerName, media === 'video')}
      </Title>
      <Button ref={accept} onClick={onAccept}>
        {t.accept}
      </Button>
      <Button variant="danger" onClick={onDecline}>
        {t.decline}
      </Button>
    </Root>
  );
});
