import { describe, expect, it } from 'vitest';
import {
  type ConvertQuantity,
  planTransformation,
  type TransformationInput,
} from './transformation-quantities';

const factors: Record<string, number> = { g: 1, kg: 1000, t: 1_000_000 };
const convert: ConvertQuantity = (value, from, to) =>
  from === to ? value : factors[from] && factors[to] ? (value * factors[from]) / factors[to] : null;

const input = (
  lotId: string,
  quantity: number,
  unit = 'kg',
  remaining = 1000,
  lotUnit = 'kg',
): TransformationInput => ({
  lotId,
  quantity,
  unit,
  remaining,
  lotUnit,
});

describe('planTransformation', () => {
  it('merges lots in convertible units and computes the yield', () => {
    const result = planTransformation(
      [input('a', 600), input('b', 0.4, 't', 500)],
      [{ quantity: 700, unit: 'kg' }],
      { minPercent: 60, maxPercent: 80 },
      convert,
    );
    expect(result).toEqual({ ok: true, plan: { taken: [600, 400], yieldPercent: 70, yieldFlag: null } });
  });

  it('splits one lot and flags a yield outside the range without refusing it', () => {
    const result = planTransformation(
      [input('a', 100)],
      [
        { quantity: 50, unit: 'kg' },
        { quantity: 60, unit: 'kg' },
      ],
      { minPercent: 80, maxPercent: 100 },
      convert,
    );
    expect(result).toEqual({ ok: true, plan: { taken: [100], yieldPercent: 110, yieldFlag: 'above' } });
  });

  it('takes exactly what is left despite float noise', () => {
    const result = planTransformation(
      [input('a', 0.3, 'kg', 0.1 + 0.2)],
      [{ quantity: 0.3, unit: 'kg' }],
      null,
      convert,
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    [
      'more than is left',
      [input('a', 1001)],
      [{ quantity: 1, unit: 'kg' }],
      [{ kind: 'exceeds_remaining', index: 0, remaining: 1000, unit: 'kg' }],
    ],
    [
      'an input unit that does not convert',
      [input('a', 5, '{bag}')],
      [{ quantity: 1, unit: 'kg' }],
      [{ kind: 'unit_mismatch', side: 'inputs', index: 0, unit: '{bag}', expected: 'kg' }],
    ],
    [
      'an output unit that does not convert',
      [input('a', 5)],
      [{ quantity: 1, unit: 'L' }],
      [{ kind: 'unit_mismatch', side: 'outputs', index: 0, unit: 'L', expected: 'kg' }],
    ],
    [
      'the same lot twice',
      [input('a', 5), input('a', 5)],
      [{ quantity: 1, unit: 'kg' }],
      [{ kind: 'duplicate_input', index: 1 }],
    ],
  ] as const)('refuses %s', (_name, inputs, outputs, faults) => {
    expect(planTransformation(inputs, outputs, null, convert)).toEqual({ ok: false, faults });
  });
});
