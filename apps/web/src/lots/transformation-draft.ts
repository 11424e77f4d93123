import type { CreateTransformationBody, LotSummary } from '@nguon/contracts/client';
import { planTransformation, type TransformationFault, type YieldRange } from '@nguon/domain';
import { convertQuantity, typedNumberValue } from '@nguon/forms';
import { type QuantityProblem, quantityProblem } from './lot-text';

/** An input lot the clerk ticked, with what they take from it as typed. */
export interface InputRow {
  lotId: string;
  quantity: string;
  unit: string;
}

/** A lot the transformation makes; code and product may stay blank (pattern, first input's product). */
export interface OutputRow {
  key: number;
  code: string;
  quantity: string;
  unit: string;
  productId: string | null;
}

export interface TransformationDraft {
  inputs: InputRow[];
  outputs: OutputRow[];
}

let outputSerial = 0;
export function newOutputRow(unit: string): OutputRow {
  outputSerial += 1;
  return { key: outputSerial, code: '', quantity: '', unit, productId: null };
}

/** Ticks a lot (taking all it has left, in its unit) or unticks it. */
export function toggleInput(
  draft: TransformationDraft,
  lot: LotSummary,
  quantityText: string,
): TransformationDraft {
  const chosen = draft.inputs.some((row) => row.lotId === lot.id);
  const inputs = chosen
    ? draft.inputs.filter((row) => row.lotId !== lot.id)
    : [...draft.inputs, { lotId: lot.id, quantity: quantityText, unit: lot.unit }];
  return { ...draft, inputs };
}

export interface YieldView {
  percent: number | null;
  flag: 'below' | 'above' | null;
  totalIn: number;
  totalOut: number;
  unit: string;
}

export type YieldResult =
  | { ok: true; yield: YieldView }
  | { ok: false; faults: TransformationFault[] }
  | null;

const sumIn = (values: readonly { quantity: number; unit: string }[], unit: string) =>
  values.reduce((total, value) => total + (convertQuantity(value.quantity, value.unit, unit) ?? 0), 0);

/** The live yield and the rules the server applies (remaining, units); null until every quantity is a number. */
export function yieldOf(
  draft: TransformationDraft,
  lots: readonly LotSummary[],
  range: YieldRange | null,
): YieldResult {
  const inputs = draft.inputs.map((row) => {
    const lot = lots.find((candidate) => candidate.id === row.lotId);
    const quantity = typedNumberValue(row.quantity);
    return lot && quantity !== null
      ? { lotId: row.lotId, quantity, unit: row.unit, remaining: lot.remaining, lotUnit: lot.unit }
      : null;
  });
  const outputs = draft.outputs.map((row) => {
    const quantity = typedNumberValue(row.quantity);
    return quantity === null ? null : { quantity, unit: row.unit };
  });
  const complete = (list: readonly unknown[]) => list.length > 0 && list.every((entry) => entry !== null);
  if (!complete(inputs) || !complete(outputs)) return null;
  const ins = inputs.flatMap((entry) => (entry ? [entry] : []));
  const outs = outputs.flatMap((entry) => (entry ? [entry] : []));
  const result = planTransformation(ins, outs, range, convertQuantity);
  if (!result.ok) return result;
  const unit = ins[0]?.lotUnit ?? '';
  const view = { percent: result.plan.yieldPercent, flag: result.plan.yieldFlag, unit };
  return { ok: true, yield: { ...view, totalIn: sumIn(ins, unit), totalOut: sumIn(outs, unit) } };
}

export type RowProblem = QuantityProblem;

/** What must be fixed before sending, by the body's JSON pointer (`/inputs/0/quantity`). */
export function draftProblems(draft: TransformationDraft): Map<string, RowProblem> {
  const problems = new Map<string, RowProblem>();
  const check = (pointer: string, text: string) => {
    const problem = quantityProblem(text);
    if (problem) problems.set(pointer, problem);
  };
  for (const [index, row] of draft.inputs.entries()) check(`/inputs/${index}/quantity`, row.quantity);
  for (const [index, row] of draft.outputs.entries()) check(`/outputs/${index}/quantity`, row.quantity);
  return problems;
}

/** The request body; rows are sent in the order shown, so the server's `/inputs/{i}` paths point at them. */
export function transformationBody(
  draft: TransformationDraft,
  stageId: string,
  data: Record<string, unknown>,
): Omit<CreateTransformationBody, 'eventTime' | 'location'> {
  return {
    stageId,
    inputs: draft.inputs.map((row) => ({
      lotId: row.lotId,
      quantity: typedNumberValue(row.quantity) ?? 0,
      unit: row.unit,
    })),
    outputs: draft.outputs.map((row) => ({
      ...(row.productId ? { productId: row.productId } : {}),
      ...(row.code.trim() ? { code: row.code.trim() } : {}),
      quantity: typedNumberValue(row.quantity) ?? 0,
      unit: row.unit,
    })),
    data,
  };
}
