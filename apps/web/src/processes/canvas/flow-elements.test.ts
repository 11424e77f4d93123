import { describe, expect, it } from 'vitest';
import { updateStage } from '../editing/definition-edits';
import { fixtureChain } from '../process-fixtures';
import { noDecorations, type StageDecorations, syncStageEdges, syncStageNodes } from './flow-elements';
import { selectOnly } from './use-flow-elements';

const chain = fixtureChain('a', 'b', 'c');

describe('syncStageNodes', () => {
  it('makes one node per stage at its position, carrying the stage', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations);
    expect(nodes.map((node) => [node.id, node.type, node.position, node.data.stage.key])).toEqual([
      ['s-a', 'stage', { x: 0, y: 0 }, 'a'],
      ['s-b', 'stage', { x: 300, y: 0 }, 'b'],
      ['s-c', 'stage', { x: 600, y: 0 }, 'c'],
    ]);
  });

  it('returns the previous array itself when nothing changed', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations);
    expect(syncStageNodes(nodes, chain.stages, noDecorations)).toBe(nodes);
  });

  it('replaces only the node of the changed stage, keeping its measured size and selection', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations).map((node) =>
      node.id === 's-b' ? { ...node, selected: true, measured: { width: 240, height: 90 } } : node,
    );
    const renamed = updateStage(chain, 's-b', { name: { vi: 'Thu hoạch', en: '' } });
    const next = syncStageNodes(nodes, renamed.stages, noDecorations);
    expect(next[0]).toBe(nodes[0]);
    expect(next[2]).toBe(nodes[2]);
    expect(next[1]).not.toBe(nodes[1]);
    expect(next[1]).toMatchObject({
      selected: true,
      measured: { width: 240, height: 90 },
      data: { stage: renamed.stages[1] },
    });
  });

  it('keeps a drag in flight while the stage object is unchanged, and takes the stage position once it changes', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations);
    const dragging = nodes.map((node) =>
      node.id === 's-a' ? { ...node, position: { x: 55, y: 66 } } : node,
    );
    expect(syncStageNodes(dragging, chain.stages, noDecorations)[0]?.position).toEqual({ x: 55, y: 66 });
    const undone = { ...chain, stages: chain.stages.map((stage) => ({ ...stage })) };
    expect(syncStageNodes(dragging, undone.stages, noDecorations)[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('re-renders only the stages whose problem count or diff colour changed', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations);
    const decorations: StageDecorations = {
      problemCounts: new Map([['s-a', 2]]),
      changes: new Map([['c', 'added']]),
      problemEdgeIds: new Set(),
    };
    const next = syncStageNodes(nodes, chain.stages, decorations);
    expect(next[0]?.data.problemCount).toBe(2);
    expect(next[1]).toBe(nodes[1]);
    expect(next[2]?.data.change).toBe('added');
  });

  it('drops nodes of removed stages', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations);
    expect(syncStageNodes(nodes, chain.stages.slice(1), noDecorations).map((node) => node.id)).toEqual([
      's-b',
      's-c',
    ]);
  });
});

describe('syncStageEdges', () => {
  it('reuses unchanged edges and marks the ones a problem is about', () => {
    const edges = syncStageEdges([], chain.edges, noDecorations);
    expect(syncStageEdges(edges, chain.edges, noDecorations)).toBe(edges);
    const flagged = syncStageEdges(edges, chain.edges, {
      ...noDecorations,
      problemEdgeIds: new Set(['e-b-c']),
    });
    expect(flagged[0]).toBe(edges[0]);
    expect(flagged[1]?.className).toBe('designer-edge-problem');
  });
});

describe('selectOnly', () => {
  it('changes only the items whose selection changes', () => {
    const nodes = syncStageNodes([], chain.stages, noDecorations);
    const selected = selectOnly(nodes, new Set(['s-b']));
    expect(selected[0]).toBe(nodes[0]);
    expect(selected[1]?.selected).toBe(true);
    expect(selectOnly(selected, new Set(['s-b']))).toBe(selected);
  });
});
