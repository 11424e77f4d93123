import type { CloseStageBody, RecordView } from '@nguon/contracts';
import { missingJobs, stageJobs } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { bothLanguages } from './lot-views';
import { newRecordDraft } from './record-chain';
import { eventTimeOf } from './record-data';
import { appendOne, lockLot, progressOf } from './record-stage';
import { assertStageNotClosed, jobsMissingError } from './stage-job-rules';
import { assertLotOpen, assertStageAvailable } from './stage-rules';
import { pinnedVersion, requireStage } from './version-definitions';

/**
 * Finishes a stage with jobs on a lot: a close record in its chain (data {} or { note }). Refused while a
 * required job is short of records (STAGE_JOBS_MISSING), and once the stage is closed (STAGE_CLOSED).
 */
export async function closeStage(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; stageId: string },
  body: CloseStageBody,
): Promise<RecordView> {
  const actor = requireTenantAction(principal, 'lots.record');
  const now = ctx.now();
  const eventTime = eventTimeOf(body.eventTime, now);
  return withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    const lot = await lockLot(trx, actor.tenantId, params.id);
    const version = await pinnedVersion(trx, actor.tenantId, lot.process_version_id);
    const stage = requireStage(version, params.stageId, '/params/stageId');
    if (stageJobs(stage).length === 0)
      throw new AppError('STAGE_HAS_NO_JOBS', { stage: bothLanguages(stage.name) }, '/params/stageId');
    assertLotOpen(lot);
    const progress = await progressOf(trx, actor.tenantId, lot);
    assertStageNotClosed(lot, version, stage, progress);
    assertStageAvailable(lot, version, stage, progress, '/params/stageId');
    const missing = missingJobs(stage, progress.jobs.get(stage.id) ?? new Map());
    if (missing.length > 0) throw jobsMissingError(stage, missing);
    const note = body.note?.trim();
    const draft = newRecordDraft({
      id: ctx.newId(),
      stage,
      versionId: version.id,
      by: actor.userId,
      now,
      data: note ? { note } : {},
      eventTime,
      location: null,
      closedBy: { kind: 'clerk' },
    });
    const view = await appendOne(trx, actor, lot, progress, draft, []);
    // closing may complete the lot, which its page shows
    announcePublicChanges(unit, [traceTags.lot(lot.id)]);
    return view;
  });
}
