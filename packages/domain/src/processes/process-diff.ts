import { canonicalJson } from '../canonical/canonical-json';
import type {
  LocalizedText,
  ProcessDefinition,
  ProcessStage,
  StageKind,
  WaitingPeriod,
  YieldRange,
} from './process-definition';
import {
  type Changes,
  diffFields,
  type FieldDiff,
  type FieldPropertyChange,
  type FieldSummary,
} from './process-field-diff';
import { diffStageJobs, type JobDiff } from './process-job-diff';

export type { FieldDiff, FieldPropertyChange, FieldSummary };

export type StagePropertyChange = Changes<{
  key: string;
  name: LocalizedText;
  kind: StageKind;
  start: boolean;
  repeatable: boolean;
  businessStep: string | null;
  yieldRange: YieldRange | null;
  lotQuantityField: string | null;
  bindsLabels: boolean;
  closeWhenFollowed: boolean;
  waitingPeriods: WaitingPeriod[];
}>;

export interface StageDiff {
  /** `changed` also when only form details no field summary shows (choices, limits, order) differ. */
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  /** In `after`, or in `before` when removed. */
  key: string;
  name: LocalizedText;
  stageChanges: StagePropertyChange[];
  fields: FieldDiff[];
  /** Jobs that differ (added, removed, moved here, changed); present only when either side has jobs. */
  jobs?: JobDiff[];
}

/** An edge named by its stages' keys (in `after` for added edges, in `before` for removed ones). */
export interface EdgeByKey {
  source: string;
  target: string;
}

export interface ProcessDiff {
  stages: StageDiff[];
  edges: { added: EdgeByKey[]; removed: EdgeByKey[] };
}

/**
 * What changed between two versions of a process, for the publish dialog and version history. Stages are
 * matched by id, then by key; positions are not changes. Order: stages of `after`, then removed ones.
 */
export function diffProcessDefinitions(
  before: ProcessDefinition,
  after: ProcessDefinition,
  fieldsOf: (stage: ProcessStage) => FieldSummary[],
): ProcessDiff {
  const matches = matchStages(before.stages, after.stages);
  const matchedBefore = new Set(matches.values());
  const withJobs = (
    diff: StageDiff,
    old: ProcessStage | undefined,
    stage: ProcessStage | undefined,
  ): StageDiff => {
    if (!(old?.jobs?.length || stage?.jobs?.length)) return diff;
    const tools = { fieldsOf, diffFields };
    const jobs = stage
      ? diffStageJobs({ before, after }, old, stage, tools)
      : diffStageJobs({ before, after }, old, { ...old!, jobs: [] }, tools);
    const change = diff.change === 'unchanged' && jobs.length > 0 ? 'changed' : diff.change;
    return { ...diff, change, jobs };
  };
  const stages = after.stages.map((stage) => {
    const old = matches.get(stage);
    return withJobs(old ? diffStage(old, stage, fieldsOf) : wholeStage('added', stage, fieldsOf), old, stage);
  });
  for (const stage of before.stages) {
    if (!matchedBefore.has(stage))
      stages.push(withJobs(wholeStage('removed', stage, fieldsOf), stage, undefined));
  }
  return { stages, edges: diffEdges(before, after, matches) };
}

/** Whether the diff shows anything a person would call a change. */
export function hasChanges(diff: ProcessDiff): boolean {
  return (
    diff.stages.some((stage) => stage.change !== 'unchanged') ||
    diff.edges.added.length > 0 ||
    diff.edges.removed.length > 0
  );
}

/** After stage -> its before stage: same id first, then same key among the stages still unmatched. */
function matchStages(before: ProcessStage[], after: ProcessStage[]): Map<ProcessStage, ProcessStage> {
  const matches = new Map<ProcessStage, ProcessStage>();
  const used = new Set<ProcessStage>();
  const pairBy = (property: 'id' | 'key') => {
    const free = new Map<string, ProcessStage>();
    for (const stage of [...before].reverse()) if (!used.has(stage)) free.set(stage[property], stage);
    for (const stage of after) {
      const old = free.get(stage[property]);
      if (matches.has(stage) || old === undefined) continue;
      matches.set(stage, old);
      used.add(old);
      free.delete(stage[property]);
    }
  };
  pairBy('id');
  pairBy('key');
  return matches;
}

function diffStage(
  before: ProcessStage,
  after: ProcessStage,
  fieldsOf: (stage: ProcessStage) => FieldSummary[],
): StageDiff {
  const candidates: StagePropertyChange[] = [
    { property: 'key', before: before.key, after: after.key },
    { property: 'name', before: before.name, after: after.name },
    { property: 'kind', before: before.kind, after: after.kind },
    { property: 'start', before: before.start, after: after.start },
    { property: 'repeatable', before: before.repeatable, after: after.repeatable },
    { property: 'businessStep', before: before.businessStep, after: after.businessStep },
    { property: 'yieldRange', before: before.yieldRange, after: after.yieldRange },
    // absent (stored before the setting existed) and null both mean "sets nothing"
    {
      property: 'lotQuantityField',
      before: before.lotQuantityField ?? null,
      after: after.lotQuantityField ?? null,
    },
    { property: 'bindsLabels', before: before.bindsLabels ?? false, after: after.bindsLabels ?? false },
    // absent means false / none, as for bindsLabels
    {
      property: 'closeWhenFollowed',
      before: before.closeWhenFollowed ?? false,
      after: after.closeWhenFollowed ?? false,
    },
    { property: 'waitingPeriods', before: before.waitingPeriods ?? [], after: after.waitingPeriods ?? [] },
  ];
  const stageChanges = candidates.filter((change) => !same(change.before, change.after));
  const fields = diffFields(fieldsOf(before), fieldsOf(after));
  const changed = stageChanges.length > 0 || fields.length > 0 || !same(before.form, after.form);
  // a change inside a job is told by `jobs`; the stage counts as changed there (diffProcessDefinitions)
  return {
    change: changed ? 'changed' : 'unchanged',
    key: after.key,
    name: after.name,
    stageChanges,
    fields,
  };
}

function wholeStage(
  change: 'added' | 'removed',
  stage: ProcessStage,
  fieldsOf: (stage: ProcessStage) => FieldSummary[],
): StageDiff {
  const fields = fieldsOf(stage).map((field) => ({
    change,
    key: field.key,
    label: field.label,
    changes: [],
  }));
  return { change, key: stage.key, name: stage.name, stageChanges: [], fields };
}

function diffEdges(
  before: ProcessDefinition,
  after: ProcessDefinition,
  matches: ReadonlyMap<ProcessStage, ProcessStage>,
): ProcessDiff['edges'] {
  // a stage's token is its before position, or a fresh number when new, so matched ends compare equal
  const tokens = new Map<ProcessStage, number>();
  for (const [index, stage] of before.stages.entries()) tokens.set(stage, index);
  for (const [index, stage] of after.stages.entries()) {
    const old = matches.get(stage);
    tokens.set(stage, old ? tokens.get(old)! : before.stages.length + index);
  }
  const oldEdges = edgesByTokens(before, tokens);
  const newEdges = edgesByTokens(after, tokens);
  const missingFrom = (from: Map<string, EdgeByKey>, other: Map<string, EdgeByKey>) =>
    [...from].flatMap(([id, edge]) => (other.has(id) ? [] : [edge]));
  return { added: missingFrom(newEdges, oldEdges), removed: missingFrom(oldEdges, newEdges) };
}

function edgesByTokens(definition: ProcessDefinition, tokens: ReadonlyMap<ProcessStage, number>) {
  const byId = new Map<string, ProcessStage>();
  for (const stage of [...definition.stages].reverse()) byId.set(stage.id, stage);
  const edges = new Map<string, EdgeByKey>();
  for (const edge of definition.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    edges.set(`${tokens.get(source)}>${tokens.get(target)}`, { source: source.key, target: target.key });
  }
  return edges;
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
