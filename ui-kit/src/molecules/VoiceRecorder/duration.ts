/** "0:05", "12:30" (digits as the locale writes them). */
export function formatDuration(ms: number, locale: string | undefined): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = new Intl.NumberFormat(locale).format(Math.floor(total / 60));
  const seconds = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 }).format(total % 60);
  return `${minutes}:${seconds}`;
}
