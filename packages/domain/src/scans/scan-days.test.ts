import { describe, expect, it } from 'vitest';
import { parseScanPeriod, vietnamDayOf } from './scan-days';

describe('Vietnamese calendar days', () => {
  it.each([
    ['2026-03-02T16:59:59.999Z', '2026-03-02'],
    ['2026-03-02T17:00:00.000Z', '2026-03-03'],
    ['2026-03-02T00:00:00.000Z', '2026-03-02'],
    ['2025-12-31T17:00:00.000Z', '2026-01-01'],
    ['2028-02-28T18:00:00.000Z', '2028-02-29'],
  ])('%s is %s in Vietnam', (at, day) => {
    expect(vietnamDayOf(new Date(at))).toBe(day);
  });
});

describe('scan periods', () => {
  it('one day spans 00:00 to 24:00 Vietnamese time', () => {
    const parsed = parseScanPeriod('2026-03-02', '2026-03-02');
    expect(parsed).toEqual({
      ok: true,
      period: {
        from: '2026-03-02',
        to: '2026-03-02',
        start: new Date('2026-03-01T17:00:00.000Z'),
        end: new Date('2026-03-02T17:00:00.000Z'),
        days: ['2026-03-02'],
      },
    });
  });

  it('366 days (a leap year) is the longest period', () => {
    const parsed = parseScanPeriod('2028-01-01', '2028-12-31');
    expect(parsed.ok && parsed.period.days.length).toBe(366);
    expect(parsed.ok && parsed.period.days.at(59)).toBe('2028-02-29');
  });

  it.each([
    ['2026-13-01', '2026-03-02', { code: 'SCAN_PERIOD_BAD_DATE', path: '/from', value: '2026-13-01' }],
    ['2026-02-29', '2026-03-02', { code: 'SCAN_PERIOD_BAD_DATE', path: '/from', value: '2026-02-29' }],
    ['2026-03-01', '2026-3-2', { code: 'SCAN_PERIOD_BAD_DATE', path: '/to', value: '2026-3-2' }],
    ['2026-03-01', 'yesterday', { code: 'SCAN_PERIOD_BAD_DATE', path: '/to', value: 'yesterday' }],
    ['2026-03-02', '2026-03-01', { code: 'SCAN_PERIOD_REVERSED', from: '2026-03-02', to: '2026-03-01' }],
    ['2026-01-01', '2027-01-02', { code: 'SCAN_PERIOD_TOO_LONG', days: 367, max: 366 }],
  ])('%s to %s is refused', (from, to, fault) => {
    expect(parseScanPeriod(from, to)).toEqual({ ok: false, fault });
  });
});
