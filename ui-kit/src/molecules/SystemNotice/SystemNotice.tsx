import { forwardRef, memo, type ComponentPropsWithoutRef } from 'react';
import { css, styled } from 'styled-components';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import type { TimeInput } from '../../utils/time';
import { base, color, fontSize, space } from '../../utils/theme';

export interface SystemNoticeProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The whole sentence, e.g. "Ada added Grace and Linus". Plain text: never interpreted as markup. */
  text: string;
  /** When it happened: shown after the text as a `<time>` (hour and minute). */
  timestamp?: TimeInput;
  locale?: string;
  timeZone?: string;
}

/** The timeline-event look, shared with CallNotice: a centered, muted line. */
export const noticeLine = css`
  ${base}
  display: flex;
  flex-wrap: wrap;
  justify-content: center;
  column-gap: ${space('sm')};
  padding: ${space('xs')} ${space('md')};
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
  text-align: center;
`;

const Root = styled.div`
  ${noticeLine}
  align-items: baseline;
`;

export const NoticeText = styled.p`
  margin: 0;
  overflow-wrap: anywhere;
`;

/**
 * An event in the conversation's timeline, not a message: "Ada added Grace", "Linus left". A
 * centered, muted line of plain text with an optional time. Memoized like MessageBubble.
 */
export const SystemNotice = memo(
  forwardRef<HTMLDivElement, SystemNoticeProps>(function SystemNotice({ text, timestamp, locale, timeZone, ...rest }, ref) {
    return (
      <Root ref={ref} data-kind="system-notice" {...rest}>
        <NoticeText dir="auto">{text}</NoticeText>
        {timestamp === undefined ? null : <Timestamp value={timestamp} format="time" locale={locale} timeZone={timeZone} />}
      </Root>
    );
  }),
);
SystemNotice.displayName = 'SystemNotice';
