import type { ErrorObject } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { compileFormModel } from '../schema/compile-form';
import { createFormAjv } from '../schema/form-keywords';
import { sampleFormModel, sampleRecord } from '../test-support/sample-form';
import { createAjv } from './create-ajv';
import { describeAjvErrors } from './describe-errors';

const base = sampleRecord();
/** Bad records that, together, make the compiled sample form produce every keyword it can. */
const badRecords: Record<string, unknown>[] = [
  {},
  {
    ...base,
    ma_lo: 12,
    so_bao: 1.5,
    khoi_luong: 'x',
    phun_thuoc: 'yes',
    chung_nhan: 'vietgap',
    nong_dan: [],
    thong_tin: 1,
  },
  { ...base, ma_lo: 'A', ghi_chu: 'x'.repeat(5001), so_bao: -1, khoi_luong: -2, anh: [] },
  { ...base, ma_lo: 'AB-1234567890123456789', so_bao: 501, chung_nhan: ['vietgap', 'vietgap', 'huu_co'] },
  {
    ...base,
    ma_lo: 'ab-123',
    ngay_thu_hoach: '2024-13-01',
    thoi_diem: 'hôm qua',
    giong_lua: 'x',
    tinh: 'hn',
  },
  { ...base, phun_thuoc: false, extra: 1, vi_tri: { lat: 1, lon: 2, alt: 3 } },
  {
    ...base,
    ten_thuoc: undefined,
    giong_lua: 'khac',
    anh: Array.from({ length: 6 }, (_, i) => `photo_000${i}`),
  },
  { ...base, bon_phan: [{ ngay: '2024-02-30', x: 1 }], lieu_luong: -1 },
];
const clean = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));

function collectErrors(schema: Record<string, unknown>, records: Record<string, unknown>[]): ErrorObject[] {
  const validate = createFormAjv().compile(schema);
  return records.flatMap((record) => {
    expect(validate(clean(record))).toBe(false);
    return validate.errors ?? [];
  });
}

describe('every error a form can produce is described', () => {
  const errors = collectErrors(compileFormModel(sampleFormModel()).schema, badRecords);
  const produced = [...new Set(errors.map((error) => error.keyword))].sort();

  it('exercises every keyword compileFormModel emits', () => {
    expect(produced).toEqual(
      [
        'additionalProperties',
        'const',
        'format',
        'if',
        'maxItems',
        'maxLength',
        'maximum',
        'minItems',
        'minLength',
        'minimum',
        'oneOf',
        'pattern',
        'required',
        'type',
        'unevaluatedProperties',
        'uniqueItems',
      ].sort(),
    );
  });

  it.each(produced)('%s keeps its keyword and params', (keyword) => {
    for (const error of errors.filter((e) => e.keyword === keyword)) {
      const described = describeAjvErrors([error]);
      for (const d of described)
        expect(d).toEqual(expect.objectContaining({ keyword, params: error.params }));
    }
  });
});

describe('echoes are dropped', () => {
  const validate = createFormAjv().compile(compileFormModel(sampleFormModel()).schema);
  const messages = (record: Record<string, unknown>) => {
    validate(clean(record));
    return describeAjvErrors(validate.errors ?? []).map((e) => `${e.path}: ${e.keyword}`);
  };

  it('an unknown choice gives one message, not one per choice', () => {
    expect(messages({ ...base, giong_lua: 'x' })).toEqual(['/giong_lua: oneOf']);
  });

  it('a missing conditionally required field gives just that message', () => {
    expect(messages({ ...base, ten_thuoc: undefined })).toEqual(['/ten_thuoc: required']);
  });

  it('a hidden field sent anyway is still named', () => {
    expect(messages({ ...base, phun_thuoc: false, lieu_luong: undefined })).toEqual([
      '/ten_thuoc: unevaluatedProperties',
    ]);
  });
});

describe('describeAjvErrors', () => {
  const validate = createAjv().compile({
    type: 'object',
    additionalProperties: false,
    required: ['name', 'email'],
    properties: {
      name: { type: 'string', minLength: 2, maxLength: 5 },
      email: { type: 'string', format: 'email' },
      age: { type: 'integer', minimum: 0 },
      nested: { type: 'object', properties: { x: { type: 'string' } }, unevaluatedProperties: false },
    },
  });

  it.each([
    [{ name: 'A' }, '/email', 'required', { missingProperty: 'email' }],
    [
      { name: 'An', email: 'x@y.vn', extra: 1 },
      '/extra',
      'additionalProperties',
      { additionalProperty: 'extra' },
    ],
    [
      { name: 'An', email: 'x@y.vn', nested: { y: 1 } },
      '/nested/y',
      'unevaluatedProperties',
      { unevaluatedProperty: 'y' },
    ],
    [{ name: 'An', email: 'nope' }, '/email', 'format', { format: 'email' }],
    [{ name: 'Ann', email: 'x@y.vn', age: 1.5 }, '/age', 'type', { type: 'integer' }],
  ])('%j', (value, path, keyword, params) => {
    expect(validate(value)).toBe(false);
    expect(describeAjvErrors(validate.errors ?? [])).toContainEqual({
      path,
      keyword,
      params: expect.objectContaining(params),
    });
  });
});
