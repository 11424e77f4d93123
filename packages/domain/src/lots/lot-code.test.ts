import { describe, expect, it } from 'vitest';
import { expandLotCodePattern, lotCodePattern, lotCodePatternFault } from './lot-code';

describe('lot code patterns', () => {
  it.each([
    ['R{yy}-{seq}', null],
    ['{yyyy}{mm}{dd}.{seq}', null],
    ['LOT', 'no_seq'],
    ['R-{sequence}', 'unknown_token'],
    ['R {seq}', 'bad_character'],
    ['Lô-{seq}', 'bad_character'],
    ['{yyyy}{mm}{dd}-TAYBAC1-{seq}', 'too_long'],
  ])('%s -> %s', (pattern, fault) => {
    expect(lotCodePatternFault(pattern)).toBe(fault);
  });

  it('fills the date and a four-digit sequence that grows past 9999', () => {
    const date = { year: 2025, month: 3, day: 7 };
    expect(expandLotCodePattern('R{yy}-{seq}', 12, date)).toBe('R25-0012');
    expect(expandLotCodePattern('{yyyy}{mm}{dd}-{seq}', 12_345, date)).toBe('20250307-12345');
  });

  it.each([
    ['R25-0001', true],
    ['a.b_c-D', true],
    ['', false],
    ['R25/01', false],
    ['x'.repeat(21), false],
  ])('code %s valid: %s', (code, valid) => {
    expect(lotCodePattern.test(code)).toBe(valid);
  });
});
