import { describe, expect, it } from 'vitest';
import { foldText, searchWords } from './fold-text';

describe('foldText', () => {
  it.each([
    ['Phân bón Đầu Trâu', 'phan bon dau trau'],
    ['  Thửa   A-12 ', 'thua a-12'],
    ['NGUYỄN VĂN ĐỨC', 'nguyen van duc'],
    ['Thuốc trừ sâu\tbọ', 'thuoc tru sau bo'],
  ])('%s -> %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('splits a query into at most ten folded words', () => {
    expect(searchWords(' Đầu  trâu ')).toEqual(['dau', 'trau']);
    expect(searchWords('a b c d e f g h i j k l')).toHaveLength(10);
    expect(searchWords('   ')).toEqual([]);
  });
});
