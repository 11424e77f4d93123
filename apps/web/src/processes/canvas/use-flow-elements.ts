import type { ProcessDefinition } from '@nguon/domain';
import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { NodeSize } from '../editing/auto-layout';
import {
  type StageDecorations,
  type StageEdge,
  type StageNode,
  syncStageEdges,
  syncStageNodes,
} from './flow-elements';

interface FlowState {
  definition: ProcessDefinition;
  decorations: StageDecorations;
  nodes: StageNode[];
  edges: StageEdge[];
  /** Stages to select once they are on the canvas (just added or pasted). */
  pendingSelection: ReadonlySet<string> | null;
}

export interface Selection {
  stageIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

/** Marks exactly these nodes selected, replacing only the node objects whose selection changes. */
export function selectOnly<T extends { id: string; selected?: boolean }>(
  items: T[],
  ids: ReadonlySet<string>,
): T[] {
  let changed = false;
  const next = items.map((item) => {
    const selected = ids.has(item.id);
    if ((item.selected ?? false) === selected) return item;
    changed = true;
    return { ...item, selected };
  });
  return changed ? next : items;
}

function synced(state: FlowState, definition: ProcessDefinition, decorations: StageDecorations): FlowState {
  const nodes = syncStageNodes(state.nodes, definition.stages, decorations);
  const pending = state.pendingSelection;
  return {
    definition,
    decorations,
    nodes: pending ? selectOnly(nodes, pending) : nodes,
    edges: syncStageEdges(
      pending ? selectOnly(state.edges, new Set()) : state.edges,
      definition.edges,
      decorations,
    ),
    pendingSelection: null,
  };
}

/**
 * The canvas's nodes and edges, derived from the shown definition and kept in step with it during render
 * (no frame with stale cards), while React Flow's own changes (drag in flight, measuring, selection) apply locally.
 */
export function useFlowElements(definition: ProcessDefinition, decorations: StageDecorations) {
  const [state, setState] = useState<FlowState>(() =>
    synced(
      { definition, decorations, nodes: [], edges: [], pendingSelection: null },
      definition,
      decorations,
    ),
  );
  let current = state;
  if (state.definition !== definition || state.decorations !== decorations) {
    current = synced(state, definition, decorations);
    setState(current);
  }
  const onNodesChange = useCallback(
    (changes: NodeChange<StageNode>[]) =>
      setState((before) => ({ ...before, nodes: applyNodeChanges(changes, before.nodes) })),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<StageEdge>[]) =>
      setState((before) => ({ ...before, edges: applyEdgeChanges(changes, before.edges) })),
    [],
  );
  /** Selects these stages (and no edge); `afterEdit` when they only appear with the edit just dispatched. */
  const select = useCallback(
    (stageIds: ReadonlySet<string>, afterEdit = false) =>
      setState((before) => ({
        ...before,
        nodes: selectOnly(before.nodes, stageIds),
        edges: selectOnly(before.edges, new Set()),
        pendingSelection: afterEdit ? stageIds : null,
      })),
    [],
  );
  const selection = useSelection(current.nodes, current.edges);
  return { nodes: current.nodes, edges: current.edges, onNodesChange, onEdgesChange, select, selection };
}

function useSelection(nodes: StageNode[], edges: StageEdge[]): Selection {
  const stageKey = nodes.flatMap((node) => (node.selected ? [node.id] : [])).join(' ');
  const edgeKey = edges.flatMap((edge) => (edge.selected ? [edge.id] : [])).join(' ');
  // keyed by the ids so the selection object changes only when the selection does (not on every drag frame)
  return useMemo(
    () => ({
      stageIds: new Set(stageKey ? stageKey.split(' ') : []),
      edgeIds: new Set(edgeKey ? edgeKey.split(' ') : []),
    }),
    [stageKey, edgeKey],
  );
}

/** The sizes React Flow measured, for laying out the cards as they really are. */
export function measuredSizes(nodes: StageNode[]): Map<string, NodeSize> {
  const sizes = new Map<string, NodeSize>();
  for (const node of nodes) {
    const { width, height } = node.measured ?? {};
    if (width && height) sizes.set(node.id, { width, height });
  }
  return sizes;
}
