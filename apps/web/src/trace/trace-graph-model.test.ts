import type { LotGenealogy } from '@nguon/contracts/client';
import { describe, expect, it } from 'vitest';
import { traceEdge, traceLot, traceLotId, traceNode } from './trace-fixtures';
import { traceGraphOf, traceNodeSize } from './trace-graph-model';
import { traceRowsOf } from './trace-rows';

// A 100 kg harvest (1) gave 50 kg to each of two blends (2, 3); blend 2 was split into pack lots 4 and 5.
const down: LotGenealogy = {
  rootLotId: traceLotId(1),
  direction: 'down',
  nodes: [
    traceNode(traceLot(1, 'H-1'), 0),
    traceNode(traceLot(3, 'B-3'), 1),
    traceNode(traceLot(2, 'B-2'), 1),
    traceNode(traceLot(4, 'P-4', { status: 'recalled' }), 2, 120),
    traceNode(traceLot(5, 'P-5'), 2, 80),
  ],
  edges: [
    traceEdge(1, 2, 50),
    traceEdge(1, 3, 50, { transformation: 2 }),
    traceEdge(2, 4, 25, { transformation: 3 }),
    traceEdge(2, 5, 25, { transformation: 3 }),
  ],
  truncated: false,
};

// Walking up from pack lot 4: the arrows still point from material to product.
const up: LotGenealogy = {
  rootLotId: traceLotId(4),
  direction: 'up',
  nodes: [
    traceNode(traceLot(4, 'P-4'), 0),
    traceNode(traceLot(2, 'B-2'), 1),
    traceNode(traceLot(1, 'H-1'), 2),
  ],
  edges: [traceEdge(2, 4, 25, { proportional: true }), traceEdge(1, 2, 50, { transformation: 2 })],
  truncated: true,
};

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < traceNodeSize.width && Math.abs(a.y - b.y) < traceNodeSize.height;

describe('traceGraphOf', () => {
  const table: [string, LotGenealogy, string[][]][] = [
    // Columns left to right, each the lot codes laid out at the same x.
    ['forward from a harvest lot', down, [['H-1'], ['B-2', 'B-3'], ['P-4', 'P-5']]],
    ['backward from a pack lot', up, [['H-1'], ['B-2'], ['P-4']]],
  ];
  it.each(table)(
    '%s: one card per lot, in columns along the flow of material',
    (_case, genealogy, columns) => {
      const graph = traceGraphOf(genealogy);
      expect(graph.nodes).toHaveLength(genealogy.nodes.length);
      const xOf = (code: string) => graph.nodes.find((n) => n.node.lot.code === code)?.position.x;
      for (const [index, column] of columns.entries()) {
        for (const code of column) expect(xOf(code)).toBe(xOf(columns[index]?.[0] ?? ''));
        const next = columns[index + 1]?.[0];
        if (next) expect(xOf(next) ?? 0).toBeGreaterThan((xOf(column[0] ?? '') ?? 0) + traceNodeSize.width);
      }
      for (const a of graph.nodes)
        for (const b of graph.nodes) if (a !== b) expect(overlaps(a.position, b.position)).toBe(false);
    },
  );

  it('marks the root and keeps each link’s moved quantity and whether it is proportional', () => {
    const graph = traceGraphOf(up);
    expect(graph.nodes.filter((n) => n.root).map((n) => n.node.lot.code)).toEqual(['P-4']);
    expect(graph.edges).toEqual([
      expect.objectContaining({
        source: traceLotId(2),
        target: traceLotId(4),
        quantity: 25,
        proportional: true,
      }),
      expect.objectContaining({
        source: traceLotId(1),
        target: traceLotId(2),
        quantity: 50,
        proportional: false,
      }),
    ]);
  });

  it('keeps two links between the same lots in two transformations, and drops links to lots not returned', () => {
    const genealogy: LotGenealogy = {
      ...down,
      edges: [
        ...down.edges,
        traceEdge(1, 2, 10, { transformation: 9 }),
        traceEdge(5, 6, 5, { transformation: 4 }),
      ],
    };
    const edges = traceGraphOf(genealogy).edges;
    expect(edges.filter((e) => e.source === traceLotId(1) && e.target === traceLotId(2))).toHaveLength(2);
    expect(edges.some((e) => e.target === traceLotId(6))).toBe(false);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  });
});

describe('traceRowsOf', () => {
  it('lists the nearest first, ties by code', () => {
    expect(traceRowsOf(down).map((n) => n.lot.code)).toEqual(['H-1', 'B-2', 'B-3', 'P-4', 'P-5']);
  });
});
