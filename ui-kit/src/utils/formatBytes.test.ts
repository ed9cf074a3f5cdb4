import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it.each([
    [0, '0 byte'],
    [512, '512 byte'],
    [2_400_000, '2.4 MB'],
    [15_300_000, '15 MB'],
    [1_000, '1 kB'],
    [999_950, '1 MB'],
    [3_200_000_000, '3.2 GB'],
  ])('writes %d bytes as %s in English', (bytes, text) => {
    expect(formatBytes(bytes, 'en').replace(/\s/g, ' ')).toMatch(new RegExp(`^${text.replace('.', '\\.')}`));
  });

  it('uses the locale: decimal comma in Spanish, Arabic digits in Arabic', () => {
    expect(formatBytes(2_400_000, 'es')).toContain('2,4');
    expect(formatBytes(2_400_000, 'ar-EG')).toContain('٢');
  });

  it('treats negative or non-finite sizes as zero', () => {
    expect(formatBytes(-5, 'en')).toBe(formatBytes(0, 'en'));
    expect(formatBytes(Number.NaN, 'en')).toBe(formatBytes(0, 'en'));
  });
});
