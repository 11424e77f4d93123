import { canonicalJson } from '../canonical/canonical-json';
import type {
  LocalizedText,
  ProcessDefinition,
  ProcessStage,
  StageJob,
  WaitingPeriod,
} from './process-definition';
import type { Changes, FieldDiff, FieldSummary } from './process-field-diff';

export type JobPropertyChange = Changes<{
  key: string;
  name: LocalizedText;
  businessStep: string | null;
  repeatable: boolean;
  required: boolean;
  minCount: number | null;
  waitingPeriods: WaitingPeriod[];
}>;

/** One job that differs: added, removed, moved here from another stage (`movedFrom`, its key there), or changed. */
export interface JobDiff {
  change: 'added' | 'removed' | 'moved' | 'changed';
  /** In `after`, or in `before` when removed. */
  key: string;
  name: LocalizedText;
  movedFrom?: string;
  jobChanges: JobPropertyChange[];
  fields: FieldDiff[];
}

type FieldsOf = (stage: ProcessStage) => FieldSummary[];
type DiffFields = (before: FieldSummary[], after: FieldSummary[]) => FieldDiff[];

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The fields of a job's form, read by the caller's `fieldsOf` as if the form were its stage's. */
const jobFields = (stage: ProcessStage, job: StageJob, fieldsOf: FieldsOf) =>
  fieldsOf({ ...stage, form: job.form });

/** Where each job of a definition is: job id -> its stage and itself (the first, if an id repeats). */
function jobsById(definition: ProcessDefinition): Map<string, { stage: ProcessStage; job: StageJob }> {
  const found = new Map<string, { stage: ProcessStage; job: StageJob }>();
  for (const stage of definition.stages)
    for (const job of stage.jobs ?? []) if (!found.has(job.id)) found.set(job.id, { stage, job });
  return found;
}

/**
 * The jobs of one stage that differ from the version before: matched by id across the whole process (a job
 * moved between stages keeps its id), then by key within the stage. `old` is the stage's match in `before`.
 */
export function diffStageJobs(
  definitions: { before: ProcessDefinition; after: ProcessDefinition },
  old: ProcessStage | undefined,
  stage: ProcessStage,
  tools: { fieldsOf: FieldsOf; diffFields: DiffFields },
): JobDiff[] {
  const beforeJobs = jobsById(definitions.before);
  const afterJobs = jobsById(definitions.after);
  const used = new Set<StageJob>();
  const diffs: JobDiff[] = [];
  for (const job of stage.jobs ?? []) {
    const byId = beforeJobs.get(job.id);
    const match = byId ?? (old ? findByKey(old, job, afterJobs) : undefined);
    if (match) used.add(match.job);
    const diff = match
      ? jobDiff(match, { stage, job }, old, tools)
      : wholeJob('added', stage, job, tools.fieldsOf);
    if (diff) diffs.push(diff);
  }
  // a job moved to another stage is told there, not as removed here
  for (const job of old?.jobs ?? [])
    if (!used.has(job) && !afterJobs.has(job.id)) diffs.push(wholeJob('removed', old!, job, tools.fieldsOf));
  return diffs;
}

/** A job of the old stage with the same key whose id is gone from the new version (re-created with a new id). */
function findByKey(
  old: ProcessStage,
  job: StageJob,
  afterJobs: ReadonlyMap<string, unknown>,
): { stage: ProcessStage; job: StageJob } | undefined {
  const candidate = (old.jobs ?? []).find((other) => other.key === job.key && !afterJobs.has(other.id));
  return candidate ? { stage: old, job: candidate } : undefined;
}

function jobDiff(
  before: { stage: ProcessStage; job: StageJob },
  after: { stage: ProcessStage; job: StageJob },
  old: ProcessStage | undefined,
  tools: { fieldsOf: FieldsOf; diffFields: DiffFields },
): JobDiff | null {
  const a = before.job;
  const b = after.job;
  const candidates: JobPropertyChange[] = [
    { property: 'key', before: a.key, after: b.key },
    { property: 'name', before: a.name, after: b.name },
    { property: 'businessStep', before: a.businessStep, after: b.businessStep },
    { property: 'repeatable', before: a.repeatable, after: b.repeatable },
    { property: 'required', before: a.required, after: b.required },
    { property: 'minCount', before: a.minCount, after: b.minCount },
    { property: 'waitingPeriods', before: a.waitingPeriods ?? [], after: b.waitingPeriods ?? [] },
  ];
  const jobChanges = candidates.filter((change) => !same(change.before, change.after));
  const fields = tools.diffFields(
    jobFields(before.stage, a, tools.fieldsOf),
    jobFields(after.stage, b, tools.fieldsOf),
  );
  const moved = before.stage !== old;
  if (!moved && jobChanges.length === 0 && fields.length === 0 && same(a.form, b.form)) return null;
  return {
    change: moved ? 'moved' : 'changed',
    key: b.key,
    name: b.name,
    ...(moved ? { movedFrom: before.stage.key } : {}),
    jobChanges,
    fields,
  };
}

function wholeJob(
  change: 'added' | 'removed',
  stage: ProcessStage,
  job: StageJob,
  fieldsOf: FieldsOf,
): JobDiff {
  const fields = jobFields(stage, job, fieldsOf).map((field) => ({
    change,
    key: field.key,
    label: field.label,
    changes: [],
  }));
  return { change, key: job.key, name: job.name, jobChanges: [], fields };
}
