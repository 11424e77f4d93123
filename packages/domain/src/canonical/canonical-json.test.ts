import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

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
