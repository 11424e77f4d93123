import type { ProcessStage, StageJob } from '../processes/process-definition';
import { stageJobs } from '../processes/process-definition';

/** A required job that has fewer current records than the stage needs before it can close. */
export interface MissingJob {
  job: StageJob;
  have: number;
  needed: number;
}

/** How many current records of a job its stage needs before closing: 0 when optional, else minCount (>= 1). */
export function jobsNeeded(job: StageJob): number {
  if (!job.required) return 0;
  // minCount only means something for a job that can be recorded more than once
  return job.repeatable ? Math.max(1, job.minCount ?? 1) : 1;
}

/** The required jobs of a stage still short of records, in the stage's order; `counts` is job id -> current records. */
export function missingJobs(stage: ProcessStage, counts: ReadonlyMap<string, number>): MissingJob[] {
  return stageJobs(stage).flatMap((job) => {
    const have = counts.get(job.id) ?? 0;
    const needed = jobsNeeded(job);
    return have < needed ? [{ job, have, needed }] : [];
  });
}

/** A job may be recorded while its stage is open, if it is repeatable or has no current record yet. */
export function jobRecordable(job: StageJob, stageOpen: boolean, timesRecorded: number): boolean {
  return stageOpen && (job.repeatable || timesRecorded === 0);
}

/** The job of a stage with this id, or undefined (a job of another stage is not one of this stage's). */
export function findStageJob(stage: ProcessStage, jobId: string): StageJob | undefined {
  return stageJobs(stage).find((job) => job.id === jobId);
}

/** How a job record is named where stages are listed (timelines, reports): "Stage — Job" in each language. */
export function stageJobName(stage: ProcessStage, job: StageJob): { vi: string; en: string } {
  const en = (name: { vi: string; en: string }) => name.en.trim() || name.vi;
  return { vi: `${stage.name.vi} — ${job.name.vi}`, en: `${en(stage.name)} — ${en(job.name)}` };
}
