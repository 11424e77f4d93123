import type { YieldRange } from '../processes/process-definition';

/** Converts a quantity between unit codes; null when the units do not convert (forms' `convertQuantity`). */
export type ConvertQuantity = (value: number, fromUnit: string, toUnit: string) => number | null;

export interface TransformationInput {
  lotId: string;
  quantity: number;
  unit: string;
  /** What the lot has left, in the lot's own unit. */
  remaining: number;
  lotUnit: string;
}

export interface TransformationOutput {
  quantity: number;
  unit: string;
}

export type TransformationFault =
  | { kind: 'duplicate_input'; index: number }
  | { kind: 'unit_mismatch'; side: 'inputs' | 'outputs'; index: number; unit: string; expected: string }
  | { kind: 'exceeds_remaining'; index: number; remaining: number; unit: string };

export interface TransformationPlan {
  /** Quantity taken from each input, in that lot's unit. */
  taken: number[];
  /** Total output / total input in percent; null when there is no input. */
  yieldPercent: number | null;
  /** Where the yield falls against the stage's declared range. */
  yieldFlag: 'below' | 'above' | null;
}

/**
 * Checks a transformation's quantities: every input is taken in a unit convertible to its lot's, never more
 * than the lot has left, and every quantity converts to the first input's unit so the yield can be computed.
 * A yield outside the stage's range is flagged, not refused: real batches vary.
 */
export function planTransformation(
  inputs: readonly TransformationInput[],
  outputs: readonly TransformationOutput[],
  yieldRange: YieldRange | null,
  convert: ConvertQuantity,
): { ok: true; plan: TransformationPlan } | { ok: false; faults: TransformationFault[] } {
  const faults: TransformationFault[] = [];
  const base = inputs[0]?.lotUnit ?? outputs[0]?.unit ?? '';
  const seen = new Set<string>();
  const taken = inputs.map((input, index) => {
    if (seen.has(input.lotId)) faults.push({ kind: 'duplicate_input', index });
    seen.add(input.lotId);
    const inLotUnit = convert(input.quantity, input.unit, input.lotUnit);
    if (inLotUnit === null) {
      faults.push({
        kind: 'unit_mismatch',
        side: 'inputs',
        index,
        unit: input.unit,
        expected: input.lotUnit,
      });
      return 0;
    }
    // a hair of float noise (0.1 + 0.2) must not refuse taking exactly what is left
    if (inLotUnit > input.remaining * (1 + 1e-9)) {
      faults.push({ kind: 'exceeds_remaining', index, remaining: input.remaining, unit: input.lotUnit });
    }
    return Math.min(inLotUnit, input.remaining);
  });
  const inBase = inputs.map((input) => convert(input.quantity, input.unit, base) ?? 0);
  const outBase = outputs.map((output, index) => {
    const value = convert(output.quantity, output.unit, base);
    if (value === null)
      faults.push({ kind: 'unit_mismatch', side: 'outputs', index, unit: output.unit, expected: base });
    return value ?? 0;
  });
  if (faults.length > 0) return { ok: false, faults };
  const totalIn = inBase.reduce((a, b) => a + b, 0);
  const totalOut = outBase.reduce((a, b) => a + b, 0);
  const yieldPercent = totalIn > 0 ? Number.parseFloat(((totalOut / totalIn) * 100).toPrecision(6)) : null;
  return { ok: true, plan: { taken, yieldPercent, yieldFlag: yieldFlagOf(yieldPercent, yieldRange) } };
}

function yieldFlagOf(percent: number | null, range: YieldRange | null): 'below' | 'above' | null {
  if (percent === null || range === null) return null;
  if (range.minPercent !== null && percent < range.minPercent) return 'below';
  if (range.maxPercent !== null && percent > range.maxPercent) return 'above';
  return null;
}
