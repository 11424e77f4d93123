import { describe, expect, it } from 'vitest';
import { parseFormSchema } from './parse-form';

const root = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});
const deep = (levels: number) => {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < levels; i += 1) value = { properties: value };
  return value;
};

describe('hostile input never throws', () => {
  const cyclic: Record<string, unknown> = { type: 'object' };
  cyclic.properties = { a: cyclic };
  const throwing = {
    type: 'object',
    get properties(): never {
      throw new Error('boom');
    },
  };
  const proxy = new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('boom');
      },
    },
  );
  const deepArray = (levels: number) => {
    let value: unknown = [];
    for (let i = 0; i < levels; i += 1) value = [value];
    return value;
  };
  const wide: Record<string, unknown> = {};
  for (let i = 0; i < 50; i += 1) wide[`k${i}`] = wide;

  it.each([
    ['null', null, null],
    ['undefined', undefined, undefined],
    ['a string', 'schema', {}],
    ['a function', () => 1, {}],
    ['a number', Number.NaN, {}],
    ['a cycle', cyclic, {}],
    ['a self-referencing wide object', wide, {}],
    ['a throwing getter', throwing, {}],
    ['a proxy', proxy, {}],
    ['a deep array', root({}, { required: deepArray(10_000) }), {}],
    ['a deep uiSchema', root({}), deep(10_000)],
    ['a huge array', root({}, { required: Array.from({ length: 1_000_000 }, () => 'a') }), {}],
    ['a date', root({ a: new Date() }), {}],
    ['a bigint', root({ a: { type: 'integer', minimum: 10n } }), {}],
    [
      '__proto__ everywhere',
      JSON.parse(
        '{"__proto__":{"type":"object"},"type":"object","properties":{"a":{"__proto__":{},"type":"string"}}}',
      ),
      JSON.parse('{"__proto__":{"ui:order":1}}'),
    ],
  ])('%s', (_name, schema, uiSchema) => {
    const parsed = parseFormSchema(schema, uiSchema);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.length).toBeGreaterThan(0);
  });
});
