import { graphlib, layout } from '@dagrejs/dagre';
import type { ProcessDefinition, StagePosition } from '@nguon/domain';
import { moveStages } from './definition-edits';

export interface NodeSize {
  width: number;
  height: number;
}

/** The size a stage card is laid out with when the canvas has not measured it (yet). */
export const defaultStageSize: NodeSize = { width: 240, height: 96 };

const spacing = { nodesep: 40, ranksep: 90 };

/** Top-left positions for every stage, left to right along the edges, no two cards overlapping (dagre). */
export function layoutPositions(
  definition: ProcessDefinition,
  sizes: ReadonlyMap<string, NodeSize> = new Map(),
): Map<string, StagePosition> {
  const graph = new graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', ...spacing, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const stage of definition.stages)
    graph.setNode(stage.id, { ...(sizes.get(stage.id) ?? defaultStageSize) });
  for (const edge of definition.edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.setEdge(edge.source, edge.target);
    }
  }
  layout(graph);
  const positions = new Map<string, StagePosition>();
  for (const stage of definition.stages) {
    const { x = 0, y = 0, width, height } = graph.node(stage.id);
    // dagre gives centres; the canvas places cards by their top-left corner
    positions.set(stage.id, { x: x - width / 2, y: y - height / 2 });
  }
  return positions;
}

/** The definition with every stage moved to its laid-out place: one undoable edit. */
export function autoLayout(
  definition: ProcessDefinition,
  sizes?: ReadonlyMap<string, NodeSize>,
): ProcessDefinition {
  return moveStages(definition, layoutPositions(definition, sizes));
}
