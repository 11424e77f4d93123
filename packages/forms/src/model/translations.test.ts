import { describe, expect, it } from 'vitest';
import { halfTranslatedModel } from '../test-support/sample-form';
import { newFormField } from './empty-field';
import { untranslatedCount, untranslatedTexts } from './translations';

const model = halfTranslatedModel();

describe('untranslatedTexts', () => {
  it('names every label, help and choice whose English still follows the Vietnamese', () => {
    expect(untranslatedTexts(model)).toEqual([
      'fields/so_thung_ong/label',
      'fields/loai/choices/1',
      'fields/thung/fields/ma/label',
    ]);
  });

  it("counts a field's own texts, choices included, sub-fields apart", () => {
    const [hives, kind, rows] = model.fields;
    const sub = rows?.fields[0];
    expect([hives, kind, rows, sub].map((field) => field && untranslatedCount(field))).toEqual([1, 1, 0, 1]);
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
