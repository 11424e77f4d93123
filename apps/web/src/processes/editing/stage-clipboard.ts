import {
  copyStages,
  type ProcessDefinition,
  type ProcessEdge,
  type ProcessStage,
  type StagePosition,
} from '@nguon/domain';
import { pasteStages } from './definition-edits';

/** Copied stages and the edges among them, as they were when copied: pasting works after they are deleted. */
export interface StageClipboard {
  stages: ProcessStage[];
  edges: ProcessEdge[];
}

export function copyToClipboard(
  definition: ProcessDefinition,
  stageIds: ReadonlySet<string>,
): StageClipboard | null {
  const stages = definition.stages.filter((stage) => stageIds.has(stage.id));
  if (stages.length === 0) return null;
  const edges = definition.edges.filter((edge) => stageIds.has(edge.source) && stageIds.has(edge.target));
  return { stages, edges };
}

export interface Pasted {
  definition: ProcessDefinition;
  stageIds: string[];
}

/**
 * Copies of the clipboard's stages (the current version of those still in the definition), with new ids
 * and unused keys, moved by `offset`, with the edges among them.
 */
export function pasteClipboard(
  definition: ProcessDefinition,
  clipboard: StageClipboard,
  newId: () => string,
  offset: StagePosition,
): Pasted {
  const present = new Set(definition.stages.map((stage) => stage.id));
  const source: ProcessDefinition = {
    ...definition,
    stages: [...definition.stages, ...clipboard.stages.filter((stage) => !present.has(stage.id))],
    edges: clipboard.edges,
  };
  const copied = copyStages(
    source,
    clipboard.stages.map((stage) => stage.id),
    newId,
    offset,
  );
  return {
    definition: pasteStages(definition, copied),
    stageIds: copied.stages.map((stage) => stage.id),
  };
}
