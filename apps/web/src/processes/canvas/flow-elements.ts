import type { ProcessEdge, ProcessStage } from '@nguon/domain';
import type { Edge, Node } from '@xyflow/react';

/** How a stage differs in the diff being shown, by stage key. */
export type StageChange = 'added' | 'removed' | 'changed' | 'unchanged';

export type StageNodeData = {
  stage: ProcessStage;
  problemCount: number;
  change: StageChange | null;
};
export type StageNode = Node<StageNodeData, 'stage'>;

export interface StageDecorations {
  /** Problems per stage id. */
  problemCounts: ReadonlyMap<string, number>;
  /** Diff change per stage key, while a diff is shown. */
  changes: ReadonlyMap<string, StageChange>;
  /** Edges a problem is about. */
  problemEdgeIds: ReadonlySet<string>;
}

export const noDecorations: StageDecorations = {
  problemCounts: new Map(),
  changes: new Map(),
  problemEdgeIds: new Set(),
};

const sameArray = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The canvas nodes for the stages, reusing each previous node object whose stage and decorations did not
 * change: React Flow then skips it, and its measured size, selection and in-flight drag position survive.
 * Returns `previous` itself when nothing changed.
 */
export function syncStageNodes(
  previous: StageNode[],
  stages: readonly ProcessStage[],
  decorations: StageDecorations,
): StageNode[] {
  const previousById = new Map(previous.map((node) => [node.id, node]));
  const next = stages.map((stage) => {
    const data: StageNodeData = {
      stage,
      problemCount: decorations.problemCounts.get(stage.id) ?? 0,
      change: decorations.changes.get(stage.key) ?? null,
    };
    const before = previousById.get(stage.id);
    if (!before) return { id: stage.id, type: 'stage' as const, position: stage.position, data };
    const unchanged =
      before.data.stage === stage &&
      before.data.problemCount === data.problemCount &&
      before.data.change === data.change;
    return unchanged ? before : { ...before, position: stage.position, data };
  });
  return sameArray(next, previous) ? previous : next;
}

export type StageEdge = Edge;

/** The canvas edges, reusing unchanged edge objects (and their selection); `previous` itself when nothing changed. */
export function syncStageEdges(
  previous: StageEdge[],
  edges: readonly ProcessEdge[],
  decorations: StageDecorations,
): StageEdge[] {
  const previousById = new Map(previous.map((edge) => [edge.id, edge]));
  const next = edges.map((edge) => {
    const className = decorations.problemEdgeIds.has(edge.id) ? 'designer-edge-problem' : undefined;
    const before = previousById.get(edge.id);
    if (
      before &&
      before.source === edge.source &&
      before.target === edge.target &&
      before.className === className
    ) {
      return before;
    }
    return { ...before, id: edge.id, source: edge.source, target: edge.target, className };
  });
  return sameArray(next, previous) ? previous : next;
}
