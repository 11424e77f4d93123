import { describe, expect, it } from 'vitest';
import { fixtureChain } from '../process-fixtures';
import { freeSpot, nextStageGap, spotAfter } from './stage-placement';

describe('stage placement', () => {
  it('puts the next stage to the right of its predecessor', () => {
    const chain = fixtureChain('a');
    expect(spotAfter(chain, 's-a')).toEqual({ x: nextStageGap, y: 0 });
  });

  it('goes down a row when the place is taken', () => {
    const chain = fixtureChain('a', 'b');
    const taken = {
      ...chain,
      stages: chain.stages.map((stage, index) => ({ ...stage, position: { x: index * nextStageGap, y: 0 } })),
    };
    const spot = spotAfter(taken, 's-a');
    expect(spot.x).toBe(nextStageGap);
    expect(spot.y).toBeGreaterThan(0);
    expect(freeSpot(taken.stages, spot)).toEqual(spot);
  });
});
