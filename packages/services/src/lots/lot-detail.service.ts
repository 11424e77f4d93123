import type { LotDetail, LotLinkView, StageEntryView, StageFormView } from '@nguon/contracts';
import { type Db, findLotNeighbours, findLots, type LinkedLot, listLotRecords } from '@nguon/db';
import { findStageJob, stageBindsLabels } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { boundLabelsOf, recordLabelRuns } from '../label-binding/record-labels';
import { loadProgress, stageViews } from './lot-progress';
import { toLotSummary, toRecordView } from './lot-views';
import { requireLot } from './lots.service';
import { resolveJob, waitsFor } from './stage-job-rules';
import { jobNamesOf, pinnedVersion, requireStage } from './version-definitions';

/** The form of a stage of a version, or of one of its jobs (a job record's). */
async function stageForm(
  db: Db,
  tenantId: string,
  versionId: string,
  stageId: string,
  jobId: string | null = null,
): Promise<StageFormView> {
  const version = await pinnedVersion(db, tenantId, versionId);
  const stage = requireStage(version, stageId, '/stageId');
  const job = jobId === null ? undefined : findStageJob(stage, jobId);
  const { form } = job ?? stage;
  return {
    processVersionId: versionId,
    stageId,
    ...(job ? { jobId: job.id } : {}),
    schema: form.schema,
    uiSchema: form.uiSchema,
  };
}

async function linkViews(db: Db, tenantId: string, links: LinkedLot[]): Promise<LotLinkView[]> {
  const lots = new Map(
    (
      await findLots(
        db,
        tenantId,
        links.map((link) => link.lot_id),
      )
    ).map((lot) => [lot.id, lot]),
  );
  return links.flatMap((link) => {
    const lot = lots.get(link.lot_id);
    return lot
      ? [
          {
            lot: toLotSummary(lot),
            transformationId: link.transformation_id,
            // what moved, in the parent's unit: the other lot's for a parent, this lot's for a child
            quantity: link.quantity,
            unit: link.unit,
          },
        ]
      : [];
  });
}

/** A lot with its stages, every record shown with its own version's form, and one step of genealogy each way. */
export async function getLot(ctx: ServiceContext, principal: Principal, id: string): Promise<LotDetail> {
  const actor = requireTenantAction(principal, 'lots.read');
  const lot = await requireLot(ctx.db, actor.tenantId, id);
  const version = await pinnedVersion(ctx.db, actor.tenantId, lot.process_version_id);
  const progress = (await loadProgress(ctx.db, actor.tenantId, [lot])).get(lot.id);
  const rows = await listLotRecords(ctx.db, actor.tenantId, lot.id);
  const labels = await recordLabelRuns(ctx.db, { lotIds: [lot.id] });
  const bound = await boundLabelsOf(ctx.db, labels);
  const records = [];
  const forms = new Map<string, StageFormView>();
  for (const row of rows) {
    const key = `${row.process_version_id}:${row.stage_id}:${row.job_id ?? ''}`;
    if (!forms.has(key))
      forms.set(
        key,
        await stageForm(ctx.db, actor.tenantId, row.process_version_id, row.stage_id, row.job_id),
      );
    const recordVersion = await pinnedVersion(ctx.db, actor.tenantId, row.process_version_id);
    const stageName = requireStage(recordVersion, row.stage_id, '/stageId').name;
    records.push(
      toRecordView(row, stageName, labels.get(row.id), bound.get(row.id), jobNamesOf(recordVersion)),
    );
  }
  const neighbours = await findLotNeighbours(ctx.db, actor.tenantId, lot.id);
  return {
    lot: toLotSummary(lot),
    stages: progress ? stageViews(version, progress) : [],
    records,
    forms: [...forms.values()],
    parents: await linkViews(ctx.db, actor.tenantId, neighbours.parents),
    children: await linkViews(ctx.db, actor.tenantId, neighbours.children),
  };
}

/**
 * The form of one stage of a lot, from the lot's pinned version, with the stage's state for the lot; at a stage
 * with jobs, the form of the job asked for (`jobId`), the job's state, and the waiting periods that apply.
 */
export async function getStageEntry(
  ctx: ServiceContext,
  principal: Principal,
  lotId: string,
  stageId: string,
  jobId?: string,
): Promise<StageEntryView> {
  const actor = requireTenantAction(principal, 'lots.read');
  const lot = await requireLot(ctx.db, actor.tenantId, lotId);
  const version = await pinnedVersion(ctx.db, actor.tenantId, lot.process_version_id);
  const stage = requireStage(version, stageId, '/params/stageId');
  const job = resolveJob(lot, stage, jobId);
  const progress = (await loadProgress(ctx.db, actor.tenantId, [lot])).get(lot.id);
  const state = progress
    ? stageViews(version, progress).find((view) => view.stageId === stage.id)
    : undefined;
  if (!state) throw new Error(`stage ${stage.id} has no state`);
  const target = { stageId: stage.id, jobId: job?.id ?? null };
  const waits = await waitsFor(ctx.db, lot, version.definition, target);
  return {
    lot: toLotSummary(lot),
    stage: { ...state, yieldRange: stage.yieldRange, bindsLabels: stageBindsLabels(stage) },
    ...(job ? { job: state.jobs?.find((candidate) => candidate.jobId === job.id) } : {}),
    ...(waits.length > 0
      ? {
          waiting: waits.map((wait) => ({
            afterJobName: wait.afterJob.name,
            afterEventTime: wait.afterEventTime,
            days: wait.days,
            firstAllowedDay: wait.firstAllowedDay,
            onBreach: wait.onBreach,
          })),
        }
      : {}),
    form: await stageForm(ctx.db, actor.tenantId, version.id, stage.id, job?.id ?? null),
  };
}
