import { describe, expect, it } from 'vitest';
import { newFormField } from '../model/empty-field';
import type { FieldType, FormField } from '../model/form-model';
import { matchCsvColumn, parseCsvCell, parseDate } from './csv-cells';
import { csvHeader, formatCsvCell, neutralizeFormula } from './csv-format';

const field = (type: FieldType, key = 'f'): FormField => ({
  ...newFormField(type, key, { vi: 'Diện tích', en: 'Area' }),
  choices: [
    { value: 'rice', label: { vi: 'Lúa', en: 'Rice' } },
    { value: 'tea', label: { vi: 'Chè', en: 'Tea' } },
  ],
});

describe('parseDate', () => {
  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2024', null],
    ['2024/03/05', null],
    ['03-2024', null],
  ])('%j -> %j', (text, value) => {
    expect(parseDate(text)).toBe(value);
  });
});

describe('parseCsvCell', () => {
  it.each([
    ['number', '0,7', 0.7],
    ['integer', '12', 12],
    ['yesNo', 'có', true],
    ['yesNo', 'KHÔNG', false],
    ['yesNo', 'true', true],
    ['yesNo', '0', false],
    ['choice', 'tea', 'tea'],
    ['choice', 'lua', 'rice'],
    ['choice', 'Rice', 'rice'],
    ['multiChoice', 'Lúa; tea', ['rice', 'tea']],
    ['date', '01/12/2023', '2023-12-01'],
    ['dateTime', '01/12/2023 7:05', '2023-12-01T07:05:00+07:00'],
    ['gps', '21.59, 105.84', { lat: 21.59, lon: 105.84 }],
    ['text', "'=SUM(A1)", '=SUM(A1)'],
    ['text', "'quoted", "'quoted"],
  ] as const)('%s %j -> %j', (type, raw, value) => {
    expect(parseCsvCell(field(type), raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['number', 'nhiều', 'notNumber'],
    ['number', '1.000', 'grouped'],
    ['number', '1 234,5', 'grouped'],
    ['number', '1,234.5', 'grouped'],
    ['integer', '1,5', 'notWhole'],
    ['integer', '2.5', 'notWhole'],
    ['yesNo', 'có lẽ', 'notYesNo'],
    ['date', '31/02/2024', 'notDate'],
    ['dateTime', 'hôm qua', 'notDateTime'],
    ['gps', 'Suối Giàng', 'notGps'],
    ['photos', 'a.png', 'notImportable'],
  ] as const)('%s %j is refused as %s, by the rule of every number box', (type, raw, code) => {
    expect(parseCsvCell(field(type), raw)).toEqual({ ok: false, problem: { code, text: raw } });
  });

  it.each([
    ['text', 'Bã\u0000i', 'nul', 'Bã\\u0000i'],
    ['longText', 'x\ud800y', 'loneSurrogate', 'x\\ud800y'],
    ['number', '\udc001', 'loneSurrogate', '\\udc001'],
  ] as const)('%s %j cannot be stored as written: refused as %s, shown escaped', (type, raw, code, text) => {
    expect(parseCsvCell(field(type), raw)).toEqual({ ok: false, problem: { code, text } });
    expect(parseCsvCell(field('text'), 'Mật 🍯')).toEqual({ ok: true, value: 'Mật 🍯' });
  });

  it('names the choices a choice cell can take', () => {
    expect(parseCsvCell(field('multiChoice'), 'Lúa; coffee')).toEqual({
      ok: false,
      problem: { code: 'notChoice', text: 'coffee', choices: 'Lúa, Chè' },
    });
  });

  it.each([1.234, -12.5, 123.456, 0.125, 1234.567, 7])('exports %j as a cell that imports back', (value) => {
    const cell = formatCsvCell(field('number'), value, 'vi');
    expect(parseCsvCell(field('number'), cell)).toEqual({ ok: true, value });
  });

  it('reads an empty cell as no value', () => {
    expect(parseCsvCell(field('number'), '  ')).toBeNull();
  });
});

describe('matchCsvColumn', () => {
  const fields = [
    field('number', 'area'),
    { ...field('text', 'code'), label: { vi: 'Mã thửa', en: 'Plot code' } },
  ];
  it.each([
    ['area', 'area'],
    ['Diện tích (area)', 'area'],
    ['\uFEFFArea (area)', 'area'],
    ['DIEN TICH', 'area'],
    ['mã thửa', 'code'],
    ['plot code', 'code'],
    ['Mã thửa (area)', 'area'],
    ['Ghi chú', null],
  ])('%j -> %j', (header, key) => {
    expect(matchCsvColumn(header, fields)?.key ?? null).toBe(key);
  });
});

describe('CSV export cells', () => {
  it.each([
    ['=cmd|"/c calc"!A1', `'=cmd|"/c calc"!A1`],
    ['+1', "'+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['Đồng Bãi', 'Đồng Bãi'],
  ])('%j -> %j', (text, safe) => {
    expect(neutralizeFormula(text)).toBe(safe);
    expect(formatCsvCell(field('text'), text, 'vi')).toBe(safe);
  });

  it('keeps numbers as numbers and names choices in the language', () => {
    expect(formatCsvCell(field('number'), -2.5, 'vi')).toBe('-2.5');
    expect(formatCsvCell(field('choice'), 'tea', 'en')).toBe('Tea');
    expect(formatCsvCell(field('yesNo'), false, 'vi')).toBe('Không');
    expect(csvHeader(field('number', 'area'), 'en')).toBe('Area (area)');
  });
});
