import { describe, expect, it } from 'vitest';
import { recallClosure } from './recall-closure';

const link = (parent: string, child: string) => ({ parent, child });
const view = (seeds: string[], links: { parent: string; child: string }[]) =>
  recallClosure(seeds, links).map((lot) => [lot.lotId, lot.depth, lot.fromLotIds.join('+')]);

describe('recall closure', () => {
  it.each([
    ['a lone seed', ['a'], [], [['a', 0, '']]],
    [
      'a chain',
      ['a'],
      [link('a', 'b'), link('b', 'c')],
      [
        ['a', 0, ''],
        ['b', 1, 'a'],
        ['c', 2, 'b'],
      ],
    ],
    [
      'a merge keeps the unaffected input out, and names only affected parents',
      ['h1'],
      [link('h1', 'm'), link('h2', 'm')],
      [
        ['h1', 0, ''],
        ['m', 1, 'h1'],
      ],
    ],
    [
      'a split reaches every output',
      ['b'],
      [link('b', 'p1'), link('b', 'p2'), link('b', 'p3')],
      [
        ['b', 0, ''],
        ['p1', 1, 'b'],
        ['p2', 1, 'b'],
        ['p3', 1, 'b'],
      ],
    ],
    [
      'a diamond reaches its bottom once, at the shortest depth, from both sides',
      ['a'],
      [link('a', 'b'), link('a', 'c'), link('b', 'd'), link('c', 'd'), link('a', 'd')],
      [
        ['a', 0, ''],
        ['b', 1, 'a'],
        ['c', 1, 'a'],
        ['d', 1, 'b+c+a'],
      ],
    ],
    [
      'a seed made from another seed stays a seed',
      ['a', 'b'],
      [link('a', 'b'), link('b', 'c')],
      [
        ['a', 0, ''],
        ['b', 0, 'a'],
        ['c', 1, 'b'],
      ],
    ],
    [
      'a cycle ends',
      ['a'],
      [link('a', 'b'), link('b', 'a')],
      [
        ['a', 0, 'b'],
        ['b', 1, 'a'],
      ],
    ],
  ] as const)('%s', (_name, seeds, links, expected) => {
    expect(view([...seeds], [...links])).toEqual(expected);
  });

  it('walks a chain 50 and 100,000 deep without recursion', () => {
    for (const length of [50, 100_000]) {
      const links = Array.from({ length }, (_, i) => link(`l${i}`, `l${i + 1}`));
      const closure = recallClosure(['l0'], links);
      expect([closure.length, closure.at(-1)?.depth]).toEqual([length + 1, length]);
    }
  });
});
