import { dayKey, formatTime } from './time';

describe('dayKey', () => {
  it('reads the local calendar day from the Date itself, without building an Intl formatter', () => {
    const spy = jest.spyOn(Intl, 'DateTimeFormat');
    const date = new Date(2026, 0, 5, 23, 30);
    expect(dayKey(date)).toBe('2026-01-05');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('uses the given time zone', () => {
    expect(dayKey(new Date('2026-01-05T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-01-06');
  });
});

describe('formatTime', () => {
  it('follows the locale: en-US "9:05 AM", en-GB "21:05"', () => {
    expect(formatTime(new Date('2026-11-25T09:05:00Z'), 'en-US', 'UTC')).toMatch(/^9:05\sAM$/);
    expect(formatTime(new Date('2026-11-25T21:05:00Z'), 'en-GB', 'UTC')).toBe('21:05');
  });
});
