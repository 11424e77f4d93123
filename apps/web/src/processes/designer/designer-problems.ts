import {
  formProblemMessage,
  type Lang,
  type ProcessProblemView,
  processProblemMessage,
} from '@nguon/contracts/client';
import {
  checkProcessGraph,
  type ProcessDefinition,
  type ProcessStage,
  processProblemCodes,
  type StageForm,
  type StageJob,
  stageJobs,
} from '@nguon/domain';
import { checkStageForm, type FormProblem, lotQuantityFieldProblems } from '@nguon/forms';

/** One entry of the problems list: from the graph check, a stage form check, or the server. */
export interface DesignerProblem {
  code: string;
  stageId: string | null;
  edgeId: string | null;
  /** The job of the stage the problem is in, when it is in one; null otherwise. */
  jobId: string | null;
  /** Where in the stage's (or the job's) form, for form problems; '' otherwise. */
  path: string;
  message: string;
}

/** The definition the server last checked (the saved draft) and what it found. */
export interface ServerCheck {
  definition: ProcessDefinition;
  problems: readonly ProcessProblemView[];
}

// Checking a form compiles it with ajv (~10 ms): each form object is checked once, and a copy with the
// same content (a pasted stage) reuses the result.
const checksByForm = new WeakMap<StageForm, FormProblem[]>();
const checksByContent = new Map<string, FormProblem[]>();
const contentCacheLimit = 500;

export function checkFormOnce(form: StageForm): FormProblem[] {
  const known = checksByForm.get(form);
  if (known) return known;
  const content = JSON.stringify(form);
  const problems = checksByContent.get(content) ?? checkStageForm(form, { compile: false });
  if (checksByContent.size >= contentCacheLimit) checksByContent.clear();
  checksByContent.set(content, problems);
  checksByForm.set(form, problems);
  return problems;
}

const isGraphProblem = (problem: { code: string }) =>
  processProblemCodes.some((code) => code === problem.code);

/** The job a problem names, read loosely: the domain's and the server's problems carry it only for jobs. */
const jobIdOf = (problem: object): string | null =>
  'jobId' in problem && typeof problem.jobId === 'string' ? problem.jobId : null;

function graphProblems(definition: ProcessDefinition, lang: Lang): DesignerProblem[] {
  return checkProcessGraph(definition).map((problem) => ({
    code: problem.code,
    stageId: problem.stageId,
    edgeId: problem.edgeId,
    jobId: jobIdOf(problem),
    path: '',
    message: processProblemMessage(problem, lang),
  }));
}

// whether the chosen lot quantity field qualifies depends on the stage as well as its form: always checked here
const lotQuantityCodes: ReadonlySet<string> = new Set([
  'lot_quantity_field_missing',
  'lot_quantity_field_not_quantity',
]);

function lotQuantityProblems(stage: ProcessStage, lang: Lang): DesignerProblem[] {
  const key = stage.lotQuantityField ?? null;
  if (key === null) return [];
  return lotQuantityFieldProblems(stage.form, key).map((problem) => ({
    code: problem.code,
    stageId: stage.id,
    edgeId: null,
    jobId: null,
    path: problem.path,
    message: formProblemMessage(problem, lang),
  }));
}

/** A stage's or a job's form checked here, its problems pointed at the stage and job. */
function checkedHere(form: StageForm, stageId: string, jobId: string | null, lang: Lang): DesignerProblem[] {
  return checkFormOnce(form).map((problem) => ({
    code: problem.code,
    stageId,
    edgeId: null,
    jobId,
    path: problem.path,
    message: formProblemMessage(problem, lang),
  }));
}

const serverFormProblem = (stageId: string, jobId: string | null) => (problem: ProcessProblemView) =>
  problem.stageId === stageId &&
  jobIdOf(problem) === jobId &&
  !isGraphProblem(problem) &&
  !lotQuantityCodes.has(problem.code);

const fromServer = (problem: ProcessProblemView): DesignerProblem => ({
  ...problem,
  jobId: jobIdOf(problem),
});

/** The forms of a stage's jobs (its own form is not used): the server's answer for a saved one, else checked here. */
function jobFormProblems(
  stage: ProcessStage,
  jobs: readonly StageJob[],
  lang: Lang,
  server: ServerCheck,
  savedJobForms: ReadonlyMap<string, StageForm>,
): DesignerProblem[] {
  return jobs.flatMap((job) =>
    savedJobForms.get(job.id) === job.form
      ? server.problems.filter(serverFormProblem(stage.id, job.id)).map(fromServer)
      : checkedHere(job.form, stage.id, job.id, lang),
  );
}

/**
 * A stage's form problems. A form the server checked at the last save (same object) takes the server's
 * answer, so opening a 200-stage process compiles no form in the browser; an edited form is checked here.
 */
function formProblems(
  stage: ProcessStage,
  lang: Lang,
  server: ServerCheck,
  saved: SavedForms,
): DesignerProblem[] {
  const jobs = stageJobs(stage);
  if (jobs.length > 0) return jobFormProblems(stage, jobs, lang, server, saved.jobs);
  const own =
    saved.stages.get(stage.id) === stage.form
      ? server.problems.filter(serverFormProblem(stage.id, null)).map(fromServer)
      : checkedHere(stage.form, stage.id, null, lang);
  return [...own, ...lotQuantityProblems(stage, lang)];
}

interface SavedForms {
  stages: ReadonlyMap<string, StageForm>;
  jobs: ReadonlyMap<string, StageForm>;
}

function savedForms(definition: ProcessDefinition): SavedForms {
  return {
    stages: new Map(definition.stages.map((stage) => [stage.id, stage.form])),
    jobs: new Map(definition.stages.flatMap((stage) => stageJobs(stage).map((job) => [job.id, job.form]))),
  };
}

const identity = (problem: Pick<DesignerProblem, 'code' | 'stageId' | 'edgeId' | 'jobId' | 'path'>) =>
  [problem.code, problem.stageId ?? '', problem.edgeId ?? '', problem.jobId ?? '', problem.path].join('|');

/** `client` plus the problems of `server` it does not already hold (the server's checks may be newer). */
export function mergeProblems(
  client: DesignerProblem[],
  server: readonly DesignerProblem[],
): DesignerProblem[] {
  if (server.length === 0) return client;
  const known = new Set(client.map(identity));
  const extra = server.filter((problem) => !known.has(identity(problem)));
  return extra.length === 0 ? client : [...client, ...extra];
}

/** Every problem of the draft: graph rules (checked here, plus the server's when it checked this very draft), then each stage's form. */
export function designerProblems(
  definition: ProcessDefinition,
  lang: Lang,
  server: ServerCheck,
): DesignerProblem[] {
  const serverGraph =
    definition === server.definition ? server.problems.filter(isGraphProblem).map(fromServer) : [];
  const saved = savedForms(server.definition);
  const forms = definition.stages.flatMap((stage) => formProblems(stage, lang, server, saved));
  return [...mergeProblems(graphProblems(definition, lang), serverGraph), ...forms];
}

/** Problems per stage id, for the badges on the cards. */
export function problemCountsByStage(problems: readonly DesignerProblem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { stageId } of problems)
    if (stageId !== null) counts.set(stageId, (counts.get(stageId) ?? 0) + 1);
  return counts;
}

/** Edges a problem is about, drawn dashed red. */
export function problemEdgeIds(problems: readonly DesignerProblem[]): Set<string> {
  return new Set(problems.flatMap(({ edgeId }) => (edgeId === null ? [] : [edgeId])));
}
