import {
  nextStageKey,
  type ProcessDefinition,
  type ProcessStage,
  type StageForm,
  type StageJob,
  stageKeyFromName,
  type WaitingPeriod,
} from '@nguon/domain';

/**
 * Pure edits of a stage's jobs, each returning the same definition when nothing changes (no undo step) and
 * keeping every untouched stage and job object.
 */

export type JobPatch = Partial<Omit<StageJob, 'id'>>;

const jobProperties = [
  'key',
  'name',
  'businessStep',
  'repeatable',
  'required',
  'minCount',
  'waitingPeriods',
  'form',
] as const satisfies readonly (keyof JobPatch)[];

/** A once-only, required job with a key made from its Vietnamese name, unused in its stage. */
export function newJob(
  stage: ProcessStage,
  input: { id: string; nameVi: string; form: StageForm },
): StageJob {
  const keys = (stage.jobs ?? []).map((job) => job.key);
  return {
    id: input.id,
    key: nextStageKey(keys, stageKeyFromName(input.nameVi)),
    name: { vi: input.nameVi, en: '' },
    businessStep: null,
    repeatable: false,
    required: true,
    minCount: null,
    form: input.form,
  };
}

/** Replaces one stage's jobs, through `change`; the same definition when the list comes back unchanged. */
function withJobs(
  definition: ProcessDefinition,
  stageId: string,
  change: (jobs: readonly StageJob[]) => readonly StageJob[],
): ProcessDefinition {
  let changed = false;
  const stages = definition.stages.map((stage) => {
    if (stage.id !== stageId) return stage;
    const before = stage.jobs ?? [];
    const after = change(before);
    if (after === before) return stage;
    changed = true;
    return { ...stage, jobs: [...after] };
  });
  return changed ? { ...definition, stages } : definition;
}

export function addJob(definition: ProcessDefinition, stageId: string, job: StageJob): ProcessDefinition {
  return withJobs(definition, stageId, (jobs) => [...jobs, job]);
}

/** Changes some properties of one job; a job that is not required and repeatable has no minimum count. */
export function updateJob(
  definition: ProcessDefinition,
  stageId: string,
  jobId: string,
  patch: JobPatch,
): ProcessDefinition {
  return withJobs(definition, stageId, (jobs) => {
    const index = jobs.findIndex((job) => job.id === jobId);
    const job = jobs[index];
    if (!job) return jobs;
    const merged = { ...job, ...patch };
    const next = merged.required && merged.repeatable ? merged : { ...merged, minCount: null };
    if (jobProperties.every((property) => job[property] === next[property])) return jobs;
    return jobs.map((candidate, i) => (i === index ? next : candidate));
  });
}

/** Moves a job one place up (-1) or down (+1) in its stage's list; nothing at either end. */
export function moveJob(
  definition: ProcessDefinition,
  stageId: string,
  jobId: string,
  step: -1 | 1,
): ProcessDefinition {
  return withJobs(definition, stageId, (jobs) => {
    const from = jobs.findIndex((job) => job.id === jobId);
    const to = from + step;
    if (from < 0 || to < 0 || to >= jobs.length) return jobs;
    const next = [...jobs];
    [next[from], next[to]] = [next[to] as StageJob, next[from] as StageJob];
    return next;
  });
}

const keepPeriods = (periods: WaitingPeriod[] | undefined, jobId: string) =>
  periods?.some((period) => period.afterJobId === jobId)
    ? periods.filter((period) => period.afterJobId !== jobId)
    : periods;

/** Removes a job, and every waiting period in the process counted from it (one undo step). */
export function removeJob(definition: ProcessDefinition, stageId: string, jobId: string): ProcessDefinition {
  const removed = withJobs(definition, stageId, (jobs) =>
    jobs.some((job) => job.id === jobId) ? jobs.filter((job) => job.id !== jobId) : jobs,
  );
  if (removed === definition) return definition;
  const stages = removed.stages.map((stage) => {
    const waitingPeriods = keepPeriods(stage.waitingPeriods, jobId);
    const jobs = stage.jobs?.map((job) => {
      const periods = keepPeriods(job.waitingPeriods, jobId);
      return periods === job.waitingPeriods ? job : { ...job, waitingPeriods: periods };
    });
    const jobsChanged = jobs?.some((job, i) => job !== stage.jobs?.[i]) ?? false;
    if (waitingPeriods === stage.waitingPeriods && !jobsChanged) return stage;
    return { ...stage, waitingPeriods, jobs };
  });
  return { ...removed, stages };
}
