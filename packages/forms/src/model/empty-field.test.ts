import { describe, expect, it } from 'vitest';
import { checkFormModel } from '../schema/form-problems';
import { emptyFormModel, newFormField } from './empty-field';
import { fieldTypes } from './form-model';

const label = { vi: 'Trường mới', en: 'New field' };

describe('newFormField', () => {
  it.each(fieldTypes.filter((type) => !['catalog', 'group'].includes(type)))(
    'a new %s field is valid as is',
    (type) => {
      expect(checkFormModel({ fields: [newFormField(type, 'truong_moi', label)], rules: [] })).toEqual([]);
    },
  );

  it.each([
    ['catalog', 'missing_catalog'],
    ['group', 'empty_group'],
  ] as const)('a new %s field asks for what only the owner can give', (type, code) => {
    expect(
      checkFormModel({ fields: [newFormField(type, 'truong_moi', label)], rules: [] }).map((p) => p.code),
    ).toEqual([code]);
  });

  it('has the type defaults', () => {
    expect(newFormField('text', 'a', label)).toMatchObject({ max: 500, required: false, public: false });
    expect(newFormField('longText', 'a', label).max).toBe(5000);
    expect(newFormField('photos', 'a', label).max).toBe(10);
    expect(newFormField('choice', 'a', label).choices).toHaveLength(2);
    expect(newFormField('number', 'a', label)).toMatchObject({ min: null, max: null, unit: null });
  });

  it('copies the label', () => {
    const given = { vi: 'A', en: '' };
    const created = newFormField('text', 'a', given);
    given.vi = 'B';
    expect(created.label.vi).toBe('A');
  });

  it('emptyFormModel has no fields and no rules', () => {
    expect(emptyFormModel()).toEqual({ fields: [], rules: [] });
  });
});
