import { type Db, type LotRow, listLatestJobRecords } from '@nguon/db';
import {
  type ApplicableWait,
  applicableWaits,
  findStageJob,
  type LatestJobRecord,
  lotStages,
  type MissingJob,
  type ProcessDefinition,
  type ProcessStage,
  predecessors,
  type StageJob,
  stageJobs,
  type WaitingFlag,
  type WaitingTarget,
  waitingBreaches,
} from '@nguon/domain';
import { AppError } from '../errors/app-error';
import type { LoadedProgress } from './lot-progress';
import { bothLanguages } from './lot-views';
import type { PinnedVersion } from './version-definitions';

/** A YYYY-MM-DD day as messages show it: dd/MM/yyyy. */
export const shownDay = (day: string) => day.split('-').reverse().join('/');

/** The local (Asia/Ho_Chi_Minh) day of an instant, as messages show it. */
const shownLocalDay = (time: string) =>
  shownDay(new Date(Date.parse(time) + 7 * 3600_000).toISOString().slice(0, 10));

/**
 * The job a record names: a stage with jobs needs one of its own (STAGE_JOB_REQUIRED, STAGE_JOB_UNKNOWN), a
 * stage without jobs takes none (STAGE_JOB_UNKNOWN). Undefined for a record of a stage without jobs.
 */
export function resolveJob(
  lot: LotRow,
  stage: ProcessStage,
  jobId: string | undefined,
): StageJob | undefined {
  const hasJobs = stageJobs(stage).length > 0;
  if (jobId === undefined) {
    if (hasJobs) throw new AppError('STAGE_JOB_REQUIRED', { stage: bothLanguages(stage.name) }, '/jobId');
    return undefined;
  }
  const job = findStageJob(stage, jobId);
  if (!job)
    throw new AppError('STAGE_JOB_UNKNOWN', { stage: bothLanguages(stage.name), code: lot.code }, '/jobId');
  return job;
}

/** STAGE_CLOSED once the lot's stage is closed (a waiting stage is the caller's STAGE_NOT_AVAILABLE). */
export function assertStageNotClosed(
  lot: LotRow,
  version: PinnedVersion,
  stage: ProcessStage,
  progress: LoadedProgress,
) {
  const state = lotStages(version.definition, progress).find((candidate) => candidate.stageId === stage.id);
  if (state?.state === 'done')
    throw new AppError('STAGE_CLOSED', { stage: bothLanguages(stage.name), code: lot.code });
}

/** STAGE_JOB_DONE for a once-only job the lot already has (its latest record's day named). */
export function assertJobNotDone(
  lot: LotRow,
  job: StageJob,
  progress: LoadedProgress,
  stage: ProcessStage,
): void {
  const times = progress.jobs.get(stage.id)?.get(job.id) ?? 0;
  if (job.repeatable || times === 0) return;
  const last = progress.lastJobTimes.get(job.id);
  const date = last ? shownLocalDay(last) : '';
  throw new AppError('STAGE_JOB_DONE', { job: bothLanguages(job.name), code: lot.code, date }, '/jobId');
}

/** STAGE_JOBS_MISSING, naming each missing job with what it has and needs: "Bón phân (1/2), Làm cỏ (0/1)". */
export function jobsMissingError(stage: ProcessStage, missing: readonly MissingJob[]): AppError {
  const list = (names: string[]) => missing.map((m, i) => `${names[i]} (${m.have}/${m.needed})`).join(', ');
  const names = bothLanguagesOfAll(missing.map((m) => m.job.name));
  return new AppError('STAGE_JOBS_MISSING', {
    stage: bothLanguages(stage.name),
    missing: { vi: list(names.vi), en: list(names.en) },
  });
}

function bothLanguagesOfAll(names: readonly { vi: string; en: string }[]) {
  const both = names.map(bothLanguages);
  return { vi: both.map((name) => name.vi), en: both.map((name) => name.en) };
}

/** The lot's latest records of the jobs the target's waiting periods count from; `except` a corrected record. */
async function latestForWaits(
  db: Db,
  lot: LotRow,
  definition: ProcessDefinition,
  target: WaitingTarget,
  except: string | null,
): Promise<Map<string, LatestJobRecord>> {
  const stage = definition.stages.find((candidate) => candidate.id === target.stageId);
  const job = stage && target.jobId !== null ? findStageJob(stage, target.jobId) : undefined;
  const periods = (job ? job.waitingPeriods : stage?.waitingPeriods) ?? [];
  const rows = await listLatestJobRecords(
    db,
    lot.tenant_id,
    lot.id,
    [...new Set(periods.map((p) => p.afterJobId))],
    except,
  );
  return new Map(
    rows.flatMap((row) =>
      row.job_id === null
        ? []
        : [
            [
              row.job_id,
              {
                recordId: row.id,
                stageId: row.stage_id,
                eventTime: row.event_time.toISOString(),
                data: (row.data ?? {}) as Record<string, unknown>,
              },
            ] as const,
          ],
    ),
  );
}

/** The waiting periods that apply to a new record of the target now (for the entry form to show). */
export async function waitsFor(
  db: Db,
  lot: LotRow,
  definition: ProcessDefinition,
  target: WaitingTarget,
): Promise<ApplicableWait[]> {
  return applicableWaits(definition, target, await latestForWaits(db, lot, definition, target, null));
}

/**
 * Checks a record of the target at `eventTime` against its waiting periods: a "refuse" breach refuses it
 * (WAITING_PERIOD_NOT_OVER, nothing stored); "warn" breaches come back as the flags stored with it.
 */
export async function checkWaitingPeriods(
  db: Db,
  lot: LotRow,
  definition: ProcessDefinition,
  target: WaitingTarget & { name: { vi: string; en: string } },
  eventTime: Date,
  except: string | null = null,
): Promise<WaitingFlag[]> {
  const latest = await latestForWaits(db, lot, definition, target, except);
  const breaches = waitingBreaches(definition, target, latest, eventTime);
  const refused = breaches.find((breach) => breach.onBreach === 'refuse');
  if (refused) {
    throw new AppError(
      'WAITING_PERIOD_NOT_OVER',
      {
        stage: bothLanguages(target.name),
        job: bothLanguages(refused.afterJob.name),
        date: shownLocalDay(refused.afterEventTime),
        days: refused.days,
        firstDay: shownDay(refused.firstAllowedDay),
      },
      '/eventTime',
    );
  }
  return breaches.map(({ afterStageId, afterJob, afterRecordId, afterEventTime, days, firstAllowedDay }) => ({
    afterStageId,
    afterJobId: afterJob.id,
    afterRecordId,
    afterEventTime,
    days,
    firstAllowedDay,
  }));
}

/**
 * The stages with jobs a record of `stage` closes: its predecessors that close when followed, are still open
 * and have every required job (else the stage would not have been available).
 */
export function stagesClosedByFollowing(
  version: PinnedVersion,
  stage: ProcessStage,
  progress: LoadedProgress,
): ProcessStage[] {
  const states = new Map(lotStages(version.definition, progress).map((state) => [state.stageId, state]));
  const before = predecessors(version.definition).get(stage.id) ?? [];
  return version.definition.stages.filter(
    (candidate) =>
      before.includes(candidate.id) &&
      candidate.closeWhenFollowed === true &&
      states.get(candidate.id)?.jobs !== undefined &&
      states.get(candidate.id)?.state === 'available',
  );
}
