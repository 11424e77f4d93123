import { describe, expect, it } from 'vitest';
import { field } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { localizeFormUi, pickText } from './localize-schema';

const form = compileFormModel({
  fields: [
    field('choice', 'giong', 'Giống lúa', {
      label: { vi: 'Giống lúa', en: 'Rice variety' },
      help: { vi: 'Chọn giống', en: '' },
      choices: [
        { value: 'st25', label: { vi: 'ST25', en: '' } },
        { value: 'khac', label: { vi: 'Khác', en: 'Other' } },
      ],
    }),
    field('yesNo', 'phun', 'Có phun?', { label: { vi: 'Có phun?', en: 'Sprayed?' } }),
    field('group', 'lan', 'Các lần', {
      label: { vi: 'Các lần', en: 'Rounds' },
      fields: [field('text', 'ghi', 'Ghi', { label: { vi: 'Ghi', en: 'Note' } })],
    }),
    field('multiChoice', 'sau', 'Sâu', {
      label: { vi: 'Sâu', en: 'Pests' },
      choices: [{ value: 'ray', label: { vi: 'Rầy', en: 'Planthopper' } }],
    }),
    field('text', 'ly_do', 'Lý do', { label: { vi: 'Lý do', en: 'Reason' } }),
  ],
  rules: [{ id: 'r', when: 'phun', equals: true, effect: 'show', targets: ['ly_do'] }],
});

type Ui = Record<string, Record<string, unknown>>;

describe('localizeFormUi', () => {
  it('puts English titles, help and choice labels in the uiSchema, falling back to Vietnamese', () => {
    const ui = localizeFormUi(form, 'en') as Ui;
    expect(ui.giong?.['ui:title']).toBe('Rice variety');
    expect(ui.giong?.['ui:description']).toBe('Chọn giống');
    expect(ui.giong?.['ui:widget']).toBe('radio');
    expect(ui.giong?.oneOf).toEqual([{ 'ui:title': 'ST25' }, { 'ui:title': 'Other' }]);
    expect((ui.lan!.items as Ui).ghi?.['ui:title']).toBe('Note');
    expect((ui.sau!.items as { oneOf: unknown }).oneOf).toEqual([{ 'ui:title': 'Planthopper' }]);
    expect(ui.ly_do?.['ui:title']).toBe('Reason');
    expect(ui['ui:order']).toEqual(form.uiSchema['ui:order']);
  });

  it('leaves the schema and the input untouched, so one validator serves both languages', () => {
    const before = JSON.stringify(form);
    expect((localizeFormUi(form, 'vi') as Ui).giong?.['ui:title']).toBe('Giống lúa');
    localizeFormUi(form, 'en');
    expect(JSON.stringify(form)).toBe(before);
  });

  it('pickText falls back both ways', () => {
    expect(pickText({ vi: 'Có', en: ' ' }, 'en')).toBe('Có');
    expect(pickText({ vi: '', en: 'Yes' }, 'vi')).toBe('Yes');
  });
});
