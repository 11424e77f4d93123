import { describe, expect, it } from 'vitest';
import { field } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { createFormValidatorCache } from './form-validator-cache';

const schemaWith = (max: number) =>
  compileFormModel({ fields: [field('integer', 'so', 'Số', { max, required: true })], rules: [] }).schema;

describe('createFormValidatorCache', () => {
  it('validates, returning ajv errors', () => {
    const cache = createFormValidatorCache({ maxEntries: 2 });
    expect(cache.validate('v1:thu_hoach', schemaWith(5), { so: 3 })).toEqual({ ok: true });
    const result = cache.validate('v1:thu_hoach', schemaWith(5), { so: 6 });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ keyword: 'maximum', instancePath: '/so' })],
    });
  });

  it('compiles once per key: a key always means the schema it was first given', () => {
    const cache = createFormValidatorCache({ maxEntries: 2 });
    cache.validate('v1:a', schemaWith(5), { so: 1 });
    expect(cache.validate('v1:a', schemaWith(100), { so: 50 }).ok).toBe(false);
  });

  it('evicts the least recently used entry', () => {
    const cache = createFormValidatorCache({ maxEntries: 2 });
    cache.validate('a', schemaWith(1), { so: 1 });
    cache.validate('b', schemaWith(2), { so: 1 });
    cache.validate('a', schemaWith(1), { so: 1 });
    cache.validate('c', schemaWith(3), { so: 1 });
    expect(cache.size).toBe(2);
    // 'a' was used after 'b', so it is still the schema it was first given (max 1)...
    expect(cache.validate('a', schemaWith(10), { so: 9 }).ok).toBe(false);
    // ...while 'b' was evicted and compiles the schema it is given now.
    expect(cache.validate('b', schemaWith(10), { so: 9 }).ok).toBe(true);
    expect(cache.size).toBe(2);
  });

  it('shares a schema object between keys safely', () => {
    const cache = createFormValidatorCache({ maxEntries: 1 });
    const shared = schemaWith(5);
    cache.validate('x', shared, { so: 1 });
    cache.validate('y', shared, { so: 1 });
    expect(cache.validate('x', shared, { so: 9 }).ok).toBe(false);
  });

  it('throws on a schema that does not compile (check forms before storing them)', () => {
    const cache = createFormValidatorCache({ maxEntries: 1 });
    expect(() => cache.validate('bad', { type: 'object', 'x-unit': 'lb' }, {})).toThrow();
  });
});
