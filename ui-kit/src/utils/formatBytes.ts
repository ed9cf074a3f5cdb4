const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string | undefined, unit: (typeof UNITS)[number], digits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${unit}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    // Bytes spelled out ("77 bytes": the short form is "77 byte"), larger units short ("2.4 MB").
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/**
 * A file size as people read it, in the locale's digits and unit names: "2.4 MB", "512 bytes",
 * "2,4 MB". Decimal units (1 kB = 1000 bytes), as file managers and browsers show downloads; one
 * decimal under 10 units, none above.
 */
export function formatBytes(bytes: number, locale?: string): string {
  const size = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let exponent = size < 1000 ? 0 : Math.min(UNITS.length - 1, Math.floor(Math.log10(size) / 3));
  let value = size / 1000 ** exponent;
  // 999,950 bytes rounds to "1000 kB": say "1 MB" instead.
  if (exponent < UNITS.length - 1 && Math.round(value) >= 1000) {
    exponent += 1;
    value /= 1000;
  }
  const unit = UNITS[exponent] ?? 'byte';
  return unitFormat(locale, unit, exponent === 0 || value >= 10 ? 0 : 1).format(value);
}
