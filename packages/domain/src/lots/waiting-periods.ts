import type {
  ProcessDefinition,
  StageJob,
  WaitingBreachMode,
  WaitingPeriod,
} from '../processes/process-definition';
import { stageJobs } from '../processes/process-definition';

/** Vietnam keeps UTC+7 all year (no daylight saving): a local day starts at 17:00 UTC the day before. */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** The lot's latest current record of one job, as a waiting period needs it. */
export interface LatestJobRecord {
  recordId: string;
  stageId: string;
  /** ISO 8601 UTC. */
  eventTime: string;
  data: Readonly<Record<string, unknown>>;
}

/** One waiting period that applies to a new record: what it waits after, and from when it allows it. */
export interface ApplicableWait {
  period: WaitingPeriod;
  afterJob: StageJob;
  afterStageId: string;
  afterRecordId: string;
  afterEventTime: string;
  /** The wait in whole days: the period's days, or the number the job's record gave in `fieldKey`. */
  days: number;
  /** First allowed calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD. */
  firstAllowedDay: string;
  onBreach: WaitingBreachMode;
}

/** The record a waiting period is checked for: a stage without jobs (jobId null), or a job of a stage. */
export interface WaitingTarget {
  stageId: string;
  jobId: string | null;
}

const localMidnightUtc = (time: Date | string) => {
  const local = new Date(time).getTime() + vietnamOffsetMs;
  return local - (((local % dayMs) + dayMs) % dayMs);
};

/** The first day (YYYY-MM-DD, Asia/Ho_Chi_Minh) `days` whole days after the local day of `afterEventTime`. */
export function firstAllowedDay(afterEventTime: Date | string, days: number): string {
  return new Date(localMidnightUtc(afterEventTime) + days * dayMs).toISOString().slice(0, 10);
}

/** The instant a wait ends: 00:00 Asia/Ho_Chi_Minh of its first allowed day. */
function allowedFrom(afterEventTime: string, days: number): number {
  return localMidnightUtc(afterEventTime) + days * dayMs - vietnamOffsetMs;
}

/** The periods the target's definition sets: its job's, or its stage's when the stage has no jobs. */
function periodsOf(definition: ProcessDefinition, target: WaitingTarget): readonly WaitingPeriod[] {
  const stage = definition.stages.find((candidate) => candidate.id === target.stageId);
  if (!stage) return [];
  if (target.jobId === null) return stageJobs(stage).length > 0 ? [] : (stage.waitingPeriods ?? []);
  return stageJobs(stage).find((job) => job.id === target.jobId)?.waitingPeriods ?? [];
}

function jobById(definition: ProcessDefinition, jobId: string): StageJob | undefined {
  for (const stage of definition.stages) {
    const job = stageJobs(stage).find((candidate) => candidate.id === jobId);
    if (job) return job;
  }
  return undefined;
}

/** A field-supplied wait counts when it is a finite number >= 0 (whole days, rounded up); else the period's days. */
function waitDays(period: WaitingPeriod, data: Readonly<Record<string, unknown>>): number {
  if (period.fieldKey === null) return period.days;
  const value = data[period.fieldKey];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : period.days;
}

/** Every waiting period of the target that the lot's records start: the job it waits after has a record. */
export function applicableWaits(
  definition: ProcessDefinition,
  target: WaitingTarget,
  latestByJob: ReadonlyMap<string, LatestJobRecord>,
): ApplicableWait[] {
  return periodsOf(definition, target).flatMap((period) => {
    const latest = latestByJob.get(period.afterJobId);
    const afterJob = jobById(definition, period.afterJobId);
    if (!latest || !afterJob) return [];
    const days = waitDays(period, latest.data);
    return [
      {
        period,
        afterJob,
        afterStageId: latest.stageId,
        afterRecordId: latest.recordId,
        afterEventTime: latest.eventTime,
        days,
        firstAllowedDay: firstAllowedDay(latest.eventTime, days),
        onBreach: period.onBreach,
      },
    ];
  });
}

/** The waiting periods a record of the target at `eventTime` would break (refuse first, then warn). */
export function waitingBreaches(
  definition: ProcessDefinition,
  target: WaitingTarget,
  latestByJob: ReadonlyMap<string, LatestJobRecord>,
  eventTime: Date | string,
): ApplicableWait[] {
  const at = new Date(eventTime).getTime();
  const breaches = applicableWaits(definition, target, latestByJob).filter(
    (wait) => at < allowedFrom(wait.afterEventTime, wait.days),
  );
  return [
    ...breaches.filter((b) => b.onBreach === 'refuse'),
    ...breaches.filter((b) => b.onBreach === 'warn'),
  ];
}
