import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, parseTypedDate } from './format';

// local wall-clock times, so the expectations hold in any time zone the tests run in
const afternoon = new Date(2026, 11, 5, 14, 30).toISOString();
const morning = new Date(2026, 0, 9, 7, 5).toISOString();

describe('dates and times in the app language, not the browser locale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs where the browser says en-US, so the app language alone decides', () => {
    vi.stubGlobal('navigator', { ...navigator, language: 'en-US', languages: ['en-US'] });
    expect(new Intl.DateTimeFormat().resolvedOptions().locale).not.toMatch(/^vi|^en-GB/);
    expect(navigator.language).toBe('en-US');
    expect(formatDateTime(afternoon, 'vi')).toBe('05/12/2026 14:30');
    expect(formatDateTime(afternoon, 'en')).toBe('05/12/2026 14:30');
  });

  it.each([
    ['vi', morning, '09/01/2026 07:05'],
    ['en', morning, '09/01/2026 07:05'],
  ] as const)('%s writes %s as %s: day/month/year and the 24-hour clock', (lang, iso, shown) => {
    expect(formatDateTime(iso, lang)).toBe(shown);
  });

  it.each([
    ['vi', '2026-01-09', '09/01/2026'],
    ['en', '2026-01-09', '09/01/2026'],
    ['vi', afternoon, '05/12/2026'],
  ] as const)('%s writes the date %s as %s, a calendar day staying that day', (lang, iso, shown) => {
    expect(formatDate(iso, lang)).toBe(shown);
  });
});

describe('parseTypedDate', () => {
  it.each([
    ['05/12/2026', '2026-12-05'],
    ['5/12/2026', '2026-12-05'],
    ['05-12-2026', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
    [' 29/02/2028 ', '2028-02-29'],
    ['31/02/2026', null],
    ['12/2026', null],
    ['', null],
  ])('reads %j as %s, day before month', (typed, date) => {
    expect(parseTypedDate(typed)).toBe(date);
  });
});
