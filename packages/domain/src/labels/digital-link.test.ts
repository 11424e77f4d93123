import { describe, expect, it } from 'vitest';
import { digitalLinkPercentEncode } from '../gs1/digital-link-uri';
import { labelUrl, labelUrlPrefix, printedLabelKeys } from './digital-link';

describe('labelUrlPrefix', () => {
  it.each([
    ['blank label', 'https://nguon.vn', {}, 'https://nguon.vn/q/'],
    ['blank, nulls', 'https://nguon.vn', { gtin14: null, lotCode: null }, 'https://nguon.vn/q/'],
    ['base with trailing slash', 'https://nguon.vn/', {}, 'https://nguon.vn/q/'],
    [
      'base with a path',
      'https://a.vn/trace//',
      { gtin14: '08938500000010' },
      'https://a.vn/trace/01/08938500000010/21/',
    ],
    ['product', 'https://nguon.vn', { gtin14: '08938500000010' }, 'https://nguon.vn/01/08938500000010/21/'],
    [
      'product and lot',
      'https://nguon.vn',
      { gtin14: '08938500000010', lotCode: 'R25-0001' },
      'https://nguon.vn/01/08938500000010/10/R25-0001/21/',
    ],
    [
      'lot needing escapes',
      'https://nguon.vn',
      { gtin14: '08938500000010', lotCode: "A/B!'()*ă c" },
      'https://nguon.vn/01/08938500000010/10/A%2FB%21%27%28%29%2A%C4%83%20c/21/',
    ],
    [
      'lot without a GTIN is dropped',
      'https://nguon.vn',
      { gtin14: null, lotCode: 'R1' },
      'https://nguon.vn/q/',
    ],
    [
      'empty lot',
      'https://nguon.vn',
      { gtin14: '08938500000010', lotCode: '' },
      'https://nguon.vn/01/08938500000010/21/',
    ],
  ])('%s', (_name, base, keys, prefix) => {
    expect(labelUrlPrefix(base, keys)).toBe(prefix);
  });

  it.each([['08938500000012'], ['8938500000010'], ['0893850000001a']])('refuses GTIN %s', (gtin14) => {
    expect(() => labelUrlPrefix('https://nguon.vn', { gtin14 })).toThrow(RangeError);
  });
});

describe('digitalLinkPercentEncode', () => {
  it('leaves RFC 3986 unreserved characters alone and escapes the rest', () => {
    expect(digitalLinkPercentEncode('Az09-._~')).toBe('Az09-._~');
    expect(digitalLinkPercentEncode("!#$&'()*+,/:;=?@[]")).toBe(
      '%21%23%24%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D',
    );
  });
});

describe('labelUrl', () => {
  it('appends the serial to the prefix', () => {
    expect(labelUrl('https://nguon.vn/q/', '7KQM3XWP9D2FH')).toBe('https://nguon.vn/q/7KQM3XWP9D2FH');
  });
});

describe('printedLabelKeys', () => {
  it('reads back the GTIN and lot a batch printed, whatever the host, and none from /q/', () => {
    const gtin14 = '08938600123459';
    expect(printedLabelKeys(labelUrlPrefix('https://a.example/trace', { gtin14 }))).toEqual({
      gtin14,
      lot: null,
    });
    for (const lotCode of ['L2026-04', '01', 'A/B 1', '21'])
      expect(printedLabelKeys(labelUrlPrefix('https://a.example', { gtin14, lotCode }))).toEqual({
        gtin14,
        lot: lotCode,
      });
    expect(printedLabelKeys(labelUrlPrefix('https://a.example', {}))).toEqual({ gtin14: null, lot: null });
    expect(printedLabelKeys('junk')).toEqual({ gtin14: null, lot: null });
  });
});
