import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from '../processes/process-definition';
import { definition, stage } from '../processes/process-fixtures';
import { isProcessComplete, type LotProgress, lotStages } from './lot-stages';

// plant > fertilise (repeatable) > harvest; plant > irrigate > harvest (a branch that joins); harvest > dry (transformation) > pack
const farm: ProcessDefinition = {
  ...definition(
    ['plant', 'fertilise', 'irrigate', 'harvest', 'dry', 'pack'],
    ['plant>fertilise', 'plant>irrigate', 'fertilise>harvest', 'irrigate>harvest', 'harvest>dry', 'dry>pack'],
  ),
};
farm.stages = farm.stages.map((s) =>
  s.id === 'fertilise'
    ? { ...s, repeatable: true }
    : s.id === 'dry'
      ? stage('dry', { kind: 'transformation' })
      : s,
);

const progress = (recorded: Record<string, number>, overrides: Partial<LotProgress> = {}): LotProgress => ({
  recorded: new Map(Object.entries(recorded)),
  madeAtStageId: null,
  open: true,
  ...overrides,
});

const available = (p: LotProgress) =>
  lotStages(farm, p)
    .filter((s) => s.state === 'available')
    .map((s) => s.stageId);

describe('lotStages', () => {
  it.each([
    ['a new lot waits only for the start stage', {}, {}, ['plant']],
    ['parallel branches open together after the start', { plant: 1 }, {}, ['fertilise', 'irrigate']],
    ['a join waits for every branch', { plant: 1, fertilise: 1 }, {}, ['fertilise', 'irrigate']],
    [
      'the join opens when both branches are done',
      { plant: 1, fertilise: 2, irrigate: 1 },
      {},
      ['fertilise', 'harvest'],
    ],
    [
      'a repeatable stage closes once the work moved past it',
      { plant: 1, fertilise: 1, irrigate: 1, harvest: 1 },
      {},
      ['dry'],
    ],
    [
      'an input lot keeps the transformation open, never its successors',
      { plant: 1, fertilise: 1, irrigate: 1, harvest: 1, dry: 0 },
      {},
      ['dry'],
    ],
    ['an output lot inherits the transformation and all before it', {}, { madeAtStageId: 'dry' }, ['pack']],
    ['a closed lot waits for nothing', { plant: 1 }, { open: false }, []],
    [
      'a stage recorded out of order does not open its successors twice',
      { plant: 1, irrigate: 1 },
      {},
      ['fertilise'],
    ],
  ] as const)('%s', (_name, recorded, overrides, expected) => {
    expect(available(progress(recorded, overrides))).toEqual(expected);
  });

  it('names the state of every stage and how often it was recorded', () => {
    const states = lotStages(farm, progress({ plant: 1, fertilise: 3 }));
    expect(states).toEqual([
      { stageId: 'plant', state: 'done', timesRecorded: 1 },
      { stageId: 'fertilise', state: 'available', timesRecorded: 3 },
      { stageId: 'irrigate', state: 'available', timesRecorded: 0 },
      { stageId: 'harvest', state: 'waiting', timesRecorded: 0 },
      { stageId: 'dry', state: 'waiting', timesRecorded: 0 },
      { stageId: 'pack', state: 'waiting', timesRecorded: 0 },
    ]);
  });

  it('does not offer an inherited repeatable stage again on an output lot', () => {
    const states = lotStages(farm, progress({}, { madeAtStageId: 'dry' }));
    expect(states.find((s) => s.stageId === 'fertilise')?.state).toBe('done');
  });
});

describe('isProcessComplete', () => {
  it.each([
    ['not before the last stage', { plant: 1, fertilise: 1, irrigate: 1, harvest: 1 }, null, false],
    ['when every final stage is done', { pack: 1 }, 'dry', true],
    ['an output lot is not complete at birth', {}, 'dry', false],
  ] as const)('%s', (_name, recorded, madeAt, expected) => {
    expect(isProcessComplete(farm, progress(recorded, { madeAtStageId: madeAt }))).toBe(expected);
  });
});
