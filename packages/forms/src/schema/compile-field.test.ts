import { describe, expect, it } from 'vitest';
import { normalizeFormField } from '../model/normalize-model';
import { field } from '../test-support/sample-form';
import { compileField } from './compile-field';

const label = (vi: string, en = '') => ({ title: vi, 'x-label': { vi, en } });
const choice = (value: string, vi: string, en = '') => ({ const: value, ...label(vi, en) });
const fileId = { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' };
const twoChoices = [
  { value: 'a', label: { vi: 'A', en: 'A' } },
  { value: 'b', label: { vi: 'B', en: '' } },
];

describe('compileField', () => {
  it.each([
    [
      'text with defaults',
      field('text', 'ten', 'Tên'),
      { type: 'string', ...label('Tên'), maxLength: 500 },
      null,
    ],
    [
      'text with limits, pattern, default',
      field('text', 'ma', 'Mã', { min: 2, max: 8, pattern: '^[A-Z]+$', defaultValue: 'AB' }),
      { type: 'string', ...label('Mã'), pattern: '^[A-Z]+$', minLength: 2, maxLength: 8, default: 'AB' },
      null,
    ],
    [
      'longText',
      field('longText', 'ghi_chu', 'Ghi chú', { max: null }),
      { type: 'string', ...label('Ghi chú'), maxLength: 5000 },
      { 'ui:widget': 'textarea' },
    ],
    [
      'integer',
      field('integer', 'so', 'Số', { min: 0, max: 9, defaultValue: 1 }),
      { type: 'integer', ...label('Số'), minimum: 0, maximum: 9, default: 1 },
      null,
    ],
    [
      'number with unit',
      field('number', 'kl', 'Khối lượng', { unit: 'kg', min: 0.5 }),
      { type: 'number', ...label('Khối lượng'), 'x-unit': 'kg', minimum: 0.5 },
      { 'ui:widget': 'quantity' },
    ],
    [
      'number without unit',
      field('number', 'n', 'N'),
      { type: 'number', ...label('N') },
      { 'ui:widget': 'quantity' },
    ],
    [
      'date',
      field('date', 'ngay', 'Ngày', { defaultValue: '2024-01-31' }),
      { type: 'string', ...label('Ngày'), format: 'date', default: '2024-01-31' },
      null,
    ],
    [
      'dateTime',
      field('dateTime', 'luc', 'Lúc'),
      { type: 'string', ...label('Lúc'), format: 'date-time' },
      null,
    ],
    [
      'choice (radio up to 5)',
      field('choice', 'c', 'C', { choices: twoChoices, defaultValue: 'b' }),
      { type: 'string', ...label('C'), oneOf: [choice('a', 'A', 'A'), choice('b', 'B')], default: 'b' },
      { 'ui:widget': 'radio' },
    ],
    [
      'choice (select above 5)',
      field('choice', 'c', 'C', {
        choices: 'abcdef'.split('').map((v) => ({ value: v, label: { vi: v, en: '' } })),
      }),
      { type: 'string', ...label('C'), oneOf: 'abcdef'.split('').map((v) => choice(v, v)) },
      null,
    ],
    [
      'multiChoice',
      field('multiChoice', 'm', 'M', { choices: twoChoices, min: 1, max: 2 }),
      {
        type: 'array',
        ...label('M'),
        items: { type: 'string', oneOf: [choice('a', 'A', 'A'), choice('b', 'B')] },
        uniqueItems: true,
        minItems: 1,
        maxItems: 2,
      },
      { 'ui:widget': 'checkboxes' },
    ],
    [
      'yesNo',
      field('yesNo', 'co', 'Có?', { defaultValue: true }),
      { type: 'boolean', ...label('Có?'), default: true },
      { 'ui:widget': 'radio' },
    ],
    [
      'catalog',
      field('catalog', 'nd', 'Nông dân', { catalogId: 'farmers' }),
      {
        type: 'object',
        ...label('Nông dân'),
        'x-catalog': 'farmers',
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 64 },
          label: { type: 'string', maxLength: 300 },
        },
        required: ['id', 'label'],
        additionalProperties: false,
      },
      { 'ui:field': 'catalogLookup' },
    ],
    [
      'photos',
      field('photos', 'anh', 'Ảnh', { min: 1, max: null }),
      { type: 'array', ...label('Ảnh'), 'x-media': 'photo', items: fileId, minItems: 1, maxItems: 10 },
      { 'ui:field': 'photos' },
    ],
    [
      'gps',
      field('gps', 'vt', 'Vị trí'),
      {
        type: 'object',
        ...label('Vị trí'),
        'x-media': 'gps',
        properties: {
          lat: { type: 'number', minimum: -90, maximum: 90 },
          lon: { type: 'number', minimum: -180, maximum: 180 },
          accuracy: { type: 'number', minimum: 0 },
        },
        required: ['lat', 'lon'],
        additionalProperties: false,
      },
      { 'ui:field': 'gps' },
    ],
    [
      'signature',
      field('signature', 'ck', 'Chữ ký'),
      { ...fileId, ...label('Chữ ký'), 'x-media': 'signature' },
      { 'ui:widget': 'signature' },
    ],
    [
      'file',
      field('file', 'tep', 'Tệp'),
      { ...fileId, ...label('Tệp'), 'x-media': 'file' },
      { 'ui:widget': 'fileUpload' },
    ],
    [
      'group',
      field('group', 'lan', 'Các lần', {
        min: 1,
        fields: [field('date', 'ngay', 'Ngày', { required: true }), field('longText', 'ghi', 'Ghi')],
      }),
      {
        type: 'array',
        ...label('Các lần'),
        items: {
          type: 'object',
          properties: {
            ngay: { type: 'string', ...label('Ngày'), format: 'date' },
            ghi: { type: 'string', ...label('Ghi'), maxLength: 5000 },
          },
          required: ['ngay'],
          additionalProperties: false,
        },
        minItems: 1,
      },
      { items: { 'ui:order': ['ngay', 'ghi'], ghi: { 'ui:widget': 'textarea' } } },
    ],
    [
      'heading',
      field('heading', 'muc', 'Mục 1'),
      { type: 'null', ...label('Mục 1'), 'x-heading': true },
      { 'ui:field': 'heading' },
    ],
  ])('%s', (_name, input, schema, ui) => {
    expect(compileField(normalizeFormField(input))).toEqual({ schema, ui });
  });

  it('adds help, public and the English label', () => {
    const input = field('yesNo', 'co', 'Có?', {
      label: { vi: 'Có?', en: 'Yes?' },
      help: { vi: 'Chọn một', en: 'Pick one' },
      public: true,
    });
    expect(compileField(normalizeFormField(input)).schema).toEqual({
      type: 'boolean',
      title: 'Có?',
      'x-label': { vi: 'Có?', en: 'Yes?' },
      description: 'Chọn một',
      'x-help': { vi: 'Chọn một', en: 'Pick one' },
      'x-public': true,
    });
  });
});
