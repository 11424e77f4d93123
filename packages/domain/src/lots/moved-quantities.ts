import type { ConvertQuantity } from './transformation-quantities';

/** An input of a transformation: what was taken from the lot, in the lot's unit. */
export interface MovedInput {
  lotId: string;
  taken: number;
}

/** An output of a transformation: what the new lot holds, in its unit. */
export interface MovedOutput {
  lotId: string;
  quantity: number;
  unit: string;
}

/** What moved from one input to one output, in the input's unit. */
export interface MovedLink {
  parentLotId: string;
  childLotId: string;
  quantity: number;
  /** Several inputs and several outputs: which input went where is not known, the share is proportional. */
  proportional: boolean;
}

/**
 * Shares each input's taken quantity among the outputs by their quantities (q_in * q_out / sum q_out): exact for
 * a merge (one output takes all) and a split (one input), proportional for many-to-many. What an input gave adds
 * up to what was taken from it, whatever was lost on the way; outputs in different units are shared once
 * converted to the first output's unit. The same rule fills links stored before it (migration 0019).
 */
export function movedQuantities(
  inputs: readonly MovedInput[],
  outputs: readonly MovedOutput[],
  convert: ConvertQuantity,
): MovedLink[] {
  const base = outputs[0]?.unit ?? '';
  const weights = outputs.map((output) => convert(output.quantity, output.unit, base) ?? output.quantity);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const proportional = inputs.length > 1 && outputs.length > 1;
  return inputs.flatMap((input) =>
    outputs.map((output, i) => ({
      parentLotId: input.lotId,
      childLotId: output.lotId,
      // a single output takes exactly what was taken: no float noise from the division
      quantity: outputs.length === 1 ? input.taken : (input.taken * (weights[i] ?? 0)) / total,
      proportional,
    })),
  );
}
