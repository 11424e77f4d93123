import { describe, expect, it } from 'vitest';
import { fakeLot } from './testing/lot-fixtures';
import { draftProblems, type TransformationDraft, transformationBody, yieldOf } from './transformation-draft';

const lots = [fakeLot(1, { remaining: 500 }), fakeLot(2, { remaining: 2, unit: 't' })];
const draft = (inputs: [number, string, string][], outputs: [string, string][]): TransformationDraft => ({
  inputs: inputs.map(([n, quantity, unit]) => ({ lotId: fakeLot(n).id, quantity, unit })),
  outputs: outputs.map(([quantity, unit], key) => ({ key, code: '', quantity, unit, productId: null })),
});
const range = { minPercent: 60, maxPercent: 80 };

describe('yieldOf', () => {
  it.each([
    [
      'a merge in mixed units',
      draft(
        [
          [1, '500', 'kg'],
          [2, '0,5', 't'],
        ],
        [['700', 'kg']],
      ),
      70,
      null,
    ],
    [
      'a split below the range',
      draft(
        [[1, '500', 'kg']],
        [
          ['100', 'kg'],
          ['150', 'kg'],
        ],
      ),
      50,
      'below',
    ],
    ['too much out', draft([[1, '500', 'kg']], [['0.45', 't']]), 90, 'above'],
  ])('computes %s', (_name, value, percent, flag) => {
    const result = yieldOf(value, lots, range);
    expect(result).toMatchObject({ ok: true, yield: { percent, flag, unit: 'kg' } });
  });

  it('waits for every quantity, and reports taking more than is left', () => {
    expect(yieldOf(draft([[1, '', 'kg']], [['100', 'kg']]), lots, range)).toBeNull();
    expect(yieldOf(draft([[1, '600', 'kg']], [['100', 'kg']]), lots, range)).toMatchObject({
      ok: false,
      faults: [{ kind: 'exceeds_remaining', index: 0, remaining: 500 }],
    });
  });
});

describe('transformation body', () => {
  it('names blank and non-positive quantities by their body path', () => {
    expect([...draftProblems(draft([[1, '', 'kg']], [['0', 'kg']]))]).toEqual([
      ['/inputs/0/quantity', 'required'],
      ['/outputs/0/quantity', 'positive'],
    ]);
  });

  it('refuses a thousands separator and any text the number rule refuses, never reading "1.000" as 1', () => {
    expect([
      ...draftProblems(
        draft(
          [[1, '1.000', 'kg']],
          [
            ['1 000', 'kg'],
            ['2,5', 'kg'],
            ['mười', 'kg'],
          ],
        ),
      ),
    ]).toEqual([
      ['/inputs/0/quantity', 'grouped'],
      ['/outputs/0/quantity', 'grouped'],
      ['/outputs/2/quantity', 'notNumber'],
    ]);
    expect(yieldOf(draft([[1, '1.000', 'kg']], [['100', 'kg']]), lots, range)).toBeNull();
  });

  it('sends rows in order, leaving blank codes and products out', () => {
    const value = draft([[1, '12,5', 'kg']], [['10', 'kg']]);
    value.outputs[0] = { key: 0, code: ' S-1 ', quantity: '10', unit: 'kg', productId: null };
    expect(transformationBody(value, 'st_drying', {})).toEqual({
      stageId: 'st_drying',
      inputs: [{ lotId: fakeLot(1).id, quantity: 12.5, unit: 'kg' }],
      outputs: [{ code: 'S-1', quantity: 10, unit: 'kg' }],
      data: {},
    });
  });
});
