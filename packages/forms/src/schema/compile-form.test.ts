import { describe, expect, it } from 'vitest';
import { field, ifThen, sampleFormModel, sampleRecord } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { createFormAjv } from './form-keywords';

const yesNo = field('yesNo', 'phun', 'Phun?');
const name = field('text', 'ten', 'Tên', { required: true });
const dose = field('number', 'lieu', 'Liều', { unit: 'L/ha' });

describe('compileFormModel', () => {
  it('lays out the root: properties, required, unevaluatedProperties, ui:order', () => {
    const { schema, uiSchema } = compileFormModel({ fields: [name, yesNo], rules: [] });
    expect(Object.keys(schema)).toEqual(['type', 'properties', 'required', 'unevaluatedProperties']);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['ten']);
    expect(schema.unevaluatedProperties).toBe(false);
    expect(uiSchema).toEqual({ 'ui:order': ['ten', 'phun'], phun: { 'ui:widget': 'radio' } });
  });

  it.each([
    ['show', undefined],
    ['showAndRequire', ['lieu']],
  ] as const)('a %s rule moves its targets into then.properties', (effect, required) => {
    const model = {
      fields: [yesNo, dose, name],
      rules: [{ id: 'r', when: 'phun', equals: true, effect, targets: ['lieu'] }],
    };
    const { schema, uiSchema } = compileFormModel(model);
    expect(Object.keys(schema.properties as object)).toEqual(['phun', 'ten']);
    expect(schema.allOf).toEqual([
      ifThen(
        { properties: { phun: { const: true } }, required: ['phun'] },
        {
          properties: { lieu: expect.objectContaining({ type: 'number', 'x-unit': 'L/ha' }) },
          ...(required ? { required } : {}),
        },
      ),
    ]);
    expect(uiSchema['ui:order']).toEqual(['phun', 'lieu', 'ten']);
  });

  it('a require rule keeps its targets at the root', () => {
    const model = {
      fields: [yesNo, dose],
      rules: [{ id: 'r', when: 'phun', equals: true, effect: 'require' as const, targets: ['lieu'] }],
    };
    const { schema } = compileFormModel(model);
    expect(Object.keys(schema.properties as object)).toEqual(['phun', 'lieu']);
    expect(schema.allOf).toEqual([
      ifThen({ properties: { phun: { const: true } }, required: ['phun'] }, { required: ['lieu'] }),
    ]);
  });

  it('never shares objects with the model', () => {
    const model = sampleFormModel();
    const { schema } = compileFormModel(model);
    (schema.properties as Record<string, Record<string, Record<string, string>>>).ma_lo!['x-label']!.vi =
      'changed';
    expect(model.fields[1]?.label.vi).toBe('Mã lô ruộng');
  });
});

describe('records against the compiled sample form (ajv)', () => {
  const validate = createFormAjv().compile(compileFormModel(sampleFormModel()).schema);
  const errorsOf = (record: Record<string, unknown>) => {
    validate(record);
    return (validate.errors ?? []).map((e) => `${e.keyword} ${e.instancePath}`);
  };
  const base = sampleRecord();

  it('accepts a good record', () => {
    expect(validate(base)).toBe(true);
  });

  it.each([
    [
      'hidden fields sent anyway',
      { ...base, phun_thuoc: false },
      ['unevaluatedProperties ', 'unevaluatedProperties '],
    ],
    // A failed `then` evaluates none of its properties, so its other fields echo as unevaluated
    // (localizeAjvErrors drops that echo).
    [
      'a shown field missing',
      { ...base, ten_thuoc: undefined },
      ['required ', 'if ', 'unevaluatedProperties '],
    ],
    ['require rule', { ...base, giong_lua: 'khac' }, ['required ', 'if ']],
    ['show rule lets ly_do in', { ...base, so_bao: 0, ly_do: 'mất mùa' }, []],
    ['ly_do hidden otherwise', { ...base, ly_do: 'x' }, ['unevaluatedProperties ']],
    [
      'unknown choice',
      { ...base, giong_lua: 'x' },
      ['const /giong_lua', 'const /giong_lua', 'const /giong_lua', 'oneOf /giong_lua'],
    ],
    ['duplicate certificates', { ...base, chung_nhan: ['vietgap', 'vietgap'] }, ['uniqueItems /chung_nhan']],
    ['bad photo id', { ...base, anh: ['x'] }, ['pattern /anh/0']],
    ['no photo', { ...base, anh: [] }, ['minItems /anh']],
    ['latitude out of range', { ...base, vi_tri: { lat: 91, lon: 0 } }, ['maximum /vi_tri/lat']],
    ['catalog without label', { ...base, nong_dan: { id: 'f-1' } }, ['required /nong_dan']],
    [
      'bad date in a group row',
      { ...base, bon_phan: [{ ngay: '2024-02-30', phan_bon: { id: 'a', label: 'A' } }] },
      ['format /bon_phan/0/ngay'],
    ],
    [
      'extra key in a group row',
      { ...base, bon_phan: [{ ngay: '2024-02-03', phan_bon: { id: 'a', label: 'A' }, x: 1 }] },
      ['additionalProperties /bon_phan/0'],
    ],
    ['heading holds only null', { ...base, thong_tin: 'x' }, ['type /thong_tin']],
    ['wrong pattern', { ...base, ma_lo: 'st-001' }, ['pattern /ma_lo']],
  ])('%s', (_name, record, expected) => {
    const cleaned = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
    expect(errorsOf(cleaned).sort()).toEqual([...expected].sort());
  });
});
