import { describe, expect, it } from 'vitest';
import { catalogueProblems } from './catalogue-check';
import { createMessageFormatter, formatNumber } from './message-format';

const catalogues = {
  vi: {
    items: 'Còn {count} mục cần sửa',
    weight: 'Khối lượng {kg, number} kg',
    hello: 'Chào {name}',
    markup: 'Dùng <b> để in đậm',
  },
  en: {
    items: '{count, plural, one {# item needs} other {# items need}} fixing',
    weight: 'Weight {kg, number} kg',
    hello: 'Hello {name}',
    markup: 'Use <b> for bold',
  },
} as const;

const format = createMessageFormatter(catalogues);

describe('createMessageFormatter', () => {
  it.each([
    ['en', 1, '1 item needs fixing'],
    ['en', 3, '3 items need fixing'],
    ['en', 1000, '1,000 items need fixing'],
    ['vi', 1, 'Còn 1 mục cần sửa'],
    ['vi', 3, 'Còn 3 mục cần sửa'],
  ] as const)('plurals in %s for %d', (lang, count, expected) => {
    expect(format(lang, 'items', { count })).toBe(expected);
  });

  it('writes numbers as each language does', () => {
    expect(format('vi', 'weight', { kg: 1234.5 })).toBe('Khối lượng 1.234,5 kg');
    expect(format('en', 'weight', { kg: 1234.5 })).toBe('Weight 1,234.5 kg');
    expect(formatNumber(12.5, 'vi')).toBe('12,5');
  });

  it('reads < as text, not markup', () => {
    expect(format('en', 'markup')).toBe('Use <b> for bold');
  });

  it('gives the message as written when a value is missing, instead of throwing', () => {
    expect(format('en', 'hello')).toBe('Hello {name}');
  });
});

describe('catalogueProblems', () => {
  it('finds nothing in agreeing catalogues', () => {
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it.each([
    [{ vi: { a: 'A' }, en: {} }, 'a', 'missing in en'],
    [{ vi: { a: ' ' }, en: { a: 'A' } }, 'a', 'empty in vi'],
    [{ vi: { a: 'Chào {name}' }, en: { a: 'Hello {nmae}' } }, 'a', 'arguments differ: vi {name}, en {nmae}'],
    [{ vi: { a: 'Còn {count}' }, en: { a: '{count, plural, one {#}}' } }, 'a', 'not ICU MessageFormat'],
    [{ vi: { a: 'Chào {name' }, en: { a: 'Hello {name}' } }, 'a', 'not ICU MessageFormat'],
  ])('reports %j', (pair, key, problem) => {
    const found = catalogueProblems(pair);
    expect(found).toHaveLength(1);
    expect(found[0]?.key).toBe(key);
    expect(found[0]?.problem).toContain(problem);
  });
});

describe('a broken message', () => {
  it('comes back as written, never throws', () => {
    const broken = createMessageFormatter({ vi: { a: 'Chào {name' }, en: { a: 'Hello {name' } });
    expect(broken('en', 'a', { name: 'Lan' })).toBe('Hello {name');
  });
});
