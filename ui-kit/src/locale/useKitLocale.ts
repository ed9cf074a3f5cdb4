import { useContext, useMemo } from 'react';
import { dateTimeFormat, formatDay, formatRelative, formatTime, toDate, type TimeInput } from '../utils/time';
import { LocaleContext, type KitLocaleValue } from './LocaleContext';

export interface KitLocale extends KitLocaleValue {
  /** "9:05 AM" / "9:05" / "٩:٠٥ ص", as the locale writes hours and minutes. */
  formatTime: (value: TimeInput, timeZone?: string) => string;
  /** "Today", "Yesterday", or the full date, for day separators. */
  formatDay: (value: TimeInput, now?: TimeInput, timeZone?: string) => string;
  /** "5 minutes ago", "yesterday". */
  formatRelative: (value: TimeInput, now?: TimeInput) => string;
  formatNumber: (value: number) => string;
  formatDate: (value: TimeInput, options: Intl.DateTimeFormatOptions) => string;
}

const nowOr = (now: TimeInput | undefined): Date => (now === undefined ? new Date() : toDate(now));

/**
 * The active locale, strings and direction from the nearest ChatThemeProvider (English, the
 * runtime's formats and left to right without one), with Intl formatters for that locale. The
 * formatters are cached per locale, and the returned object is stable while the locale is.
 */
export function useKitLocale(): KitLocale {
  const value = useContext(LocaleContext);
  return useMemo(() => {
    const { locale } = value;
    let numbers: Intl.NumberFormat | undefined;
    return {
      ...value,
      formatTime: (v, timeZone) => formatTime(toDate(v), locale, timeZone),
      formatDay: (v, now, timeZone) => formatDay(toDate(v), nowOr(now), locale, timeZone),
      formatRelative: (v, now) => formatRelative(toDate(v), nowOr(now), locale),
      formatNumber: (n) => (numbers ??= new Intl.NumberFormat(locale)).format(n),
      formatDate: (v, options) => dateTimeFormat(locale, options).format(toDate(v)),
    };
  }, [value]);
}
