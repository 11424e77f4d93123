import { describe, expect, it } from 'vitest';
import { sampleFormModel } from '../test-support/sample-form';
import { compileFormModel } from './compile-form';
import { summarizeFormFields } from './field-summary';

describe('summarizeFormFields', () => {
  const summary = summarizeFormFields(compileFormModel(sampleFormModel()));

  it('lists every field in builder order, sub-fields as group.sub', () => {
    expect(summary.map((f) => f.key)).toEqual([
      'thong_tin',
      'ma_lo',
      'ghi_chu',
      'so_bao',
      'khoi_luong',
      'ngay_thu_hoach',
      'thoi_diem',
      'giong_lua',
      'tinh',
      'chung_nhan',
      'phun_thuoc',
      'ten_thuoc',
      'lieu_luong',
      'ly_do',
      'nong_dan',
      'anh',
      'vi_tri',
      'chu_ky',
      'bien_ban',
      'bon_phan',
      'bon_phan.ngay',
      'bon_phan.phan_bon',
      'bon_phan.luong',
      'bon_phan.cach_bon',
    ]);
  });

  it('carries label, type, required and public', () => {
    expect(summary.find((f) => f.key === 'ma_lo')).toEqual({
      key: 'ma_lo',
      label: { vi: 'Mã lô ruộng', en: '' },
      type: 'text',
      required: true,
      public: true,
    });
    expect(summary.find((f) => f.key === 'bon_phan.phan_bon')).toMatchObject({
      type: 'catalog',
      required: true,
      public: false,
    });
  });

  it.each([
    ['garbage', { schema: 'x', uiSchema: null }],
    [
      'an unknown field type',
      { schema: { type: 'object', properties: { a: { type: 'object' } } }, uiSchema: {} },
    ],
  ])('is empty for %s', (_name, form) => {
    expect(summarizeFormFields(form)).toEqual([]);
  });
});
