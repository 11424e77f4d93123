import { describe, expect, it } from 'vitest';
import { field } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { localizeFormSchema, pickText } from './localize-schema';

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
    field('text', 'ly_do', 'Lý do', { label: { vi: 'Lý do', en: 'Reason' } }),
  ],
  rules: [{ id: 'r', when: 'phun', equals: true, effect: 'show', targets: ['ly_do'] }],
});

type Props = Record<string, Record<string, unknown>>;

describe('localizeFormSchema', () => {
  it('puts English titles and descriptions everywhere, falling back to Vietnamese', () => {
    const { schema } = localizeFormSchema(form, 'en');
    const properties = schema.properties as Props;
    const giong = properties.giong!;
    expect(giong.title).toBe('Rice variety');
    expect(giong.description).toBe('Chọn giống');
    expect((giong.oneOf as { title: string }[]).map((c) => c.title)).toEqual(['ST25', 'Other']);
    expect((properties.lan!.items as { properties: Props }).properties.ghi?.title).toBe('Note');
    const rule = (schema.allOf as { then: { properties: Props } }[])[0];
    expect(rule?.then.properties.ly_do?.title).toBe('Reason');
  });

  it('keeps Vietnamese for vi and leaves the input untouched', () => {
    const before = JSON.stringify(form);
    const { schema, uiSchema } = localizeFormSchema(form, 'vi');
    expect((schema.properties as Props).giong?.title).toBe('Giống lúa');
    expect(JSON.stringify(form)).toBe(before);
    expect(uiSchema).toEqual(form.uiSchema);
    expect(uiSchema).not.toBe(form.uiSchema);
  });

  it('pickText falls back both ways', () => {
    expect(pickText({ vi: 'Có', en: ' ' }, 'en')).toBe('Có');
    expect(pickText({ vi: '', en: 'Yes' }, 'vi')).toBe('Yes');
  });
});
