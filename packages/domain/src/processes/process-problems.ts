import { isKnownBusinessStep } from './business-steps';
import type {
  LocalizedText,
  ProcessDefinition,
  ProcessEdge,
  ProcessStage,
  YieldRange,
} from './process-definition';
import {
  buildStageGraph,
  reachable,
  type StageGraph,
  shortestCycleThrough,
  stronglyConnectedComponents,
} from './process-graph';
import { checkStageJobs, type JobProblem, jobProblemCodes } from './process-job-problems';

export const processProblemCodes = [
  'no_stages',
  'no_start_stage',
  'too_many_stages',
  'too_many_edges',
  'duplicate_stage_id',
  'invalid_stage_key',
  'duplicate_stage_key',
  'missing_stage_name',
  'stage_name_too_long',
  'unknown_business_step',
  'yield_range_invalid',
  'yield_range_on_non_transformation',
  'lot_quantity_on_non_stage',
  'lot_quantity_stage_twice',
  'binds_labels_on_transformation',
  'dangling_edge',
  'duplicate_edge_id',
  'self_loop',
  'duplicate_edge',
  'unreachable_stage',
  'cycle',
  ...jobProblemCodes,
] as const;
export type ProcessProblemCode = (typeof processProblemCodes)[number];

export const maxProcessStages = 500;
export const maxProcessEdges = 2000;
export const maxStageNameLength = 120;
export const maxYieldPercent = 1000;
export const stageKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;

/** Enough of a stage to name it in a message without the definition at hand. */
export interface StageLabel {
  id: string;
  key: string;
  name: LocalizedText;
}

export type YieldRangeFault = 'not_a_number' | 'negative' | 'too_high' | 'min_above_max';

type StageProblem<Code extends ProcessProblemCode, Params = Record<never, never>> = {
  code: Code;
  stageId: string;
  edgeId: null;
  params: { stage: StageLabel } & Params;
};
type EdgeProblem<Code extends ProcessProblemCode, Params> = {
  code: Code;
  stageId: null;
  edgeId: string;
  params: Params;
};

/** One thing wrong with a process graph: a stable code, the stage or edge to badge, and message params. */
export type ProcessProblem =
  | { code: 'no_stages' | 'no_start_stage'; stageId: null; edgeId: null; params: Record<never, never> }
  | {
      code: 'too_many_stages' | 'too_many_edges';
      stageId: null;
      edgeId: null;
      params: { count: number; limit: number };
    }
  | StageProblem<'duplicate_stage_id' | 'invalid_stage_key' | 'missing_stage_name' | 'unreachable_stage'>
  | StageProblem<
      'yield_range_on_non_transformation' | 'lot_quantity_on_non_stage' | 'binds_labels_on_transformation'
    >
  | StageProblem<'lot_quantity_stage_twice', { firstStage: StageLabel }>
  | StageProblem<'duplicate_stage_key', { firstStage: StageLabel }>
  | StageProblem<'stage_name_too_long', { lang: 'vi' | 'en'; length: number; limit: number }>
  | StageProblem<'unknown_business_step', { businessStep: string }>
  | StageProblem<'yield_range_invalid', YieldRange & { fault: YieldRangeFault; limit: number }>
  | { code: 'self_loop'; stageId: string; edgeId: string; params: { stage: StageLabel } }
  /** stageId is the cycle's first stage; `stages` walks one cycle, `componentStageIds` is every stage tangled in it. */
  | StageProblem<'cycle', { stages: StageLabel[]; componentStageIds: string[] }>
  | EdgeProblem<'dangling_edge', { source: StageLabel | null; target: StageLabel | null }>
  | EdgeProblem<'duplicate_edge_id', Record<never, never>>
  | EdgeProblem<'duplicate_edge', { source: StageLabel; target: StageLabel }>
  /** Jobs within stages and waiting periods (`process-job-problems.ts`); they carry `jobId`. */
  | JobProblem;

/** Every structural problem of a process, in a stable order; forms are checked by `@nguon/forms`. */
export function checkProcessGraph(definition: ProcessDefinition): ProcessProblem[] {
  const graph = buildStageGraph(definition);
  return [
    ...sizeProblems(definition),
    ...stageListProblems(definition.stages),
    ...lotQuantityProblems(definition.stages),
    ...edgeProblems(definition.edges, graph),
    ...unreachableProblems(graph),
    ...cycleProblems(graph),
    ...checkStageJobs(definition),
  ];
}

export function stageLabel(stage: ProcessStage): StageLabel {
  return { id: stage.id, key: stage.key, name: stage.name };
}

function sizeProblems({ stages, edges }: ProcessDefinition): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  const none = { stageId: null, edgeId: null } as const;
  if (stages.length === 0) problems.push({ code: 'no_stages', ...none, params: {} });
  else if (!stages.some((stage) => stage.start))
    problems.push({ code: 'no_start_stage', ...none, params: {} });
  if (stages.length > maxProcessStages) {
    problems.push({
      code: 'too_many_stages',
      ...none,
      params: { count: stages.length, limit: maxProcessStages },
    });
  }
  if (edges.length > maxProcessEdges) {
    problems.push({
      code: 'too_many_edges',
      ...none,
      params: { count: edges.length, limit: maxProcessEdges },
    });
  }
  return problems;
}

function stageListProblems(stages: ProcessStage[]): ProcessProblem[] {
  const firstById = new Map<string, ProcessStage>();
  const firstByKey = new Map<string, ProcessStage>();
  const problems: ProcessProblem[] = [];
  for (const stage of stages) {
    problems.push(...stageProblems(stage, firstById.get(stage.id), firstByKey.get(stage.key)));
    if (!firstById.has(stage.id)) firstById.set(stage.id, stage);
    if (!firstByKey.has(stage.key)) firstByKey.set(stage.key, stage);
  }
  return problems;
}

function stageProblems(stage: ProcessStage, sameId?: ProcessStage, sameKey?: ProcessStage): ProcessProblem[] {
  const at = { stageId: stage.id, edgeId: null } as const;
  const label = stageLabel(stage);
  const problems: ProcessProblem[] = [];
  if (sameId) problems.push({ code: 'duplicate_stage_id', ...at, params: { stage: label } });
  if (!stageKeyPattern.test(stage.key))
    problems.push({ code: 'invalid_stage_key', ...at, params: { stage: label } });
  if (sameKey) {
    problems.push({
      code: 'duplicate_stage_key',
      ...at,
      params: { stage: label, firstStage: stageLabel(sameKey) },
    });
  }
  problems.push(...nameProblems(stage, label), ...businessProblems(stage, label));
  return problems;
}

function nameProblems(stage: ProcessStage, label: StageLabel): ProcessProblem[] {
  const at = { stageId: stage.id, edgeId: null } as const;
  const problems: ProcessProblem[] = [];
  if (stage.name.vi.trim() === '')
    problems.push({ code: 'missing_stage_name', ...at, params: { stage: label } });
  for (const lang of ['vi', 'en'] as const) {
    const name = stage.name[lang].trim();
    // a string's code points never outnumber its UTF-16 units: skip the costly count for short names
    if (name.length <= maxStageNameLength) continue;
    // NFC code points, so a Vietnamese letter counts once even when typed as letter + combining marks
    const length = [...name.normalize('NFC')].length;
    if (length <= maxStageNameLength) continue;
    const params = { stage: label, lang, length, limit: maxStageNameLength };
    problems.push({ code: 'stage_name_too_long', ...at, params });
  }
  return problems;
}

function businessProblems(stage: ProcessStage, label: StageLabel): ProcessProblem[] {
  const at = { stageId: stage.id, edgeId: null } as const;
  const problems: ProcessProblem[] = [];
  const { businessStep, yieldRange } = stage;
  if (businessStep !== null && !isKnownBusinessStep(businessStep)) {
    problems.push({ code: 'unknown_business_step', ...at, params: { stage: label, businessStep } });
  }
  // a transformation makes new lots: labels are bound when those lots are packed
  if (stage.bindsLabels === true && stage.kind === 'transformation') {
    problems.push({ code: 'binds_labels_on_transformation', ...at, params: { stage: label } });
  }
  if (yieldRange !== null && stage.kind !== 'transformation') {
    problems.push({ code: 'yield_range_on_non_transformation', ...at, params: { stage: label } });
  }
  const fault = yieldRange !== null && stage.kind === 'transformation' ? yieldRangeFault(yieldRange) : null;
  if (yieldRange !== null && fault !== null) {
    const params = { stage: label, ...yieldRange, fault, limit: maxYieldPercent };
    problems.push({ code: 'yield_range_invalid', ...at, params });
  }
  return problems;
}

/**
 * One stage per process sets the lot's quantity: a clerk then knows which figure the lot shows, and a
 * harvest split over several stages is recorded as a repeatable stage (its latest record counts).
 * Whether the field is a number with a unit is a form question, checked by `@nguon/forms`.
 */
function lotQuantityProblems(stages: ProcessStage[]): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  let first: ProcessStage | null = null;
  for (const stage of stages) {
    if ((stage.lotQuantityField ?? null) === null) continue;
    const at = { stageId: stage.id, edgeId: null } as const;
    const label = stageLabel(stage);
    // a transformation's outputs get their quantities in the transformation itself
    if (stage.kind !== 'stage')
      problems.push({ code: 'lot_quantity_on_non_stage', ...at, params: { stage: label } });
    if (first === null) first = stage;
    else {
      const params = { stage: label, firstStage: stageLabel(first) };
      problems.push({ code: 'lot_quantity_stage_twice', ...at, params });
    }
  }
  return problems;
}

/** What is wrong with a yield range, or null; a null bound means "no bound". */
export function yieldRangeFault({ minPercent, maxPercent }: YieldRange): YieldRangeFault | null {
  const bounds = [minPercent, maxPercent].filter((bound) => bound !== null);
  if (bounds.some((bound) => !Number.isFinite(bound))) return 'not_a_number';
  if (bounds.some((bound) => bound < 0)) return 'negative';
  if (bounds.some((bound) => bound > maxYieldPercent)) return 'too_high';
  if (minPercent !== null && maxPercent !== null && minPercent > maxPercent) return 'min_above_max';
  return null;
}

function edgeProblems(edges: ProcessEdge[], graph: StageGraph): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  const ids = new Set<string>();
  const pairs = new Set<number>();
  const label = (index: number) => stageLabel(graph.stages[index]!);
  for (const edge of edges) {
    const at = { stageId: null, edgeId: edge.id } as const;
    if (ids.has(edge.id)) problems.push({ code: 'duplicate_edge_id', ...at, params: {} });
    ids.add(edge.id);
    const source = graph.indexOf.get(edge.source);
    const target = graph.indexOf.get(edge.target);
    if (source === undefined || target === undefined) {
      const params = {
        source: source === undefined ? null : label(source),
        target: target === undefined ? null : label(target),
      };
      problems.push({ code: 'dangling_edge', ...at, params });
    } else if (source === target) {
      problems.push({
        code: 'self_loop',
        stageId: edge.source,
        edgeId: edge.id,
        params: { stage: label(source) },
      });
    } else if (pairs.has(source * graph.stages.length + target)) {
      problems.push({
        code: 'duplicate_edge',
        ...at,
        params: { source: label(source), target: label(target) },
      });
    } else pairs.add(source * graph.stages.length + target);
  }
  return problems;
}

function unreachableProblems(graph: StageGraph): ProcessProblem[] {
  const starts = graph.stages.flatMap((stage, index) => (stage.start ? [index] : []));
  // with no start stage every stage would be unreachable; `no_start_stage` already says it once
  if (starts.length === 0) return [];
  const reached = reachable(graph.out, starts);
  const problems: ProcessProblem[] = [];
  graph.stages.forEach((stage, index) => {
    if (reached[index]) return;
    problems.push({
      code: 'unreachable_stage',
      stageId: stage.id,
      edgeId: null,
      params: { stage: stageLabel(stage) },
    });
  });
  return problems;
}

function cycleProblems(graph: StageGraph): ProcessProblem[] {
  const components = stronglyConnectedComponents(graph.out).filter((members) => members.length > 1);
  components.sort((a, b) => a[0]! - b[0]!);
  return components.map((members) => {
    const first = members[0]!;
    const walk = shortestCycleThrough(graph.out, first, new Set(members));
    const stages = walk.map((index) => stageLabel(graph.stages[index]!));
    const componentStageIds = members.map((index) => graph.stages[index]!.id);
    const stage = stageLabel(graph.stages[first]!);
    return { code: 'cycle', stageId: stage.id, edgeId: null, params: { stage, stages, componentStageIds } };
  });
}
