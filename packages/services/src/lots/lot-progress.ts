import type { LotStageView } from '@nguon/contracts';
import { countCurrentStageRecords, type Db, type LotRow } from '@nguon/db';
import { type LotProgress, lotStages } from '@nguon/domain';
import { toStageRef } from './lot-views';
import type { PinnedVersion } from './version-definitions';

type LotFacts = Pick<LotRow, 'id' | 'status' | 'remaining' | 'made_at_stage_id'>;

/** Nothing waits for a lot that is completed, recalled or used up by transformations. */
export const isLotOpen = (lot: LotFacts) => lot.status === 'in_progress' && lot.remaining > 0;

/**
 * A recalled lot with material left may still go into a transformation: what happened to the material must be
 * recordable, and what it makes joins the recall (recall-joins.ts). It takes no other record nor label.
 */
export const isLotTransformable = (lot: LotFacts) =>
  (lot.status === 'in_progress' || lot.status === 'recalled') && lot.remaining > 0;

/** What the availability rules need of each lot: its current stage records, counted in one query. */
export async function loadProgress(
  db: Db,
  tenantId: string,
  lots: readonly LotFacts[],
  isOpen: (lot: LotFacts) => boolean = isLotOpen,
): Promise<Map<string, LotProgress>> {
  const counts = await countCurrentStageRecords(
    db,
    tenantId,
    lots.map((lot) => lot.id),
  );
  const recorded = new Map(lots.map((lot) => [lot.id, new Map<string, number>()]));
  for (const row of counts) recorded.get(row.lot_id)?.set(row.stage_id, row.n);
  return new Map(
    lots.map((lot) => [
      lot.id,
      {
        recorded: recorded.get(lot.id) ?? new Map(),
        madeAtStageId: lot.made_at_stage_id,
        open: isOpen(lot),
      },
    ]),
  );
}

/** Every stage of the lot's version with its state for the lot. */
export function stageViews(version: PinnedVersion, progress: LotProgress): LotStageView[] {
  const byId = new Map(version.definition.stages.map((stage) => [stage.id, stage]));
  return lotStages(version.definition, progress).flatMap((state) => {
    const stage = byId.get(state.stageId);
    return stage ? [{ ...toStageRef(stage), state: state.state, timesRecorded: state.timesRecorded }] : [];
  });
}
