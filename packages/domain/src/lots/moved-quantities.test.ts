import { describe, expect, it } from 'vitest';
import { type MovedInput, type MovedOutput, movedQuantities } from './moved-quantities';
import type { ConvertQuantity } from './transformation-quantities';

const factors: Record<string, number> = { g: 1, kg: 1000, t: 1_000_000 };
const convert: ConvertQuantity = (value, from, to) =>
  from === to ? value : factors[from] && factors[to] ? (value * factors[from]) / factors[to] : null;

const inp = (lotId: string, taken: number): MovedInput => ({ lotId, taken });
const out = (lotId: string, quantity: number, unit = 'kg'): MovedOutput => ({ lotId, quantity, unit });

describe('movedQuantities', () => {
  it.each([
    {
      name: 'a merge: each input gives all it was taken',
      inputs: [inp('h1', 100), inp('h2', 50)],
      outputs: [out('b', 140)],
      moved: [
        ['h1', 'b', 100, false],
        ['h2', 'b', 50, false],
      ],
    },
    {
      name: 'a split with nothing lost: each output got its own quantity',
      inputs: [inp('b', 150)],
      outputs: [out('p1', 50), out('p2', 100)],
      moved: [
        ['b', 'p1', 50, false],
        ['b', 'p2', 100, false],
      ],
    },
    {
      name: 'a split with loss: the input is shared by the outputs, the loss carried pro rata',
      inputs: [inp('b', 120)],
      outputs: [out('p1', 50), out('p2', 50)],
      moved: [
        ['b', 'p1', 60, false],
        ['b', 'p2', 60, false],
      ],
    },
    {
      name: 'a harvest lot giving half to each of two blends (two splits of one lot)',
      inputs: [inp('h', 50)],
      outputs: [out('blend', 50)],
      moved: [['h', 'blend', 50, false]],
    },
    {
      name: 'many-to-many: proportional and marked so',
      inputs: [inp('a', 30), inp('b', 90)],
      outputs: [out('x', 40), out('y', 80)],
      moved: [
        ['a', 'x', 10, true],
        ['a', 'y', 20, true],
        ['b', 'x', 30, true],
        ['b', 'y', 60, true],
      ],
    },
    {
      name: 'outputs in different units are shared once converted; the parent keeps its unit',
      inputs: [inp('b', 2)],
      outputs: [out('p1', 500, 'g'), out('p2', 1.5, 'kg')],
      moved: [
        ['b', 'p1', 0.5, false],
        ['b', 'p2', 1.5, false],
      ],
    },
    { name: 'no outputs, no links', inputs: [inp('a', 1)], outputs: [], moved: [] },
  ])('$name', ({ inputs, outputs, moved }) => {
    const links = movedQuantities(inputs, outputs, convert);
    expect(links.map((l) => [l.parentLotId, l.childLotId, l.quantity, l.proportional])).toEqual(
      moved.map(([parent, child, quantity, proportional]) => [
        parent,
        child,
        expect.closeTo(Number(quantity), 9),
        proportional,
      ]),
    );
  });

  it('what each input gave adds up to what was taken from it', () => {
    const inputs = [inp('a', 33.3), inp('b', 66.7), inp('c', 0.1)];
    const links = movedQuantities(inputs, [out('x', 7), out('y', 11), out('z', 13, 'g')], convert);
    for (const input of inputs) {
      const given = links.filter((l) => l.parentLotId === input.lotId).reduce((s, l) => s + l.quantity, 0);
      expect(given).toBeCloseTo(input.taken, 9);
    }
  });
});
