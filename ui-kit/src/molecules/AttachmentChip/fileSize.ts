const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "999 bytes", "512 kB", "2.4 MB" ("2,4 MB" in Spanish): decimal units (1 kB = 1000 bytes), as the locale writes them. */
export function formatFileSize(bytes: number, locale: string | undefined): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
