import type { LotJobView, LotStageView } from '@nguon/contracts';
import { countCurrentStageRecords, type Db, type LotRow } from '@nguon/db';
import { type LotProgress, lotStages, type ProcessStage, stageJobs } from '@nguon/domain';
import { toStageRef } from './lot-views';
import type { PinnedVersion } from './version-definitions';

type LotFacts = Pick<LotRow, 'id' | 'status' | 'remaining' | 'made_at_stage_id'>;

/** A lot's progress as loaded: the rules' facts, and when each job was last done (for the views). */
export interface LoadedProgress extends LotProgress {
  jobs: Map<string, Map<string, number>>;
  closed: Set<string>;
  /** Job id -> the event time of its latest current record, ISO 8601. */
  lastJobTimes: Map<string, string>;
}

/** Nothing waits for a lot that is completed, recalled or used up by transformations. */
export const isLotOpen = (lot: LotFacts) => lot.status === 'in_progress' && lot.remaining > 0;

/**
 * A recalled lot with material left may still go into a transformation: what happened to the material must be
 * recordable, and what it makes joins the recall (recall-joins.ts). It takes no other record nor label.
 */
export const isLotTransformable = (lot: LotFacts) =>
  (lot.status === 'in_progress' || lot.status === 'recalled') && lot.remaining > 0;

const emptyProgress = (lot: LotFacts, open: boolean): LoadedProgress => ({
  recorded: new Map(),
  madeAtStageId: lot.made_at_stage_id,
  open,
  jobs: new Map(),
  closed: new Set(),
  lastJobTimes: new Map(),
});

/** What the availability rules need of each lot: its current stage, job and close records, counted in one query. */
export async function loadProgress(
  db: Db,
  tenantId: string,
  lots: readonly LotFacts[],
  isOpen: (lot: LotFacts) => boolean = isLotOpen,
): Promise<Map<string, LoadedProgress>> {
  const progress = new Map(lots.map((lot) => [lot.id, emptyProgress(lot, isOpen(lot))]));
  const counts = await countCurrentStageRecords(
    db,
    tenantId,
    lots.map((lot) => lot.id),
  );
  for (const row of counts) {
    const lot = progress.get(row.lot_id);
    if (!lot) continue;
    if (row.kind === 'close') {
      lot.closed.add(row.stage_id);
      continue;
    }
    const recorded = lot.recorded as Map<string, number>;
    recorded.set(row.stage_id, (recorded.get(row.stage_id) ?? 0) + row.n);
    if (row.job_id === null) continue;
    const jobs = lot.jobs.get(row.stage_id) ?? new Map<string, number>();
    jobs.set(row.job_id, row.n);
    lot.jobs.set(row.stage_id, jobs);
    lot.lastJobTimes.set(row.job_id, row.last.toISOString());
  }
  return progress;
}

function jobViews(
  stage: ProcessStage,
  states: NonNullable<ReturnType<typeof lotStages>[number]['jobs']>,
  lastJobTimes: ReadonlyMap<string, string>,
): LotJobView[] {
  return stageJobs(stage).flatMap((job) => {
    const state = states.find((candidate) => candidate.jobId === job.id);
    if (!state) return [];
    const { key, name, repeatable, required } = job;
    const { needed, timesRecorded, recordable } = state;
    const lastEventTime = lastJobTimes.get(job.id) ?? null;
    return [
      { jobId: job.id, key, name, repeatable, required, needed, timesRecorded, recordable, lastEventTime },
    ];
  });
}

/** Every stage of the lot's version with its state for the lot; a stage with jobs with its jobs too. */
export function stageViews(
  version: PinnedVersion,
  progress: LotProgress & { lastJobTimes?: ReadonlyMap<string, string> },
): LotStageView[] {
  const byId = new Map(version.definition.stages.map((stage) => [stage.id, stage]));
  return lotStages(version.definition, progress).flatMap((state) => {
    const stage = byId.get(state.stageId);
    if (!stage) return [];
    const view: LotStageView = {
      ...toStageRef(stage),
      state: state.state,
      timesRecorded: state.timesRecorded,
    };
    if (!state.jobs) return [view];
    const jobs = jobViews(stage, state.jobs, progress.lastJobTimes ?? new Map());
    const closeWhenFollowed = stage.closeWhenFollowed === true;
    return [{ ...view, jobs, closable: state.closable === true, closeWhenFollowed }];
  });
}
