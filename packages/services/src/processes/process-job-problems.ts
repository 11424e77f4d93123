import type { ProcessProblemSource } from '@nguon/contracts';
import {
  jobLabel,
  type ProcessDefinition,
  type ProcessProblem,
  type ProcessStage,
  type StageJob,
  stageJobs,
  type WaitingPeriod,
} from '@nguon/domain';
import { type FormProblem, summarizeFormFields } from '@nguon/forms';

const numberTypes = new Set(['number', 'integer']);

/**
 * A job's form problems, checked like a stage form: code `form_…`, the job's id, the path within the job's form,
 * worded with "Stage — Job" as where it is. A form that is fine but has no field is `empty_job_form`.
 */
export function jobFormProblems(
  stage: ProcessStage,
  job: StageJob,
  problems: readonly FormProblem[],
): ProcessProblemSource[] {
  const at = { stageId: stage.id, edgeId: null, jobId: job.id };
  const formSources = problems.map(
    (problem): ProcessProblemSource => ({
      code: `form_${problem.code}`,
      ...at,
      path: problem.path,
      fault: {
        kind: 'stage-form',
        stage: { key: stage.key, name: stage.name },
        job: { key: job.key, name: job.name },
        problem,
      },
    }),
  );
  if (problems.length > 0) return formSources;
  const fields = summarizeFormFields(job.form).filter((field) => field.type !== 'heading');
  if (fields.length > 0) return [];
  const empty: ProcessProblem = {
    code: 'empty_job_form',
    ...at,
    params: { stage: { id: stage.id, key: stage.key, name: stage.name }, job: jobLabel(job) },
  };
  return [{ code: empty.code, ...at, path: '', fault: { kind: 'process', problem: empty } }];
}

/** Waiting periods whose `fieldKey` is not a top-level number field of the form of the job they wait after. */
export function waitingFieldProblems(definition: ProcessDefinition): ProcessProblem[] {
  const jobs = new Map(
    definition.stages.flatMap((stage) => stageJobs(stage).map((job) => [job.id, job] as const)),
  );
  const check = (stage: ProcessStage, job: StageJob | null, periods: readonly WaitingPeriod[]) =>
    periods.flatMap((period): ProcessProblem[] => {
      const afterJob = jobs.get(period.afterJobId);
      if (period.fieldKey === null || !afterJob) return [];
      const field = summarizeFormFields(afterJob.form).find((candidate) => candidate.key === period.fieldKey);
      if (field && !field.key.includes('.') && numberTypes.has(field.type)) return [];
      const params = {
        stage: { id: stage.id, key: stage.key, name: stage.name },
        job: job && jobLabel(job),
        afterJob: jobLabel(afterJob),
        fieldKey: period.fieldKey,
      };
      return [
        { code: 'waiting_field_not_number', stageId: stage.id, edgeId: null, jobId: job?.id ?? null, params },
      ];
    });
  return definition.stages.flatMap((stage) => [
    ...check(stage, null, stage.waitingPeriods ?? []),
    ...stageJobs(stage).flatMap((job) => check(stage, job, job.waitingPeriods ?? [])),
  ]);
}
