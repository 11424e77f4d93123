import type {
  ProcessDefinition,
  ProcessEdge,
  ProcessStage,
  StageJob,
  StagePosition,
  WaitingPeriod,
} from './process-definition';
import { buildStageGraph, reachable, topologicalIndices } from './process-graph';
import { stageKeyPattern } from './process-problems';

const maxStageKeyLength = 40;
const fallbackStageKey = 'cong_doan';

/** Whether adding source -> target would close a cycle (or is a self-loop); for refusing a connection while dragging. */
export function wouldCreateCycle(definition: ProcessDefinition, sourceId: string, targetId: string): boolean {
  if (sourceId === targetId) return true;
  const graph = buildStageGraph(definition);
  const source = graph.indexOf.get(sourceId);
  const target = graph.indexOf.get(targetId);
  // an edge to a missing stage is dangling, not a cycle
  if (source === undefined || target === undefined) return false;
  return reachable(graph.out, [target])[source] === true;
}

/** Stage ids in an order where every edge points forward; ties keep definition order; stages in a cycle come last. */
export function topologicalOrder(definition: ProcessDefinition): string[] {
  const graph = buildStageGraph(definition);
  return topologicalIndices(graph).map((index) => graph.stages[index]!.id);
}

export function startStageIds(definition: ProcessDefinition): string[] {
  return buildStageGraph(definition).stages.flatMap((stage) => (stage.start ? [stage.id] : []));
}

/** Stage id -> ids of the stages its edges lead to (every stage present, missing stages left out, no repeats). */
export function successors(definition: ProcessDefinition): Map<string, string[]> {
  const graph = buildStageGraph(definition);
  return new Map(
    graph.stages.map((stage, index) => [stage.id, graph.out[index]!.map((i) => graph.stages[i]!.id)]),
  );
}

/** Stage id -> ids of the stages with an edge into it (every stage present, missing stages left out, no repeats). */
export function predecessors(definition: ProcessDefinition): Map<string, string[]> {
  const graph = buildStageGraph(definition);
  return new Map(
    graph.stages.map((stage, index) => [stage.id, graph.in[index]!.map((i) => graph.stages[i]!.id)]),
  );
}

/** A stage key from a Vietnamese name: `Thu hoạch & sơ chế` -> `thu_hoach_so_che`; always a valid key. */
export function stageKeyFromName(nameVi: string): string {
  const ascii = nameVi
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  let key = ascii.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (/^[0-9]/.test(key)) key = `s_${key}`;
  key = key.slice(0, maxStageKeyLength).replace(/_+$/, '');
  return key === '' ? fallbackStageKey : key;
}

/** True while a key is the one made from the name (`thu_hoach`, or `thu_hoach_2` beside another), so it may follow it. */
export function stageKeyFollowsName(key: string, nameVi: string): boolean {
  const base = stageKeyFromName(nameVi);
  if (key === base) return true;
  const suffix = /_\d+$/.exec(key)?.[0];
  // the base cut as nextStageKey cuts it to make room for the number
  return (
    suffix !== undefined &&
    key === `${base.slice(0, maxStageKeyLength - suffix.length).replace(/_+$/, '')}${suffix}`
  );
}

/** `base` if no stage has it yet, else `base_2`, `base_3`... cut so the key stays within 40 characters. */
export function nextStageKey(existingKeys: Iterable<string>, base: string): string {
  const taken = new Set(existingKeys);
  const valid = stageKeyPattern.test(base) ? base : stageKeyFromName(base);
  if (!taken.has(valid)) return valid;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${valid.slice(0, maxStageKeyLength - suffix.length).replace(/_+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface CopiedStages {
  stages: ProcessStage[];
  edges: ProcessEdge[];
}

/**
 * Copies of the chosen stages with new ids, unused keys (`harvest` -> `harvest_2`), moved by `offset`, and
 * copies of the edges among them. New ids are drawn for stages first, then edges, in definition order, then the
 * copies' jobs (a job id is unique in the process: records and waiting periods name it).
 */
export function copyStages(
  definition: ProcessDefinition,
  stageIds: Iterable<string>,
  newId: () => string,
  offset: StagePosition,
): CopiedStages {
  const chosen = new Set(stageIds);
  const originals = buildStageGraph(definition).stages.filter((stage) => chosen.has(stage.id));
  const keys = definition.stages.map((stage) => stage.key);
  const idMap = new Map<string, string>();
  const stages = originals.map((original) => {
    // a copy of harvest_2 becomes harvest_3, not harvest_2_2, and never takes the bare base
    const base = original.key.replace(/_\d{1,3}$/, '');
    const key = nextStageKey([...keys, base], base);
    keys.push(key);
    const copy = copyStage(original, newId(), key, offset);
    idMap.set(original.id, copy.id);
    return copy;
  });
  const edges = definition.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    return source === undefined || target === undefined ? [] : [{ id: newId(), source, target }];
  });
  return { stages: renewJobIds(stages, newId), edges };
}

/** The stages with new job ids; waiting periods naming one of those jobs follow it. */
function renewJobIds(stages: readonly ProcessStage[], newId: () => string): ProcessStage[] {
  const ids = new Map<string, string>();
  for (const stage of stages) for (const job of stage.jobs ?? []) ids.set(job.id, newId());
  if (ids.size === 0) return [...stages];
  const follow = (periods: WaitingPeriod[]) =>
    periods.map((period) => ({ ...period, afterJobId: ids.get(period.afterJobId) ?? period.afterJobId }));
  const renewJob = (job: StageJob): StageJob => {
    const renewed = { ...job, id: ids.get(job.id) ?? job.id };
    return job.waitingPeriods ? { ...renewed, waitingPeriods: follow(job.waitingPeriods) } : renewed;
  };
  return stages.map((stage) => {
    const renewed = stage.jobs ? { ...stage, jobs: stage.jobs.map(renewJob) } : stage;
    return stage.waitingPeriods ? { ...renewed, waitingPeriods: follow(stage.waitingPeriods) } : renewed;
  });
}

function copyStage(original: ProcessStage, id: string, key: string, offset: StagePosition): ProcessStage {
  // structuredClone so editing the copy's form or names never reaches the original
  const copy = structuredClone(original);
  const position = { x: original.position.x + offset.x, y: original.position.y + offset.y };
  return { ...copy, id, key, position };
}
