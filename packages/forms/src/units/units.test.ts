import { describe, expect, it } from 'vitest';
import { convertQuantity, findUnit, unitCodes, unitLabel, units } from './units';

describe('units', () => {
  it('has unique codes, both names and a finite positive factor or null', () => {
    expect(new Set(unitCodes).size).toBe(units.length);
    for (const unit of units) {
      expect(unit.name.vi.trim()).not.toBe('');
      expect(unit.name.en.trim()).not.toBe('');
      if (unit.factor !== null) expect(unit.factor).toBeGreaterThan(0);
    }
  });

  it('every base with a factor-1 unit is itself a unit code or the unity "1"', () => {
    for (const unit of units) {
      if (unit.factor === null) expect(unit.base).toBe(unit.code);
      else expect(unit.base === '1' || findUnit(unit.base) !== null).toBe(true);
    }
  });

  it.each([
    [2.5, 't', 'kg', 2500],
    [0.1, 'kg', 'g', 100],
    [1500, 'mL', 'L', 1.5],
    [3, 'ha', 'm2', 30_000],
    [7, 'ar', 'ha', 0.07],
    [2, 'd', 'h', 48],
    [12, '%', '[ppm]', 120_000],
    [5, 'mg/kg', '[ppm]', 5],
    [6, 't/ha', 'kg/ha', 6000],
    [40, '{degN}', '{degN}', 40],
    [30, 'Cel', 'Cel', 30],
  ])('%d %s -> %s = %d', (value, from, to, expected) => {
    expect(convertQuantity(value, from, to)).toBe(expected);
  });

  it.each([
    ['kg', 'L'],
    ['kg/ha', 'L/ha'],
    ['{bag}', '{pcs}'],
    ['Cel', 'kg'],
    ['{degN}', 'g/L'],
    ['kg', 'lb'],
    ['KG', 'g'],
  ])('%s -> %s is not convertible', (from, to) => {
    expect(convertQuantity(1, from, to)).toBeNull();
  });

  it('refuses non-finite values', () => {
    expect(convertQuantity(Number.NaN, 'kg', 'g')).toBeNull();
  });

  it('labels with the symbol, else the name in the language', () => {
    expect(unitLabel('m2', 'vi')).toBe('m²');
    expect(unitLabel('{degN}', 'en')).toBe('°N');
    expect(unitLabel('{bag}', 'vi')).toBe('bao');
    expect(unitLabel('d', 'en')).toBe('day');
    expect(unitLabel('zz', 'vi')).toBe('zz');
  });
});
