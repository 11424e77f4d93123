import type { LotJobView, LotStageView } from '@nguon/contracts/client';
import type { Translate } from '../i18n/use-t';

type NameOf = (name: LotJobView['name']) => string;

/** What a job has and still needs: "1/2" for a required job, "0 · tuỳ chọn" for an optional one. */
export function jobCount(job: LotJobView, t: Translate): string {
  if (job.required) return t('lots.jobs.doneOf', { count: job.timesRecorded, needed: job.needed });
  return `${job.timesRecorded} · ${t('lots.jobs.optional')}`;
}

/** The required jobs short of records, as the server words them: "Bón phân (1/2), Làm cỏ (0/1)". */
export function missingJobs(jobs: readonly LotJobView[], nameOf: NameOf): string {
  return jobs
    .filter((job) => job.required && job.timesRecorded < job.needed)
    .map((job) => `${nameOf(job.name)} (${job.timesRecorded}/${job.needed})`)
    .join(', ');
}

/** A stage's state in words: a stage with jobs is open or finished, others done / can be recorded / waiting. */
export function stageStateText(stage: LotStageView, t: Translate): string {
  if (stage.jobs && stage.state !== 'waiting')
    return t(stage.state === 'done' ? 'lots.jobs.state.closed' : 'lots.jobs.state.open');
  return t(`lots.stageState.${stage.state}`);
}

/** The waiting periods' day (YYYY-MM-DD, Vietnam's calendar) as the clerk reads it: dd/MM/yyyy. */
export const shownDay = (day: string) => day.split('-').reverse().join('/');

/** The calendar day in Vietnam (UTC+7, no daylight saving) of an instant, as dd/MM/yyyy. */
export function shownLocalDay(time: string): string {
  return shownDay(new Date(Date.parse(time) + 7 * 3_600_000).toISOString().slice(0, 10));
}
