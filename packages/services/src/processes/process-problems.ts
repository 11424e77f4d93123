import { createHash } from 'node:crypto';
import type { ProcessProblemSource } from '@nguon/contracts';
import {
  canonicalJson,
  checkProcessGraph,
  type ProcessDefinition,
  type ProcessProblem,
  type ProcessStage,
  type StageForm,
  stageJobs,
} from '@nguon/domain';
import { checkStageForm, type FormProblem, lotQuantityFieldProblems } from '@nguon/forms';
import { jobFormProblems, waitingFieldProblems } from './process-job-problems';

const cacheLimit = 5000;
const formChecks = new Map<string, FormProblem[]>();

/**
 * A stage form's problems, remembered by its content: checking compiles it with ajv (~10–30 ms), and an
 * autosave of a 200-stage draft usually changes one form, so the other 199 are answered from here.
 */
function stageFormProblems(form: StageForm): FormProblem[] {
  const key = createHash('sha256').update(canonicalJson(form)).digest('base64');
  const known = formChecks.get(key);
  if (known) {
    formChecks.delete(key);
    formChecks.set(key, known);
    return known;
  }
  const problems = checkStageForm(form);
  formChecks.set(key, problems);
  if (formChecks.size > cacheLimit) formChecks.delete(formChecks.keys().next().value ?? key);
  return problems;
}

/** A stage's form problems, then whether the field chosen to set the lot's quantity is one that can. */
function stageProblems(stage: ProcessStage): FormProblem[] {
  const own = stageFormProblems(stage.form);
  const key = stage.lotQuantityField ?? null;
  return key === null ? own : [...own, ...lotQuantityFieldProblems(stage.form, key)];
}

const processSource = (problem: ProcessProblem): ProcessProblemSource => ({
  code: problem.code,
  stageId: problem.stageId ?? null,
  edgeId: problem.edgeId ?? null,
  // only problems of jobs name one, so every other problem reads as before
  ...('jobId' in problem ? { jobId: problem.jobId } : {}),
  path: '',
  fault: { kind: 'process', problem },
});

/** Every problem of a definition: the graph rules, then each stage's form, as codes the edge words. */
export function definitionProblems(definition: ProcessDefinition): ProcessProblemSource[] {
  const graph = checkProcessGraph(definition).map(processSource);
  const forms = definition.stages.flatMap((stage) =>
    stageProblems(stage).map(
      (problem): ProcessProblemSource => ({
        code: `form_${problem.code}`,
        stageId: stage.id,
        edgeId: null,
        path: problem.path,
        fault: { kind: 'stage-form', stage: { key: stage.key, name: stage.name }, problem },
      }),
    ),
  );
  const jobs = definition.stages.flatMap((stage) =>
    stageJobs(stage).flatMap((job) => jobFormProblems(stage, job, stageFormProblems(job.form))),
  );
  return [...graph, ...forms, ...jobs, ...waitingFieldProblems(definition).map(processSource)];
}
