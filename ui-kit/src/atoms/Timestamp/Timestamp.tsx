import { forwardRef, useEffect, useState, type ComponentPropsWithoutRef } from 'react';
import { styled } from 'styled-components';
import { useKitLocale } from '../../locale/useKitLocale';
import { color, fontSize } from '../../utils/theme';
import { dateTimeFormat, dayKey, formatRelative, formatTime, toDate, type TimeInput } from '../../utils/time';

export type TimestampFormat = 'relative' | 'time' | 'date' | 'datetime' | 'auto';

export interface TimestampProps extends Omit<ComponentPropsWithoutRef<'time'>, 'children' | 'dateTime'> {
  value: TimeInput;
  /**
   * `relative` ("5 minutes ago"), `time` (hours and minutes as the locale writes them: "9:05 AM"
   * in en-US, "9:05" in en-GB), `date`, `datetime`, or `auto`: the time for
   * today, the weekday within a week, else the date (chat list style).
   */
  format?: TimestampFormat;
  /** Reference "now" (for relative formats and stable stories/tests). Defaults to the clock. */
  now?: TimeInput;
  locale?: string;
  timeZone?: string;
  /** Re-render relative times every N ms (client only). 0 disables. */
  refreshInterval?: number;
}

const Root = styled.time`
  font-size: ${fontSize('xs')};
  color: ${color('textMuted')};
  white-space: nowrap;
  font-variant-numeric: tabular-nums;
`;

function formatValue(date: Date, now: Date, format: TimestampFormat, locale?: string, timeZone?: string): string {
  switch (format) {
    case 'relative':
      return formatRelative(date, now, locale);
    case 'time':
      return formatTime(date, locale, timeZone);
    case 'date':
      return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
    case 'datetime':
      return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
    case 'auto': {
      const age = now.getTime() - date.getTime();
      if (dayKey(date, timeZone) === dayKey(now, timeZone)) return formatTime(date, locale, timeZone);
      if (age >= 0 && age < 6 * 24 * 3600 * 1000) return dateTimeFormat(locale, { weekday: 'short', timeZone }).format(date);
      return dateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone }).format(date);
    }
  }
}

/**
 * A `<time dateTime>` element showing a relative or absolute time; the full date and time is in
 * its title. Uses `Intl` only.
 */
export const Timestamp = forwardRef<HTMLTimeElement, TimestampProps>(function Timestamp(
  { value, format = 'time', now, locale: localeProp, timeZone, refreshInterval = 0, title, ...rest },
  ref,
) {
  const kit = useKitLocale();
  const locale = localeProp ?? kit.locale;
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!refreshInterval || now !== undefined) return undefined;
    const id = setInterval(() => setTick((t) => t + 1), refreshInterval);
    return () => clearInterval(id);
  }, [refreshInterval, now]);
  void tick;
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return null;
  const nowDate = now === undefined ? new Date() : toDate(now);
  const full = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date);
  return (
    <Root ref={ref} dateTime={date.toISOString()} title={title ?? full} data-format={format} {...rest}>
      {formatValue(date, nowDate, format, locale, timeZone)}
    </Root>
  );
});
