import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { IconButton } from '../../atoms/IconButton/IconButton';
import { useKitLocale } from '../../locale/useKitLocale';
import { CloseIcon, PhoneIcon, VideoIcon } from '../../utils/icons';
import { base, color, fontSize, fontWeight, radius, space } from '../../utils/theme';
import type { CallMedia } from '../CallButton/CallButton';
import { AvatarStack, type StackPerson } from './AvatarStack';

export interface JoinCallBannerProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  media: CallMedia;
  /** Who is in the call: the first three faces, then "+N". */
  participants?: readonly StackPerson[];
  /** How many are in the call: "3 people in call". Defaults to the number of `participants`. */
  count?: number;
  onJoin: () => void;
  /** Shows a "Dismiss" button (the call goes on). */
  onDismiss?: () => void;
}

const Root = styled.section`
  ${base}
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space('sm')} ${space('md')};
  padding: ${space('sm')} ${space('md')};
  border-radius: ${radius('md')};
  background: ${color('surfaceAlt')};
  color: ${color('text')};
`;

const Icon = styled.span`
  display: inline-flex;
  color: ${color('success')};
`;

const Text = styled.div`
  flex: 1;
  min-width: 8em;
`;

const Title = styled.p`
  margin: 0;
  font-weight: ${fontWeight('medium')};
`;

const Count = styled.p`
  margin: 0;
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

/** A group call going on in this conversation, with who is in it and "Join call". */
export const JoinCallBanner = forwardRef<HTMLElement, JoinCallBannerProps>(function JoinCallBanner(
  { media, participants = [], count = participants.length, onJoin, onDismiss, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const titleId = useId();
  return (
    <Root ref={ref} aria-labelledby={titleId} data-media={media} {...rest}>
      <Icon>{media === 'video' ? <VideoIcon /> : <PhoneIcon />}</Icon>
      <Text>
        <Title id={titleId}>{t.callInProgress}</Title>
        <Count>{t.peopleInCall(count)}</Count>
      </Text>
      {participants.length > 0 ? <AvatarStack people={participants} /> : null}
      <Button size="sm" onClick={onJoin}>
        {t.joinCall}
      </Button>
      {onDismiss ? <IconButton label={t.dismissCall} icon={<CloseIcon />} size={32} onClick={onDismiss} /> : null}
    </Root>
  );
});
