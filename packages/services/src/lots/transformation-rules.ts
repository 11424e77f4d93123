import type { CreateTransformationBody } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { type Db, findProduct, type LotRow } from '@nguon/db';
import {
  type LotProgress,
  type ProcessStage,
  planTransformation,
  type TransformationFault,
} from '@nguon/domain';
import { convertQuantity } from '@nguon/forms';
import { AppError } from '../errors/app-error';
import { isLotTransformable } from './lot-progress';
import { bothLanguages } from './lot-views';
import { assertLotOpen, assertStageAvailable } from './stage-rules';
import { type PinnedVersion, requireStage } from './version-definitions';

export interface InputLot {
  lot: LotRow;
  version: PinnedVersion;
}

/** Every input lot exists once, follows the process, is open and waits at the transformation stage. */
export function assertInputsReady(
  body: CreateTransformationBody,
  inputs: readonly InputLot[],
  progress: ReadonlyMap<string, LotProgress>,
): void {
  const first = inputs[0];
  if (!first) return;
  const stageName = bothLanguages(requireStage(first.version, body.stageId, '/stageId').name);
  inputs.forEach(({ lot, version }, i) => {
    const path = `/inputs/${i}/lotId`;
    if (inputs.findIndex((other) => other.lot.id === lot.id) !== i) {
      throw new AppError('DUPLICATE_INPUT_LOT', { code: lot.code }, path);
    }
    const stage = version.definition.stages.find((candidate) => candidate.id === body.stageId);
    if (lot.process_id !== first.lot.process_id || !stage) {
      throw new AppError('TRANSFORMATION_PROCESS_MISMATCH', { code: lot.code, stage: stageName }, path);
    }
    if (stage.kind !== 'transformation') {
      throw new AppError('NOT_A_TRANSFORMATION_STAGE', { stage: bothLanguages(stage.name) }, '/stageId');
    }
    if (!isLotTransformable(lot)) assertLotOpen(lot, path);
    const lotProgress = progress.get(lot.id);
    if (lotProgress) assertStageAvailable(lot, version, stage, lotProgress, path);
  });
}

function faultError(fault: TransformationFault, inputs: readonly InputLot[]): AppError {
  switch (fault.kind) {
    case 'duplicate_input':
      return new AppError(
        'DUPLICATE_INPUT_LOT',
        { code: inputs[fault.index]?.lot.code ?? '' },
        `/inputs/${fault.index}/lotId`,
      );
    case 'unit_mismatch':
      return new AppError(
        'UNIT_MISMATCH',
        { unit: fault.unit, expected: fault.expected },
        `/${fault.side}/${fault.index}/unit`,
      );
    case 'exceeds_remaining':
      return new AppError(
        'QUANTITY_EXCEEDS_REMAINING',
        { code: inputs[fault.index]?.lot.code ?? '', remaining: `${fault.remaining} ${fault.unit}` },
        `/inputs/${fault.index}/quantity`,
      );
  }
}

/** The quantities taken from each input (in its unit) and the yield, or the first quantity fault as an error. */
export function quantityPlan(
  body: CreateTransformationBody,
  inputs: readonly InputLot[],
  stage: ProcessStage,
) {
  const result = planTransformation(
    body.inputs.map((input, i) => ({
      ...input,
      remaining: inputs[i]?.lot.remaining ?? 0,
      lotUnit: inputs[i]?.lot.unit ?? input.unit,
    })),
    body.outputs,
    stage.yieldRange,
    convertQuantity,
  );
  if (!result.ok) throw faultError(result.faults[0]!, inputs);
  return result.plan;
}

/** An output lot's product: the tenant's, not archived, following the same process as the inputs. */
export async function requireOutputProduct(
  db: Db,
  tenantId: string,
  productId: string,
  processId: string,
  path: string,
) {
  const product = await findProduct(db, tenantId, productId);
  if (!product || product.archived_at !== null) {
    throw new AppError('NOT_FOUND', { resource: resourceNames.product }, path);
  }
  if (product.process_id !== processId) {
    const detail = { kind: 'message', key: 'lots.detail.otherProcess' } as const;
    throw new AppError('VALIDATION_FAILED', { path, detail }, path);
  }
  return product;
}
