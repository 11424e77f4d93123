import { graphlib, layout } from '@dagrejs/dagre';
import type { GenealogyNode, LotGenealogy } from '@nguon/contracts/client';

/** The size every lot card is laid out with: the canvas draws them this size. */
export const traceNodeSize = { width: 220, height: 104 } as const;

const spacing = { nodesep: 32, ranksep: 96 };

export interface TraceGraphNode {
  id: string;
  /** Top-left corner, as the canvas places cards. */
  position: { x: number; y: number };
  node: GenealogyNode;
  root: boolean;
}

export interface TraceGraphEdge {
  id: string;
  /** Material flows from source to target: parent to child, whichever way the walk went. */
  source: string;
  target: string;
  quantity: number;
  unit: string;
  proportional: boolean;
}

export interface TraceGraph {
  nodes: TraceGraphNode[];
  edges: TraceGraphEdge[];
}

/**
 * The genealogy as a laid-out graph: one card per lot, one arrow per link from the material's lot to what was made
 * of it (so a backward walk reads left to right too, farms first). Links to lots the walk did not return (cut off
 * by the node limit) are left out; two links between the same lots in two transformations stay two arrows.
 */
export function traceGraphOf(genealogy: LotGenealogy): TraceGraph {
  const known = new Set(genealogy.nodes.map((node) => node.lot.id));
  const edges = genealogy.edges
    .filter((edge) => known.has(edge.parentLotId) && known.has(edge.childLotId))
    .map((edge) => ({
      id: `${edge.transformationId}:${edge.parentLotId}:${edge.childLotId}`,
      source: edge.parentLotId,
      target: edge.childLotId,
      quantity: edge.quantity,
      unit: edge.unit,
      proportional: edge.proportional,
    }));
  const positions = layoutTrace(
    genealogy.nodes.map((node) => node.lot.id),
    edges,
  );
  const nodes = genealogy.nodes.map((node) => ({
    id: node.lot.id,
    position: positions.get(node.lot.id) ?? { x: 0, y: 0 },
    node,
    root: node.lot.id === genealogy.rootLotId,
  }));
  return { nodes, edges };
}

function layoutTrace(
  ids: readonly string[],
  edges: readonly TraceGraphEdge[],
): Map<string, { x: number; y: number }> {
  const graph = new graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', ...spacing, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) graph.setNode(id, { ...traceNodeSize });
  for (const edge of edges)
    if (edge.source !== edge.target) graph.setEdge(edge.source, edge.target, {}, edge.id);
  layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const { x = 0, y = 0 } = graph.node(id);
    // dagre gives centres; React Flow places cards by their top-left corner
    positions.set(id, { x: x - traceNodeSize.width / 2, y: y - traceNodeSize.height / 2 });
  }
  return positions;
}
