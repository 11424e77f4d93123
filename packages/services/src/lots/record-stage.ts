import type { CorrectRecordBody, RecordStageBody, RecordView } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { type Db, findLotRecord, type LotRow, lockLots } from '@nguon/db';
import { findStageJob, type LotProgress } from '@nguon/domain';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import type { ResolvedLabels } from '../label-binding/label-selection';
import { bindRecordLabels, checkRecordLabels } from '../label-binding/lot-labels';
import { boundLabelsOf, recordLabelRuns } from '../label-binding/record-labels';
import { announcePublicChanges, batchTagsOf } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { type LoadedProgress, loadProgress } from './lot-progress';
import { bothLanguages, recordContentOf, toRecordView } from './lot-views';
import { joinRecallsOfNamedItems } from './recall-joins';
import { appendRecords, newRecordDraft, type RecordDraft } from './record-chain';
import {
  assertValidRecordData,
  eventTimeOf,
  publishRecordPhotos,
  recordFormOf,
  republishRecordPhotos,
} from './record-data';
import { refreshRecordedQuantity } from './recorded-quantity';
import {
  assertJobNotDone,
  assertStageNotClosed,
  checkWaitingPeriods,
  resolveJob,
  stagesClosedByFollowing,
} from './stage-job-rules';
import { assertLotOpen, assertStageAvailable, statusAfter } from './stage-rules';
import { jobNamesOf, pinnedVersion, requireStage } from './version-definitions';

export async function lockLot(db: Db, tenantId: string, id: string): Promise<LotRow> {
  const [lot] = await lockLots(db, tenantId, [id]);
  if (!lot) throw new AppError('NOT_FOUND', { resource: resourceNames.lot });
  return lot;
}

export async function recordView(
  db: Db,
  tenantId: string,
  lotId: string,
  recordId: string,
): Promise<RecordView> {
  const row = await findLotRecord(db, tenantId, lotId, recordId);
  if (!row) throw new Error(`record ${recordId} vanished inside its own transaction`);
  const version = await pinnedVersion(db, tenantId, row.process_version_id);
  const runs = await recordLabelRuns(db, { recordIds: [recordId] });
  const bound = await boundLabelsOf(db, runs);
  return toRecordView(
    row,
    requireStage(version, row.stage_id, '/stageId').name,
    runs.get(recordId),
    bound.get(recordId),
    jobNamesOf(version),
  );
}

export async function progressOf(db: Db, tenantId: string, lot: LotRow): Promise<LoadedProgress> {
  const progress = (await loadProgress(db, tenantId, [lot])).get(lot.id);
  if (!progress) throw new Error('a locked lot has no progress');
  return progress;
}

/**
 * Appends a record to a locked lot, after the close records it causes (`closes`), and moves the lot's status,
 * binding its checked labels; answers the record as stored.
 */
export async function appendOne(
  db: Db,
  actor: TenantActor,
  lot: LotRow,
  progress: LotProgress,
  draft: RecordDraft,
  catalogItemIds: readonly string[],
  binding?: { labels: ResolvedLabels; newId: () => string },
  closes: readonly RecordDraft[] = [],
): Promise<RecordView> {
  const version = await pinnedVersion(db, actor.tenantId, lot.process_version_id);
  const recorded = new Map(progress.recorded);
  if (draft.kind === 'stage' && draft.supersedes === null) {
    recorded.set(draft.stageId, (recorded.get(draft.stageId) ?? 0) + 1);
  }
  const closed = new Set([
    ...(progress.closed ?? []),
    ...[draft, ...closes].flatMap((d) => (d.kind === 'close' ? [d.stageId] : [])),
  ]);
  const status = statusAfter(lot, version, { ...progress, recorded, closed });
  // close records only: the one record's catalog items are indexed with it alone
  if (closes.length > 0)
    await appendRecords(db, lot, closes, { remaining: lot.remaining, status: lot.status });
  const head = closes.length > 0 ? await lockLot(db, actor.tenantId, lot.id) : lot;
  await appendRecords(db, head, [draft], { remaining: lot.remaining, status }, catalogItemIds);
  if (binding) {
    const record = { id: draft.id, by: actor.userId, at: new Date(draft.recordedAt), newId: binding.newId };
    await bindRecordLabels(db, binding.labels, lot, record);
  }
  // a record of the stage that sets the lot's quantity moves it (and what is left); an error rolls back
  if (draft.kind === 'stage')
    await refreshRecordedQuantity(db, lot, requireStage(version, draft.stageId, '/stageId'));
  return recordView(db, actor.tenantId, lot.id, draft.id);
}

/** Records an available stage of a lot, validated by the stage form of the lot's pinned version. */
export async function recordStage(
  ctx: ServiceContext,
  principal: Principal,
  lotId: string,
  body: RecordStageBody,
): Promise<RecordView> {
  const actor = requireTenantAction(principal, 'lots.record');
  const now = ctx.now();
  const eventTime = eventTimeOf(body.eventTime, now);
  return withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    const lot = await lockLot(trx, actor.tenantId, lotId);
    const version = await pinnedVersion(trx, actor.tenantId, lot.process_version_id);
    const stage = requireStage(version, body.stageId, '/stageId');
    if (stage.kind === 'transformation') {
      throw new AppError('NOT_A_PLAIN_STAGE', { stage: bothLanguages(stage.name) }, '/stageId');
    }
    const job = resolveJob(lot, stage, body.jobId);
    assertLotOpen(lot);
    const progress = await progressOf(trx, actor.tenantId, lot);
    if (job) {
      assertStageNotClosed(lot, version, stage, progress);
      assertStageAvailable(lot, version, stage, progress, '/stageId');
      assertJobNotDone(lot, job, progress, stage);
    } else assertStageAvailable(lot, version, stage, progress, '/stageId');
    const form = recordFormOf(stage, job);
    const itemIds = await assertValidRecordData(trx, actor.tenantId, version.id, form, body.data);
    const target = { stageId: stage.id, jobId: job?.id ?? null, name: (job ?? stage).name };
    const waitingFlags = await checkWaitingPeriods(trx, lot, version.definition, target, eventTime);
    await publishRecordPhotos(trx, actor.tenantId, version.id, form, body.data);
    // checked before anything is stored: a refused label refuses the record
    const labels = body.labels && (await checkRecordLabels(trx, actor.tenantId, lot, stage, body.labels));
    const id = ctx.newId();
    const draft = newRecordDraft({
      id,
      stage,
      versionId: version.id,
      by: actor.userId,
      now,
      data: body.data,
      eventTime,
      location: body.location ?? null,
      ...(labels ? { labels: labels.runs } : {}),
      ...(job ? { job } : {}),
      waitingFlags,
    });
    // the stages with jobs this record follows close first, in the same chain and transaction
    const closes = stagesClosedByFollowing(version, stage, progress).map((closing) =>
      newRecordDraft({
        id: ctx.newId(),
        stage: closing,
        versionId: version.id,
        by: actor.userId,
        now,
        data: {},
        eventTime,
        location: null,
        closedBy: { kind: 'following', recordId: id },
      }),
    );
    const view = await appendOne(
      trx,
      actor,
      lot,
      progress,
      draft,
      itemIds,
      labels ? { labels, newId: ctx.newId } : undefined,
      closes,
    );
    await joinRecallsOfNamedItems(trx, { tenantId: actor.tenantId, lot, itemIds, at: now, newId: ctx.newId });
    // the lot's page, and the pages of the labels this record activates
    announcePublicChanges(unit, [traceTags.lot(lot.id), ...batchTagsOf(labels?.runs ?? [])]);
    return view;
  });
}

/** Corrects a stage record: a new record with the same stage and version that supersedes it, with a reason. */
export async function correctRecord(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; recordId: string },
  body: CorrectRecordBody,
): Promise<RecordView> {
  const actor = requireTenantAction(principal, 'lots.record');
  const now = ctx.now();
  const requestedTime = body.eventTime === undefined ? undefined : eventTimeOf(body.eventTime, now);
  return withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    const lot = await lockLot(trx, actor.tenantId, params.id);
    const old = await findLotRecord(trx, actor.tenantId, lot.id, params.recordId);
    if (!old) throw new AppError('NOT_FOUND', { resource: resourceNames.record });
    if (old.kind !== 'stage') throw new AppError('RECORD_NOT_CORRECTABLE');
    if (old.superseded_by !== null) throw new AppError('RECORD_SUPERSEDED');
    const version = await pinnedVersion(trx, actor.tenantId, old.process_version_id);
    const stage = requireStage(version, old.stage_id, '/stageId');
    // a job record stays a record of its job
    const job = old.job_id === null ? undefined : findStageJob(stage, old.job_id);
    const form = recordFormOf(stage, job);
    const itemIds = await assertValidRecordData(trx, actor.tenantId, version.id, form, body.data);
    const eventTime = requestedTime ?? old.event_time;
    const target = { stageId: stage.id, jobId: job?.id ?? null, name: (job ?? stage).name };
    const waitingFlags = await checkWaitingPeriods(trx, lot, version.definition, target, eventTime, old.id);
    const corrected = { recordId: old.id, data: recordContentOf(old).data };
    await republishRecordPhotos(trx, actor.tenantId, corrected, version.id, form, body.data);
    const draft = newRecordDraft({
      id: ctx.newId(),
      stage,
      versionId: version.id,
      by: actor.userId,
      now,
      data: body.data,
      eventTime,
      location: body.location === undefined ? recordContentOf(old).location : body.location,
      supersedes: { id: old.id, reason: body.reason.trim() },
      ...(job ? { job } : {}),
      waitingFlags,
    });
    const progress = await progressOf(trx, actor.tenantId, lot);
    const view = await appendOne(trx, actor, lot, progress, draft, itemIds);
    await joinRecallsOfNamedItems(trx, { tenantId: actor.tenantId, lot, itemIds, at: now, newId: ctx.newId });
    announcePublicChanges(unit, [traceTags.lot(lot.id)]);
    return view;
  });
}
