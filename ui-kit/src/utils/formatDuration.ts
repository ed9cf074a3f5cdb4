const digits = new Map<string, [Intl.NumberFormat, Intl.NumberFormat]>();

/** "m:ss" (or "h:mm:ss") in the locale's digits: "1:05", "١:٠٥". */
export function formatDuration(ms: number, locale: string | undefined): string {
  const key = locale ?? '';
  let formats = digits.get(key);
  if (!formats) {
    formats = [new Intl.NumberFormat(locale, { useGrouping: false }), new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false })];
    digits.set(key, formats);
  }
  const [plain, two] = formats;
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${plain.format(h)}:${two.format(m)}:${two.format(s)}` : `${plain.format(m)}:${two.format(s)}`;
}
