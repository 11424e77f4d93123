import { describe, expect, it } from 'vitest';
import { newFormField } from './empty-field';
import type { FormModel } from './form-model';
import { untranslatedCount, untranslatedTexts } from './translations';

const hives = newFormField('integer', 'so_thung_ong', { vi: 'Số thùng ong', en: '' });
const kind = {
  ...newFormField('choice', 'loai', { vi: 'Loại mật', en: 'Honey kind' }),
  choices: [
    { value: 'hoa_nhan', label: { vi: 'Hoa nhãn', en: 'Longan' } },
    { value: 'hoa_cafe', label: { vi: 'Hoa cà phê', en: '' } },
  ],
};
const sub = newFormField('text', 'ma', { vi: 'Mã thùng', en: ' ' });
const rows = { ...newFormField('group', 'thung', { vi: 'Thùng', en: 'Hives' }), fields: [sub] };
const model: FormModel = { fields: [hives, kind, rows], rules: [] };

describe('untranslatedTexts', () => {
  it('names every label, help and choice whose English still follows the Vietnamese', () => {
    expect(untranslatedTexts(model)).toEqual([
      'fields/so_thung_ong/label',
      'fields/loai/choices/1',
      'fields/thung/fields/ma/label',
    ]);
  });

  it("counts a field's own texts, choices included, sub-fields apart", () => {
    expect([hives, kind, rows, sub].map(untranslatedCount)).toEqual([1, 1, 0, 1]);
  });

  it('ignores texts blank in both languages (an empty help)', () => {
    const field = newFormField('text', 'a', { vi: 'A', en: 'A' });
    expect(untranslatedTexts({ fields: [field], rules: [] })).toEqual([]);
  });
});

describe('a new choice field', () => {
  it('starts its choices without English, so they follow the Vietnamese labels', () => {
    const field = newFormField('choice', 'a', { vi: 'Loại', en: '' });
    expect(field.choices.map((choice) => choice.label.en)).toEqual(['', '']);
  });
});
