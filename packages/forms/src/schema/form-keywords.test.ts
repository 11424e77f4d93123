import { describe, expect, it } from 'vitest';
import { createFormAjv, formKeywords } from './form-keywords';

describe('createFormAjv', () => {
  const ajv = createFormAjv();
  const compiles = (schema: Record<string, unknown>) => {
    try {
      ajv.compile(schema);
      return true;
    } catch {
      return false;
    }
  };

  it.each([
    ['x-label', { vi: 'Khối lượng', en: '' }],
    ['x-help', { vi: 'Cân cả bao', en: 'Weigh the bag' }],
    ['x-unit', 'kg'],
    ['x-unit', '{degN}'],
    ['x-catalog', 'phan-bon'],
    ['x-catalog', '0b6c1f9e-7a51-4c55-9a6f-2f0f1c9b8d11'],
    ['x-public', true],
    ['x-media', 'gps'],
    ['x-heading', true],
    // Blank until the owner picks the catalog; the model check reports missing_catalog.
    ['x-catalog', ''],
  ])('accepts %s = %j', (keyword, value) => {
    expect(compiles({ [keyword]: value })).toBe(true);
  });

  it.each([
    ['x-label', { vi: 'A' }],
    ['x-label', { vi: 'A', en: 'B', fr: 'C' }],
    ['x-label', 'A'],
    ['x-help', { vi: 1, en: '' }],
    ['x-unit', 'KG'],
    ['x-catalog', 'a b'],
    ['x-public', 'yes'],
    ['x-media', 'video'],
    ['x-heading', false],
    ['x-other', 1],
  ])('refuses %s = %j', (keyword, value) => {
    expect(compiles({ [keyword]: value })).toBe(false);
  });

  it('has no validation effect', () => {
    const validate = ajv.compile({ type: 'number', 'x-unit': 'kg', 'x-label': { vi: 'A', en: 'A' } });
    expect(validate(3)).toBe(true);
  });

  it('lists the keywords', () => {
    expect(formKeywords).toEqual([
      'x-label',
      'x-help',
      'x-unit',
      'x-catalog',
      'x-public',
      'x-media',
      'x-heading',
    ]);
  });
});
