import { describe, expect, it } from 'vitest';
import { createGenealogy, orderClosure } from './genealogy';

// h1 + h2 merge into batch b; b splits into p1, p2; p2 with h3 makes mix m
const genealogy = createGenealogy([
  { parent: 'h1', child: 'b' },
  { parent: 'h2', child: 'b' },
  { parent: 'b', child: 'p1' },
  { parent: 'b', child: 'p2' },
  { parent: 'p2', child: 'm' },
  { parent: 'h3', child: 'm' },
  { parent: 'h1', child: 'b' },
]);

describe('genealogy', () => {
  it.each([
    ['one step back', (g: typeof genealogy) => g.parents('b'), ['h1', 'h2']],
    ['one step forward', (g: typeof genealogy) => g.children('b'), ['p1', 'p2']],
    [
      'every ancestor, nearest first',
      (g: typeof genealogy) => g.ancestors(['m']),
      ['p2', 'h3', 'b', 'h1', 'h2'],
    ],
    [
      'every descendant, nearest first',
      (g: typeof genealogy) => g.descendants(['h1']),
      ['b', 'p1', 'p2', 'm'],
    ],
    [
      'from several lots, none twice',
      (g: typeof genealogy) => g.descendants(['h1', 'h2', 'b']),
      ['p1', 'p2', 'm'],
    ],
    ['a lot with no links', (g: typeof genealogy) => g.descendants(['x']), []],
  ] as const)('%s', (_name, query, expected) => {
    expect(query(genealogy)).toEqual(expected);
  });

  it('ends on a cycle and walks a deep chain without recursion', () => {
    const links = Array.from({ length: 100_000 }, (_, i) => ({ parent: `l${i}`, child: `l${i + 1}` }));
    links.push({ parent: 'l100000', child: 'l0' });
    expect(createGenealogy(links).descendants(['l0'])).toHaveLength(100_000);
  });
});

// h1 + h2 -> b -> p1, p2; p1 -> q; p2 -> q (a diamond under b); h3 -> s (a sibling line)
const links = [
  { parent: 'h1', child: 'b' },
  { parent: 'h2', child: 'b' },
  { parent: 'b', child: 'p1' },
  { parent: 'b', child: 'p2' },
  { parent: 'p1', child: 'q' },
  { parent: 'p2', child: 'q' },
  { parent: 'h3', child: 's' },
];

describe('orderClosure', () => {
  it.each([
    {
      name: 'down from a harvest lot, the diamond once',
      seeds: ['h1'],
      dir: 'down',
      limits: {},
      nodes: 'h1:0 b:1 p1:2 p2:2 q:3',
      links: 5,
      truncated: false,
    },
    {
      name: 'up from the diamond to both harvests',
      seeds: ['q'],
      dir: 'up',
      limits: {},
      nodes: 'q:0 p1:1 p2:1 b:2 h1:3 h2:3',
      links: 6,
      truncated: false,
    },
    {
      name: 'the shortest depth when paths differ',
      seeds: ['h1', 'p2'],
      dir: 'down',
      limits: {},
      nodes: 'h1:0 p2:0 b:1 q:1 p1:2',
      links: 5,
      truncated: false,
    },
    {
      name: 'a depth limit truncates',
      seeds: ['h1'],
      dir: 'down',
      limits: { maxDepth: 2 },
      nodes: 'h1:0 b:1 p1:2 p2:2',
      links: 3,
      truncated: true,
    },
    {
      name: 'a node limit truncates',
      seeds: ['b'],
      dir: 'down',
      limits: { maxNodes: 2 },
      nodes: 'b:0 p1:1',
      links: 1,
      truncated: true,
    },
    {
      name: 'a limit reached exactly is not truncated',
      seeds: ['q'],
      dir: 'down',
      limits: { maxDepth: 0 },
      nodes: 'q:0',
      links: 0,
      truncated: false,
    },
    {
      name: 'a lot with no links is its own closure',
      seeds: ['x'],
      dir: 'down',
      limits: {},
      nodes: 'x:0',
      links: 0,
      truncated: false,
    },
  ] as const)('$name', ({ seeds, dir, limits, nodes, links: linkCount, truncated }) => {
    const closure = orderClosure(seeds, links, dir, limits);
    expect(closure.nodes.map((n) => `${n.lotId}:${n.depth}`).join(' ')).toBe(nodes);
    expect(closure.links).toHaveLength(linkCount);
    expect(closure.truncated).toBe(truncated);
  });

  it('orders 100,000 lots of a chain without recursion, depths counted', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({ parent: `l${i}`, child: `l${i + 1}` }));
    const closure = orderClosure(['l0'], chain, 'down');
    expect(closure.nodes).toHaveLength(100_001);
    expect(closure.nodes.at(-1)).toEqual({ lotId: 'l100000', depth: 100_000 });
  });
});
