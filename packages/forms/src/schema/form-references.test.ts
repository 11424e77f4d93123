import { describe, expect, it } from 'vitest';
import { newFormField } from '../model/empty-field';
import type { FormField } from '../model/form-model';
import { formReferences } from './form-references';

const field = (key: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  ...newFormField(type, key, { vi: key, en: key }),
  ...extra,
});

describe('formReferences', () => {
  it('finds catalog items, photos, signatures and files, inside repeating groups too', () => {
    const model = {
      fields: [
        field('farmer', 'catalog', { catalogId: 'c1' }),
        field('photos', 'photos'),
        field('sign', 'signature'),
        field('sprays', 'group', {
          fields: [field('product', 'catalog', { catalogId: 'c2' }), field('doc', 'file')],
        }),
        field('note', 'text'),
      ],
      rules: [],
    };
    const data = {
      farmer: { id: 'i1', label: 'Bà Lò Thị Mai' },
      photos: ['f1', 'f2'],
      sign: 'f3',
      sprays: [{ product: { id: 'i2', label: 'x' }, doc: 'f4' }, {}],
      note: 'f5',
    };
    expect(formReferences(model, data)).toEqual([
      { kind: 'catalogItem', catalogId: 'c1', itemId: 'i1', path: '/farmer' },
      { kind: 'file', fileId: 'f1', image: true, path: '/photos/0' },
      { kind: 'file', fileId: 'f2', image: true, path: '/photos/1' },
      { kind: 'file', fileId: 'f3', image: true, path: '/sign' },
      { kind: 'catalogItem', catalogId: 'c2', itemId: 'i2', path: '/sprays/0/product' },
      { kind: 'file', fileId: 'f4', image: false, path: '/sprays/0/doc' },
    ]);
  });
});
