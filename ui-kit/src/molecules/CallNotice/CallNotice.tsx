import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import { useKitLocale } from '../../locale/useKitLocale';
import { formatDuration } from '../../utils/formatDuration';
import { PhoneIcon, VideoIcon } from '../../utils/icons';
import type { TimeInput } from '../../utils/time';
import { color } from '../../utils/theme';
import { NoticeText, noticeLine } from '../SystemNotice/SystemNotice';
import type { CallMedia } from '../CallButton/CallButton';

export type CallOutcome = 'missed' | 'declined' | 'ended';

export interface CallNoticeProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  outcome: CallOutcome;
  media: CallMedia;
  /** The reader placed the call ("Video call, no answer") rather than received it ("Missed video call"). */
  outgoing: boolean;
  /** How long an ended call lasted: "Video call, 1:05". */
  durationMs?: number;
  /** When it happened: a `<time>` after the text, as in SystemNotice. */
  timestamp?: TimeInput;
  locale?: string;
  timeZone?: string;
  /** Shows "Call back" after a missed or declined call. */
  onCallBack?: () => void;
}

// SystemNotice's look: a call is an event in the timeline, not a message.
const Root = styled.div`
  ${noticeLine}
  align-items: center;
  &[data-outcome='missed'][data-direction='incoming'] > svg {
    color: ${color('danger')};
  }
`;

/** A call in the conversation's timeline: missed, declined or ended, with its length and "Call back". */
export const CallNotice = memo(
  forwardRef<HTMLDivElement, CallNoticeProps>(function CallNotice(
    { outcome, media, outgoing, durationMs, timestamp, locale, timeZone, onCallBack, ...rest },
    ref,
  ) {
    const { messages: t, locale: kitLocale } = useKitLocale();
    const duration = outcome === 'ended' && durationMs !== undefined ? formatDuration(durationMs, locale ?? kitLocale) : undefined;
    const Icon = media === 'video' ? VideoIcon : PhoneIcon;
    return (
      <Root ref={ref} data-kind="call-notice" data-outcome={outcome} data-media={media} data-direction={outgoing ? 'outgoing' : 'incoming'} {...rest}>
        <Icon size={16} />
        <NoticeText>{t.callNotice(outcome, media === 'video', outgoing, duration)}</NoticeText>
        {timestamp === undefined ? null : <Timestamp value={timestamp} format="time" locale={locale} timeZone={timeZone} />}
        {onCallBack && outcome !== 'ended' ? (
          <Button variant="ghost" size="sm" onClick={onCallBack}>
            {t.callBack}
          </Button>
        ) : null}
      </Root>
    );
  }),
);
CallNotice.displayName = 'CallNotice';
