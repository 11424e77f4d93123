import { describe, expect, it } from 'vitest';
import { newFormField } from '../model/empty-field';
import type { FormModel } from '../model/form-model';
import { compileFormModel } from './compile-form';
import { untranslatedInForm } from './form-translations';
import { localizeFormUi } from './localize-schema';

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

describe('untranslatedInForm', () => {
  it('counts the texts lacking English in a stored form, and 0 in one that does not parse', () => {
    expect(untranslatedInForm(compileFormModel(model))).toBe(3);
    expect(untranslatedInForm({ schema: { type: 'string' }, uiSchema: {} })).toBe(0);
  });

  it('shows English readers the Vietnamese label and choices until English is written', () => {
    const english = localizeFormUi(compileFormModel(model), 'en') as Record<string, Record<string, unknown>>;
    expect(english.so_thung_ong?.['ui:title']).toBe('Số thùng ong');
    expect(english.loai?.oneOf).toMatchObject([{ 'ui:title': 'Longan' }, { 'ui:title': 'Hoa cà phê' }]);
  });
});
