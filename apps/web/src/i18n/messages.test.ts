import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { vi } from './messages.vi';
import { translate } from './use-t';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.entries(vi))(
    '%s is not empty and uses the same placeholders in both languages',
    (key, text) => {
      const english = Object.entries(en).find(([enKey]) => enKey === key)?.[1] ?? '';
      expect(text.trim()).not.toBe('');
      expect(english.trim()).not.toBe('');
      expect(placeholders(english)).toEqual(placeholders(text));
    },
  );
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(translate('vi', 'staff.removeTitle', { name: 'Lan' })).toBe('Xoá Lan khỏi đơn vị?');
    expect(translate('en', 'staff.removeTitle')).toBe('Remove {name} from the account?');
  });
});
