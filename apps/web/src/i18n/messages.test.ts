import { catalogueProblems } from '@nguon/contracts';
import { describe, expect, it } from 'vitest';
import { catalogueParts, en, vi } from './messages';
import { translate } from './use-t';

describe('message catalogues', () => {
  it('have the same keys, valid ICU messages and the same arguments in Vietnamese and English', () => {
    expect(catalogueProblems({ vi, en })).toEqual([]);
  });

  it('take each key from one feature only: the whole has as many keys as its parts', () => {
    const parts = catalogueParts.reduce((sum, part) => sum + Object.keys(part.vi).length, 0);
    expect(Object.keys(vi)).toHaveLength(parts);
    expect(Object.keys(en)).toHaveLength(parts);
  });
});

describe('translate', () => {
  it('fills arguments, and gives the message as written when one is missing', () => {
    expect(translate('vi', 'staff.removeTitle', { name: 'Lan' })).toBe('Xoá Lan khỏi đơn vị?');
    expect(translate('en', 'staff.removeTitle')).toBe('Remove {name} from the account?');
  });

  it('says one and many as English does, and writes numbers as each language does', () => {
    expect(translate('en', 'lots.work.total', { count: 1 })).toBe('1 lot waiting');
    expect(translate('en', 'lots.work.total', { count: 1200 })).toBe('1,200 lots waiting');
    expect(translate('vi', 'lots.work.total', { count: 1200 })).toBe('1.200 lô đang chờ');
  });
});
