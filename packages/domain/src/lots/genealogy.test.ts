import { describe, expect, it } from 'vitest';
import { createGenealogy } from './genealogy';

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
