import type {
  LocalizedText,
  ProcessDefinition,
  ProcessStage,
  StageJob,
  WaitingPeriod,
} from './process-definition';

/** Enough of a job to name it in a message without the definition at hand. */
export interface JobLabel {
  id: string;
  key: string;
  name: LocalizedText;
}

interface StageRefLabel {
  id: string;
  key: string;
  name: LocalizedText;
}

type AtJob<Code extends string, Params = Record<never, never>> = {
  code: Code;
  stageId: string;
  edgeId: null;
  jobId: string;
  params: { stage: StageRefLabel; job: JobLabel } & Params;
};
/** A problem of a stage's jobs as a whole, or of a stage's own waiting periods: no job to point at. */
type AtStage<Code extends string, Params = Record<never, never>> = {
  code: Code;
  stageId: string;
  edgeId: null;
  jobId: null;
  params: { stage: StageRefLabel } & Params;
};
/** A waiting period of a job (jobId, job) or of a stage without jobs (jobId and job null). */
type Waiting<Code extends string, Params> = {
  code: Code;
  stageId: string;
  edgeId: null;
  jobId: string | null;
  params: { stage: StageRefLabel; job: JobLabel | null } & Params;
};

/** Same rule as stage keys: records and exports name jobs by it. */
export const jobKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;

export const stageWithJobsSettings = ['lotQuantityField', 'bindsLabels', 'waitingPeriods'] as const;

/** What can be wrong with the jobs of a stage and with waiting periods. */
export type JobProblem =
  | AtJob<
      | 'duplicate_job_id'
      | 'invalid_job_key'
      | 'missing_job_name'
      | 'min_count_without_repeat'
      | 'empty_job_form'
    >
  | AtJob<'duplicate_job_key', { firstJob: JobLabel }>
  | AtStage<'jobs_on_wrong_kind'>
  | AtStage<'stage_with_jobs_settings', { setting: (typeof stageWithJobsSettings)[number] }>
  | Waiting<'waiting_unknown_job', { afterJobId: string }>
  | Waiting<'waiting_field_not_number', { afterJob: JobLabel; fieldKey: string }>;

export const jobProblemCodes = [
  'duplicate_job_id',
  'invalid_job_key',
  'duplicate_job_key',
  'missing_job_name',
  'min_count_without_repeat',
  'empty_job_form',
  'jobs_on_wrong_kind',
  'stage_with_jobs_settings',
  'waiting_unknown_job',
  'waiting_field_not_number',
] as const satisfies readonly JobProblem['code'][];

export function jobLabel(job: StageJob): JobLabel {
  return { id: job.id, key: job.key, name: job.name };
}

const stageRef = (stage: ProcessStage): StageRefLabel => ({ id: stage.id, key: stage.key, name: stage.name });

/** The graph-level problems of jobs (ids, keys, names, counts, where jobs may be, what waiting periods name). */
export function checkStageJobs(definition: ProcessDefinition): JobProblem[] {
  const jobIds = new Set<string>();
  const allJobs = new Set(definition.stages.flatMap((stage) => (stage.jobs ?? []).map((job) => job.id)));
  return definition.stages.flatMap((stage) => [
    ...stageSettingProblems(stage),
    ...(stage.jobs ?? []).flatMap((job, index) => jobProblems(stage, job, index, jobIds)),
    ...waitingProblems(stage, null, stage.waitingPeriods ?? [], allJobs),
    ...(stage.jobs ?? []).flatMap((job) => waitingProblems(stage, job, job.waitingPeriods ?? [], allJobs)),
  ]);
}

function stageSettingProblems(stage: ProcessStage): JobProblem[] {
  const jobs = stage.jobs ?? [];
  if (jobs.length === 0) return [];
  const at = { stageId: stage.id, edgeId: null, jobId: null } as const;
  const params = { stage: stageRef(stage) };
  // a transformation or packing is one act on lots: its work is not a diary of jobs
  if (stage.kind !== 'stage') return [{ code: 'jobs_on_wrong_kind', ...at, params }];
  const set = {
    lotQuantityField: (stage.lotQuantityField ?? null) !== null,
    bindsLabels: stage.bindsLabels === true,
    waitingPeriods: (stage.waitingPeriods ?? []).length > 0,
  };
  return stageWithJobsSettings
    .filter((setting) => set[setting])
    .map((setting) => ({ code: 'stage_with_jobs_settings' as const, ...at, params: { ...params, setting } }));
}

function jobProblems(stage: ProcessStage, job: StageJob, index: number, seenIds: Set<string>): JobProblem[] {
  const at = { stageId: stage.id, edgeId: null, jobId: job.id } as const;
  const params = { stage: stageRef(stage), job: jobLabel(job) };
  const problems: JobProblem[] = [];
  if (seenIds.has(job.id)) problems.push({ code: 'duplicate_job_id', ...at, params });
  seenIds.add(job.id);
  if (!jobKeyPattern.test(job.key)) problems.push({ code: 'invalid_job_key', ...at, params });
  const first = (stage.jobs ?? []).slice(0, index).find((other) => other.key === job.key);
  if (first)
    problems.push({ code: 'duplicate_job_key', ...at, params: { ...params, firstJob: jobLabel(first) } });
  if (job.name.vi.trim() === '') problems.push({ code: 'missing_job_name', ...at, params });
  if (job.minCount !== null && !job.repeatable)
    problems.push({ code: 'min_count_without_repeat', ...at, params });
  return problems;
}

function waitingProblems(
  stage: ProcessStage,
  job: StageJob | null,
  periods: readonly WaitingPeriod[],
  jobIds: ReadonlySet<string>,
): JobProblem[] {
  return periods.flatMap((period): JobProblem[] => {
    if (jobIds.has(period.afterJobId)) return [];
    const params = { stage: stageRef(stage), job: job && jobLabel(job), afterJobId: period.afterJobId };
    return [{ code: 'waiting_unknown_job', stageId: stage.id, edgeId: null, jobId: job?.id ?? null, params }];
  });
}
