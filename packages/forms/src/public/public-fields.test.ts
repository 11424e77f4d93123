import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldType, type FormField, type FormModel, fieldTypes } from '../model/form-model';
import { field } from '../test-support/sample-form';
import { publicFieldValues, publicPhotoIds } from './public-fields';

const choices = [
  { value: 'st25', label: { vi: 'Giống ST25', en: 'ST25 variety' } },
  { value: 'ir', label: { vi: 'Giống IR', en: '' } },
];

describe('publicFieldValues', () => {
  it.each<[string, FormField, unknown, { vi: string; en: string }]>([
    [
      'text',
      field('text', 'a', 'Tên', { public: true }),
      '<b>x</b>\u0000\ud800',
      { vi: '<b>x</b>\u0000\ud800', en: '<b>x</b>\u0000\ud800' },
    ],
    [
      'number with unit',
      field('number', 'a', 'Khối lượng', { public: true, unit: 'kg' }),
      12.5,
      { vi: '12,5 kg', en: '12.5 kg' },
    ],
    ['integer', field('integer', 'a', 'Số bao', { public: true }), 40, { vi: '40', en: '40' }],
    [
      'date',
      field('date', 'a', 'Ngày', { public: true }),
      '2026-12-05',
      { vi: '05/12/2026', en: '5 Dec 2026' },
    ],
    [
      'date-time in Viet Nam',
      field('dateTime', 'a', 'Lúc', { public: true }),
      '2026-12-05T17:30:00Z',
      { vi: '00:30 06/12/2026', en: '6 Dec 2026 00:30' },
    ],
    [
      'choice',
      field('choice', 'a', 'Giống', { public: true, choices }),
      'st25',
      { vi: 'Giống ST25', en: 'ST25 variety' },
    ],
    [
      'multi-choice',
      field('multiChoice', 'a', 'Giống', { public: true, choices }),
      ['st25', 'ir'],
      { vi: 'Giống ST25, Giống IR', en: 'ST25 variety, Giống IR' },
    ],
    ['yes', field('yesNo', 'a', 'Đạt', { public: true }), true, { vi: 'Có', en: 'Yes' }],
    ['no', field('yesNo', 'a', 'Đạt', { public: true }), false, { vi: 'Không', en: 'No' }],
    [
      'catalog item by its label',
      field('catalog', 'a', 'Phân', { public: true, catalogId: 'c1' }),
      { id: 'item-77', label: 'NPK 16-16-8' },
      { vi: 'NPK 16-16-8', en: 'NPK 16-16-8' },
    ],
    [
      'gps',
      field('gps', 'a', 'Vị trí', { public: true }),
      { lat: 21.0285, lon: 105.8542 },
      { vi: '21.02850, 105.85420', en: '21.02850, 105.85420' },
    ],
  ])('words %s', (_name, formField, value, expected) => {
    const [shown] = publicFieldValues({ fields: [formField], rules: [] }, { a: value });
    expect(shown?.value).toEqual(expected);
    expect(JSON.stringify(shown)).not.toContain('item-77');
  });

  it('leaves out private fields, signatures, files, headings and values not of their shape', () => {
    const model: FormModel = {
      fields: [
        field('text', 'secret', 'Bí mật'),
        field('signature', 'sig', 'Chữ ký', { public: true }),
        field('file', 'doc', 'Tài liệu', { public: true }),
        field('heading', 'h', 'Tiêu đề', { public: true }),
        field('number', 'n', 'Số', { public: true }),
        field('gps', 'g', 'Vị trí', { public: true }),
      ],
      rules: [],
    };
    const data = { secret: 'x', sig: 'f1', doc: 'f2', h: null, n: 'twelve', g: { lat: 91, lon: 0 } };
    expect(publicFieldValues(model, data)).toEqual([]);
  });

  it('shows a group sub-field only when the group and the sub-field are public, row by row', () => {
    const sub = [field('text', 'ten', 'Tên', { public: true }), field('text', 'gia', 'Giá')];
    const model: FormModel = {
      fields: [
        field('group', 'phan', 'Phân bón', { public: true, fields: sub }),
        field('group', 'an', 'Ẩn', { fields: sub }),
      ],
      rules: [],
    };
    const rows = [
      { ten: 'Urê', gia: '900' },
      { ten: 'Kali', gia: '800' },
    ];
    const shown = publicFieldValues(model, { phan: rows, an: rows });
    expect(shown.map((f) => [f.key, f.label.vi, f.value.vi])).toEqual([
      ['phan.1.ten', 'Phân bón 1 · Tên', 'Urê'],
      ['phan.2.ten', 'Phân bón 2 · Tên', 'Kali'],
    ]);
  });

  it('names the photos of public photo fields only', () => {
    const model: FormModel = {
      fields: [field('photos', 'pub', 'Ảnh', { public: true }), field('photos', 'priv', 'Ảnh riêng')],
      rules: [],
    };
    expect(publicPhotoIds(model, { pub: ['f1', 'f2', 'f1'], priv: ['f3'] })).toEqual(['f1', 'f2']);
  });
});

// Property: whatever the form and the data, nothing of a private field (its key or its value) comes out.
/** Every field type but the repeating group (built apart). */
const leafTypes: FieldType[] = fieldTypes.filter((type) => type !== 'group');
const privateMarkers = [
  'hidden',
  'SECRET',
  '97531',
  '13579',
  '01/01/1901',
  'Jan 1901',
  '12.34567',
  '98.76543',
];
const clean = (text: string) => !privateMarkers.some((marker) => text.includes(marker));
const publicText = fc.string({ maxLength: 20 }).filter(clean);

function fieldValue(type: FieldType, isPublic: boolean): fc.Arbitrary<unknown> {
  const pick = <T>(pub: fc.Arbitrary<T>, secret: T) => (isPublic ? pub : fc.constant(secret));
  switch (type) {
    case 'text':
    case 'longText':
      return isPublic ? publicText : fc.string({ maxLength: 10 }).map((s) => `SECRET${s}`);
    case 'integer':
      return pick(fc.integer({ min: -500, max: 500 }), 97531);
    case 'number':
      return pick(
        fc.integer({ min: -5000, max: 5000 }).map((n) => n / 4),
        13579.2468,
      );
    case 'date':
      return pick(fc.constantFrom('2026-01-31', '2025-07-04'), '1901-01-01');
    case 'dateTime':
      return pick(fc.constantFrom('2026-01-31T10:00:00Z'), '1901-01-01T10:00:00Z');
    case 'choice':
      return fc.constantFrom('st25', 'ir');
    case 'multiChoice':
      return fc.subarray(['st25', 'ir']);
    case 'yesNo':
      return fc.boolean();
    case 'catalog':
      return pick(
        publicText.map((label) => ({ id: 'item-1', label })),
        { id: 'SECRETID', label: 'SECRET item' },
      );
    case 'photos':
      return pick(fc.constant<string[]>(['photo-1']), ['SECRETFILE']);
    case 'gps':
      return pick(fc.constant({ lat: 10, lon: 106 }), { lat: 12.34567, lon: 98.76543 });
    case 'signature':
    case 'file':
      return fc.constant('SECRETFILE2');
    case 'heading':
    case 'group':
      return fc.constant(null);
  }
}

const choicesOf = (isPublic: boolean) =>
  isPublic ? choices : choices.map((c) => ({ ...c, label: { vi: `SECRET ${c.value}`, en: 'SECRET' } }));

function leaf(type: FieldType, isPublic: boolean, i: number): fc.Arbitrary<[FormField, unknown]> {
  const key = isPublic ? `p${i}` : `hidden${i}`;
  const label = isPublic ? `Công khai ${i}` : `SECRET ${i}`;
  const formField = field(type, key, label, { public: isPublic, choices: choicesOf(isPublic), unit: 'kg' });
  return fieldValue(type, isPublic).map((value) => [formField, value]);
}

const leafEntry = (i: number) =>
  fc.tuple(fc.constantFrom(...leafTypes), fc.boolean()).chain(([type, isPublic]) => leaf(type, isPublic, i));

const groupEntry = (i: number) =>
  fc
    .tuple(fc.boolean(), fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 4 }), fc.nat({ max: 3 }))
    .chain(([isPublic, subSeeds, rowCount]) =>
      fc
        .tuple(...subSeeds.map((_, j) => leafEntry(100 * (i + 1) + j)), fc.constant(rowCount))
        .map((parts) => {
          const subs = parts.slice(0, -1) as [FormField, unknown][];
          // a private group hides public sub-fields too: its sub-fields' keys and values count as private
          const sub = subs.map(([f]) => (isPublic ? f : { ...f, key: `hidden${f.key}` }));
          const row = Object.fromEntries(
            subs.map(([, v], j) => [sub[j]!.key, isPublic ? v : markPrivate(v)]),
          );
          const key = isPublic ? `p${i}` : `hidden${i}`;
          const group = field('group', key, `Nhóm ${i}`, { public: isPublic, fields: sub });
          return [group, Array.from({ length: rowCount }, () => row)] as [FormField, unknown];
        }),
    );

// a value of a private group's row: stand-in markers whatever the sub-field
const markPrivate = (value: unknown): unknown => (typeof value === 'string' ? `SECRET${value}` : value);

const formAndData = fc
  .array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 10 })
  .chain((seeds) => fc.tuple(...seeds.map((seed, i) => (seed === 0 ? groupEntry(i) : leafEntry(i)))));

describe('publicFieldValues, for any form and data', () => {
  it('never lets out a private field key or value', () => {
    fc.assert(
      fc.property(formAndData, (entries) => {
        const model: FormModel = { fields: entries.map(([f]) => f), rules: [] };
        const data = Object.fromEntries(entries.map(([f, v]) => [f.key, v]));
        const shown = JSON.stringify(publicFieldValues(model, data));
        for (const marker of privateMarkers) expect(shown).not.toContain(marker);
        const publicKeys = entries.filter(([f]) => f.public && f.type !== 'heading').length;
        if (publicKeys === 0) expect(shown).toBe('[]');
      }),
      { numRuns: 300 },
    );
  });
});
