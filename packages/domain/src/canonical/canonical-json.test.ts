import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { documentVectors, numberVectors, refusedNumberBits } from './canonical-json.vectors';

const numberOfBits = (hex: string) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};

/** The canonical form records were hashed with before it was named RFC 8785: it must agree on well-formed text. */
function previousCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(previousCanonicalJson).join(',')}]`;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${previousCanonicalJson(v)}`).join(',')}}`;
}

describe('canonicalJson is RFC 8785 (JCS)', () => {
  it.each(documentVectors)('%s', (_name, input, expected) => {
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
  });

  it.each(numberVectors)('writes the double %s as %s', (bits, expected) => {
    expect(canonicalJson(numberOfBits(bits))).toBe(expected);
    expect(canonicalJson([numberOfBits(bits)])).toBe(`[${expected}]`);
  });

  it.each(refusedNumberBits)('refuses the double %s (NaN, Infinity)', (bits) => {
    expect(() => canonicalJson({ n: numberOfBits(bits) })).toThrow('$.n is not a finite number');
  });

  const lone: [string, unknown, string][] = [
    ['a high surrogate alone in a value', { reason: 'typo \ud800 fixed' }, '$.reason'],
    ['a low surrogate alone in a value', ['ok', '\udc00'], '$[1]'],
    ['a high surrogate at the end', { a: { b: 'x\udbff' } }, '$.a.b'],
    ['two high surrogates', { s: '\ud83d\ud83d\ude00' }, '$.s'],
    ['a pair the wrong way round', { s: '\ude00\ud83d' }, '$.s'],
    ['a lone surrogate in a key', { 'k\ud800': 1 }, 'lone surrogate \\ud800'],
  ];
  it.each(lone)('refuses %s with a TypeError naming the path', (_name, value, named) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(named);
  });

  it('keeps well-formed astral text, U+2028 and U+2029 as they are, not escaped', () => {
    expect(canonicalJson({ s: '😀 \u2028\u2029 ạ' })).toBe('{"s":"😀 \u2028\u2029 ạ"}');
  });

  it('sorts an astral key before U+FFFD: UTF-16 code units, not code points', () => {
    expect(canonicalJson({ '\uFFFD': 1, '\u{1F600}': 2 })).toBe('{"😀":2,"\uFFFD":1}');
  });

  it('writes well-formed JSON exactly as before, so records hashed earlier still verify', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }),
        (a, b) => {
          expect(canonicalJson(a)).toBe(previousCanonicalJson(a));
          expect(canonicalJson(b)).toBe(previousCanonicalJson(b));
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('canonicalJson', () => {
  const written: [string, unknown, string][] = [
    ['null', null, 'null'],
    ['true', true, 'true'],
    ['integer', 42, '42'],
    ['fraction', 12.5, '12.5'],
    ['negative zero as zero', -0, '0'],
    ['large number in JSON form', 1e21, '1e+21'],
    ['string with quotes and Vietnamese', 'Thu "hoạch"', '"Thu \\"hoạch\\""'],
    ['empty object', {}, '{}'],
    ['empty array', [], '[]'],
    ['keys sorted', { b: 1, a: 2, C: 3 }, '{"C":3,"a":2,"b":1}'],
    [
      'nested keys sorted, arrays kept in order',
      { z: [3, 1, { y: 1, x: 2 }], a: { d: null, c: 'x' } },
      '{"a":{"c":"x","d":null},"z":[3,1,{"x":2,"y":1}]}',
    ],
    ['numeric-looking keys sorted as strings', { '10': 1, '9': 2, '1': 3 }, '{"1":3,"10":1,"9":2}'],
    ['object without prototype', Object.assign(Object.create(null), { b: 1, a: 2 }), '{"a":2,"b":1}'],
  ];
  it.each(written)('writes %s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever order keys were inserted in', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('reads back as the same value', () => {
    const value = { name: { vi: 'Sấy', en: 'Drying' }, list: [1, 'two', false, null], n: -3.25 };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  const holey: unknown[] = [1];
  holey[2] = 3;
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const refused: [string, unknown][] = [
    ['undefined', undefined],
    ['undefined property', { a: 1, b: undefined }],
    ['undefined array item', [1, undefined]],
    ['array hole', holey],
    ['function', () => 1],
    ['function property', { f: () => 1 }],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity inside', { a: [Number.NEGATIVE_INFINITY] }],
    ['bigint', 1n],
    ['symbol', Symbol('s')],
    ['Date', new Date(0)],
    ['Map', new Map()],
    ['cycle', cyclic],
  ];
  it.each(refused)('refuses %s with a TypeError', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('names the path of the bad value', () => {
    expect(() => canonicalJson({ stages: [{ x: 1 }, { x: Number.NaN }] })).toThrow('$.stages[1].x');
  });

  it('allows the same object twice when it is not its own ancestor', () => {
    const shared = { a: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]');
  });
});
