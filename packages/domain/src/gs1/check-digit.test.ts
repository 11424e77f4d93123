import { describe, expect, it } from 'vitest';
import { checkGln, gs1CheckDigit } from './check-digit';

describe('gs1CheckDigit', () => {
  // Examples from the GS1 General Specifications and the check digit calculator.
  it.each([
    ['629104150021', 3], // GTIN-13 6291041500213
    ['0893850000001', 0], // GTIN-14 08938500000010
    ['401234500001', 6], // GLN 4012345000016
    ['7351353', 7], // GTIN-8 73513537
    ['03600029145', 2], // UPC-A 036000291452
    ['00614141123456789', 0], // SSCC 006141411234567890
  ])('body %s -> %i', (body, digit) => {
    expect(gs1CheckDigit(body)).toBe(digit);
  });

  it('refuses non-digits', () => {
    expect(() => gs1CheckDigit('12a')).toThrow(RangeError);
  });
});

describe('checkGln', () => {
  it.each([
    ['8938500000003', { ok: true }],
    ['8938500000004', { ok: false, reason: 'check_digit', expected: 3 }],
    ['893850000000', { ok: false, reason: 'format' }],
    ['89385000000a9', { ok: false, reason: 'format' }],
  ])('%s', (gln, result) => {
    expect(checkGln(gln)).toEqual(result);
  });
});
