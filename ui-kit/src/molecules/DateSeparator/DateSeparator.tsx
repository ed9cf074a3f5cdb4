import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { dayKey, formatDay, toDate, type TimeInput } from '../../utils/time';
import { useKitLocale } from '../../locale/useKitLocale';
import { base, color, fontSize, fontWeight, radius, space } from '../../utils/theme';

export interface DateSeparatorProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  date: TimeInput;
  /** Reference "now" for "Today"/"Yesterday" (stable stories/tests). */
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
}

const Root = styled.div`
  ${base}
  display: flex;
  align-items: center;
  gap: ${space('md')};
  padding: ${space('sm')} ${space('md')};
  &::before,
  &::after {
    content: '';
    flex: 1;
    height: 1px;
    background: ${color('border')};
  }
`;

const Label = styled.time`
  padding: ${space('xxs')} ${space('sm')};
  border-radius: ${radius('round')};
  background: ${color('surfaceAlt')};
  color: ${color('textMuted')};
  font-size: ${fontSize('xs')};
  font-weight: ${fontWeight('medium')};
`;

/** The day heading between messages: "Today", "Yesterday", "Monday, 2 November". */
export const DateSeparator = forwardRef<HTMLDivElement, DateSeparatorProps>(function DateSeparator(
  { date, now, locale: localeProp, timeZone, ...rest },
  ref,
) {
  const kit = useKitLocale();
  const locale = localeProp ?? kit.locale;
  const d = toDate(date);
  const label = formatDay(d, now === undefined ? new Date() : toDate(now), locale, timeZone);
  return (
    <Root ref={ref} data-kind="date-separator" {...rest}>
      <Label dateTime={dayKey(d, timeZone)}>{label}</Label>
    </Root>
  );
});
