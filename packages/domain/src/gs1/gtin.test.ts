import { describe, expect, it } from 'vitest';
import { gtinHasCompanyPrefix, normalizeGtin } from './gtin';

describe('normalizeGtin', () => {
  // Published examples: GS1 General Specifications, the GS1 check digit calculator, Wikipedia's UPC/EAN pages.
  it.each([
    ['4006381333931', '04006381333931'], // EAN-13 (Stabilo pen)
    ['036000291452', '00036000291452'], // UPC-A (GS1 US example)
    ['96385074', '00000096385074'], // EAN-8
    ['73513537', '00000073513537'], // GTIN-8 from the GS1 General Specifications
    ['08938500000010', '08938500000010'], // GTIN-14, Vietnam (893) prefix
    ['6291041500213', '06291041500213'], // GTIN-13 from the GS1 check digit calculator
    ['10614141000415', '10614141000415'], // GTIN-14 with indicator 1 (GS1 US case example)
    [' 4006381333931 ', '04006381333931'], // surrounding spaces from a copy-paste
  ])('%s -> %s', (input, gtin14) => {
    expect(normalizeGtin(input)).toEqual({ ok: true, gtin14 });
  });

  it.each([
    ['4006381333932', 1],
    ['036000291453', 2],
    ['96385075', 4],
    ['08938500000012', 0],
  ])('%s has a wrong check digit, expected %i', (input, expected) => {
    expect(normalizeGtin(input)).toEqual({ ok: false, reason: 'check_digit', expected });
  });

  it.each(['', '1234567', '123456789', '12345678901', '123456789012345', '40063813339a1', '4006-381333931'])(
    '%j is not a GTIN',
    (input) => {
      expect(normalizeGtin(input)).toEqual({ ok: false, reason: 'format' });
    },
  );
});

describe('gtinHasCompanyPrefix', () => {
  it.each([
    ['08938500000010', '893850', true],
    ['08938500000010', '8938500', true],
    ['08938500000010', '893851', false],
    ['00036000291452', '036000', true], // U.P.C. company prefix
    ['00036000291452', '0036000', true], // the same prefix in GTIN-13 form
    ['00036000291452', '036001', false],
    ['10614141000415', '0614141', true], // the indicator digit is not part of the prefix
    ['10614141000415', '1061414', false],
  ])('%s with prefix %s: %s', (gtin14, prefix, expected) => {
    expect(gtinHasCompanyPrefix(gtin14, prefix)).toBe(expected);
  });
});
