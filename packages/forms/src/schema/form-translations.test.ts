import { describe, expect, it } from 'vitest';
import { halfTranslatedModel } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { untranslatedInForm } from './form-translations';
import { localizeFormUi } from './localize-schema';

const model = halfTranslatedModel();

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
