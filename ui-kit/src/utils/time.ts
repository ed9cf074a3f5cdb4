/** A point in time as the kit accepts it: a Date, an ISO string or epoch milliseconds. */
export type TimeInput = Date | string | number;

export function toDate(value: TimeInput): Date {
  return value instanceof Date ? value : new Date(value);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const rtfCache = new Map<string, Intl.RelativeTimeFormat>();
const dtfCache = new Map<string, Intl.DateTimeFormat>();

function rtf(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let f = rtfCache.get(key);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    rtfCache.set(key, f);
  }
  return f;
}

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = dtfCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dtfCache.set(key, f);
  }
  return f;
}

/** "just now", "5 minutes ago", "yesterday", "in 2 hours" — with Intl, no date library. */
export function formatRelative(date: Date, now: Date, locale?: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return rtf(locale).format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf(locale).format(Math.round(seconds / size), unit);
  }
  return rtf(locale).format(Math.round(seconds / 60), 'minute');
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Calendar day key, `YYYY-MM-DD`, in local time or the given zone, for grouping messages by day.
 * Local time comes from the Date itself: building an Intl formatter costs milliseconds the first
 * time (locale and zone data), and every MessageList pays for this on its first render.
 */
export function dayKey(date: Date, timeZone?: string): string {
  if (timeZone === undefined) return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);
}

/** Hours and minutes as the locale writes them ("9:05 AM" in en-US): no forced leading zero. */
export function formatTime(date: Date, locale?: string, timeZone?: string): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(date);
}

/** "Today", "Yesterday", or a full date, for date separators. */
export function formatDay(date: Date, now: Date, locale?: string, timeZone?: string): string {
  const key = dayKey(date, timeZone);
  if (key === dayKey(now, timeZone)) return capitalize(rtf(locale).format(0, 'day'));
  if (key === dayKey(new Date(now.getTime() - 24 * 3600 * 1000), timeZone)) return capitalize(rtf(locale).format(-1, 'day'));
  const sameYear = key.slice(0, 4) === dayKey(now, timeZone).slice(0, 4);
  return dateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: sameYear ? undefined : 'numeric',
    timeZone,
  }).format(date);
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
