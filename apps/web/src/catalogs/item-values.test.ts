import { describe, expect, it } from 'vitest';
import { formatItemValue, itemChanges, itemFieldErrors } from './item-values';

describe('item values', () => {
  it.each([
    [null, ''],
    ['Lúa', 'Lúa'],
    [2.5, '2.5'],
    [true, '✓'],
    [['a', 'b'], 'a, b'],
    [{ id: 'x', label: 'Nông hộ A' }, 'Nông hộ A'],
    [{ lat: 21.0285, lon: 105.8542 }, '21.02850, 105.85420'],
    [{ lat: 21.0285, lon: 105.8542, accuracy: 12 }, '21.02850, 105.85420'],
  ])('%j reads %j', (value, text) => {
    expect(formatItemValue(value)).toBe(text);
  });

  it('lists changed fields only, in form order', () => {
    expect(itemChanges({ a: 'x', b: 1 }, { a: 'y', b: 1, c: 'new' }, ['c', 'a', 'b'])).toEqual([
      { key: 'c', before: '', after: 'new' },
      { key: 'a', before: 'x', after: 'y' },
    ]);
    expect(itemChanges(null, { a: 'x' })).toEqual([{ key: 'a', before: '', after: 'x' }]);
  });

  it('maps server errors to fields', () => {
    const errors = itemFieldErrors([
      { path: '/data/ho_ten', message: 'Cần điền' },
      { path: '/data/ho_ten', message: 'second' },
      { path: '/data', message: 'whole' },
    ]);
    expect(errors.get('ho_ten')).toBe('Cần điền');
    expect(errors.get('')).toBe('whole');
  });
});
