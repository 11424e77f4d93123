import {
  type CopiedStages,
  type LocalizedText,
  nextStageKey,
  type ProcessDefinition,
  type ProcessEdge,
  type ProcessStage,
  type StageForm,
  type StageKind,
  type StagePosition,
  stageKeyFollowsName,
  stageKeyFromName,
  wouldCreateCycle,
} from '@nguon/domain';

/**
 * Pure edits of a process definition. Each returns the same object when nothing changes (so the history
 * records no step) and keeps every untouched stage and edge object, so the canvas re-renders only what moved.
 */

export interface NewStageInput {
  id: string;
  kind: StageKind;
  name: LocalizedText;
  position: StagePosition;
  form: StageForm;
}

/** A stage with a key made from its Vietnamese name and unused in the definition; the first stage starts. */
export function newStage(definition: ProcessDefinition, input: NewStageInput): ProcessStage {
  const keys = definition.stages.map((stage) => stage.key);
  return {
    id: input.id,
    key: nextStageKey(keys, stageKeyFromName(input.name.vi)),
    name: input.name,
    kind: input.kind,
    start: definition.stages.length === 0,
    repeatable: false,
    businessStep: null,
    yieldRange: input.kind === 'transformation' ? { minPercent: null, maxPercent: null } : null,
    position: input.position,
    form: input.form,
  };
}

export function hasEdge(definition: ProcessDefinition, source: string, target: string): boolean {
  return definition.edges.some((edge) => edge.source === source && edge.target === target);
}

/** Whether the designer lets a connection be drawn: no self-loop, no duplicate, no cycle. */
export function canConnect(definition: ProcessDefinition, source: string, target: string): boolean {
  return (
    source !== target && !hasEdge(definition, source, target) && !wouldCreateCycle(definition, source, target)
  );
}

export function connectStages(definition: ProcessDefinition, edge: ProcessEdge): ProcessDefinition {
  if (!canConnect(definition, edge.source, edge.target)) return definition;
  return { ...definition, edges: [...definition.edges, edge] };
}

/** Adds a stage, connected to an existing one when `edge` is given (one undo step for both). */
export function addStage(
  definition: ProcessDefinition,
  stage: ProcessStage,
  edge?: ProcessEdge,
): ProcessDefinition {
  const withStage = { ...definition, stages: [...definition.stages, stage] };
  return edge ? connectStages(withStage, edge) : withStage;
}

/** Removes stages with every edge touching them, and the given edges. */
export function removeElements(
  definition: ProcessDefinition,
  stageIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): ProcessDefinition {
  const stages = definition.stages.filter((stage) => !stageIds.has(stage.id));
  const edges = definition.edges.filter(
    (edge) => !edgeIds.has(edge.id) && !stageIds.has(edge.source) && !stageIds.has(edge.target),
  );
  if (stages.length === definition.stages.length && edges.length === definition.edges.length)
    return definition;
  return { ...definition, stages, edges };
}

const samePosition = (a: StagePosition, b: StagePosition) => a.x === b.x && a.y === b.y;

/** New positions for some stages (a drag's end, an auto-layout); positions are rounded to whole pixels. */
export function moveStages(
  definition: ProcessDefinition,
  positions: ReadonlyMap<string, StagePosition>,
): ProcessDefinition {
  let moved = false;
  const stages = definition.stages.map((stage) => {
    const target = positions.get(stage.id);
    if (!target) return stage;
    const position = { x: Math.round(target.x), y: Math.round(target.y) };
    if (samePosition(position, stage.position)) return stage;
    moved = true;
    return { ...stage, position };
  });
  return moved ? { ...definition, stages } : definition;
}

export type StagePatch = Partial<Omit<ProcessStage, 'id' | 'position'>>;

const stageProperties = [
  'key',
  'name',
  'kind',
  'start',
  'repeatable',
  'businessStep',
  'yieldRange',
  'lotQuantityField',
  'bindsLabels',
  'jobs',
  'closeWhenFollowed',
  'waitingPeriods',
  'form',
] as const satisfies readonly (keyof StagePatch)[];

/**
 * Changes some properties of one stage; a kind other than transformation drops the yield range, and a
 * kind other than an ordinary stage drops the lot quantity field, and a transformation drops label binding
 * (the panel no longer offers them).
 */
export function updateStage(
  definition: ProcessDefinition,
  stageId: string,
  patch: StagePatch,
): ProcessDefinition {
  let changed = false;
  const stages = definition.stages.map((stage) => {
    if (stage.id !== stageId) return stage;
    const next = withKind({ ...stage, ...patch }, patch.kind);
    if (stageProperties.every((property) => stage[property] === next[property])) return stage;
    changed = true;
    return next;
  });
  return changed ? { ...definition, stages } : definition;
}

/**
 * A Vietnamese name typed for a stage. Its key follows, as a field's does, while the key is still the one
 * made from the name and `keyFrozen` is false; a published stage's key stays, since records refer to it.
 */
export function renameStage(
  definition: ProcessDefinition,
  stage: ProcessStage,
  vi: string,
  keyFrozen: boolean,
): StagePatch {
  const name = { ...stage.name, vi };
  if (keyFrozen || vi.trim() === '' || !stageKeyFollowsName(stage.key, stage.name.vi)) return { name };
  const others = definition.stages.filter((other) => other.id !== stage.id).map((other) => other.key);
  return { name, key: nextStageKey(others, stageKeyFromName(vi)) };
}

function withKind(stage: ProcessStage, kind: StageKind | undefined): ProcessStage {
  if (kind === undefined) return stage;
  if (kind !== 'stage' && (stage.lotQuantityField ?? null) !== null) {
    return withKind({ ...stage, lotQuantityField: null }, kind);
  }
  if (kind === 'transformation' && stage.bindsLabels === true)
    return withKind({ ...stage, bindsLabels: false }, kind);
  if (kind !== 'transformation') return { ...stage, yieldRange: null };
  return { ...stage, yieldRange: stage.yieldRange ?? { minPercent: null, maxPercent: null } };
}

/** Adds copies made by the domain's `copyStages`. */
export function pasteStages(definition: ProcessDefinition, copied: CopiedStages): ProcessDefinition {
  if (copied.stages.length === 0) return definition;
  return {
    ...definition,
    stages: [...definition.stages, ...copied.stages],
    edges: [...definition.edges, ...copied.edges],
  };
}
