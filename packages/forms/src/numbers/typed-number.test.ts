import { describe, expect, it } from 'vitest';
import { readTypedNumber, type TypedNumber, type TypedNumberKind } from './typed-number';

const number = (value: number): TypedNumber => ({ status: 'number', value });
const refused = (problem: 'notNumber' | 'grouped' | 'notWhole'): TypedNumber => ({
  status: 'refused',
  problem,
});

const cases: [string, TypedNumberKind, TypedNumber][] = [
  ['', 'decimal', { status: 'empty' }],
  ['   ', 'whole', { status: 'empty' }],
  ['12', 'decimal', number(12)],
  [' 12 ', 'decimal', number(12)],
  ['12,5', 'decimal', number(12.5)],
  ['12.5', 'decimal', number(12.5)],
  ['-3,25', 'decimal', number(-3.25)],
  ['0,125', 'decimal', number(0.125)],
  ['0.5', 'decimal', number(0.5)],
  ['1000', 'decimal', number(1000)],
  ['1,2500', 'decimal', number(1.25)],
  ['10,76', 'decimal', number(10.76)],
  ['1.000', 'decimal', refused('grouped')],
  ['1,000', 'decimal', refused('grouped')],
  ['2,500', 'decimal', refused('grouped')],
  ['1 000', 'decimal', refused('grouped')],
  ['1\u00a0000', 'decimal', refused('grouped')],
  ['1.000.000', 'decimal', refused('grouped')],
  ['1,000.5', 'decimal', refused('grouped')],
  ['1.000,5', 'decimal', refused('grouped')],
  ['12,5,3', 'decimal', refused('notNumber')],
  ['12.', 'decimal', refused('notNumber')],
  [',5', 'decimal', refused('notNumber')],
  ['abc', 'decimal', refused('notNumber')],
  ['1e3', 'decimal', refused('notNumber')],
  ['12 kg', 'decimal', refused('notNumber')],
  ['25', 'whole', number(25)],
  ['-4', 'whole', number(-4)],
  ['2,5', 'whole', refused('notWhole')],
  ['2.5', 'whole', refused('notWhole')],
  ['2,0', 'whole', refused('notWhole')],
  ['1.000', 'whole', refused('notWhole')],
  ['1 000', 'whole', refused('notWhole')],
  ['abc', 'whole', refused('notWhole')],
];

describe('readTypedNumber: one comma or dot for decimals, no thousands separators, nothing dropped', () => {
  it.each(cases)('%j as %s', (text, kind, expected) => {
    expect(readTypedNumber(text, kind)).toEqual(expected);
  });
});
