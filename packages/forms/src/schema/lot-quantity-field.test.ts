import { describe, expect, it } from 'vitest';
import type { FormModel } from '../model/form-model';
import { field } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { lotQuantityFieldProblems, lotQuantityFields, readLotQuantity } from './lot-quantity-field';

const model: FormModel = {
  fields: [
    field('number', 'weight', 'Khối lượng', { unit: 'kg' }),
    field('number', 'moisture', 'Độ ẩm'),
    field('integer', 'bags', 'Số bao'),
    field('number', 'boxes', 'Số thùng', { unit: '{box}' }),
    field('group', 'picks', 'Các lần hái', { fields: [field('number', 'kg', 'Khối lượng', { unit: 'kg' })] }),
  ],
  rules: [],
};
const form = compileFormModel(model);

describe('lotQuantityFields', () => {
  it('offers top-level number fields with a unit, and nothing else', () => {
    expect(lotQuantityFields(model).map((f) => f.key)).toEqual(['weight', 'boxes']);
  });
});

describe('lotQuantityFieldProblems', () => {
  const cases: [string, string[]][] = [
    ['weight', []],
    ['boxes', []],
    ['gone', ['lot_quantity_field_missing ']],
    ['moisture', ['lot_quantity_field_not_quantity fields/1']],
    ['bags', ['lot_quantity_field_not_quantity fields/2']],
    ['picks', ['lot_quantity_field_not_quantity fields/4']],
  ];
  it.each(cases)('judges the field %j', (key, expected) => {
    const problems = lotQuantityFieldProblems(form, key);
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual(expected);
  });
});

describe('readLotQuantity', () => {
  const cases: [string, Record<string, unknown>, string, unknown][] = [
    ['the same unit', { weight: 95.5 }, 'kg', { ok: true, quantity: 95.5 }],
    ['kilograms into tonnes', { weight: 950 }, 't', { ok: true, quantity: 0.95 }],
    ['kilograms into grams', { weight: 0.1 }, 'g', { ok: true, quantity: 100 }],
    ['a blank field', {}, 'kg', { ok: true, quantity: null }],
    [
      'kilograms into litres',
      { weight: 5 },
      'L',
      { ok: false, fault: 'unit', fieldUnit: 'kg', label: { vi: 'Khối lượng', en: '' } },
    ],
  ];
  it.each(cases)('reads %s', (_name, data, lotUnit, expected) => {
    expect(readLotQuantity(form, 'weight', data, lotUnit)).toEqual(expected);
  });

  it('reads boxes only into boxes', () => {
    expect(readLotQuantity(form, 'boxes', { boxes: 12 }, '{box}')).toEqual({ ok: true, quantity: 12 });
    expect(readLotQuantity(form, 'boxes', { boxes: 12 }, 'kg')).toMatchObject({ ok: false, fault: 'unit' });
  });

  it('refuses a field that is not a quantity', () => {
    expect(readLotQuantity(form, 'moisture', { moisture: 12 }, 'kg')).toEqual({
      ok: false,
      fault: 'not_quantity',
    });
  });
});
