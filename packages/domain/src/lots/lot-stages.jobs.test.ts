import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from '../processes/process-definition';
import { definition, job, stage } from '../processes/process-fixtures';
import { isProcessComplete, type LotProgress, lotStages } from './lot-stages';

// plant > care (jobs: fertilise required x2, spray optional repeatable, weed required once) > harvest > dry > pack
function farm(closeWhenFollowed: boolean): ProcessDefinition {
  const base = definition(
    ['plant', 'care', 'harvest', 'dry', 'pack'],
    ['plant>care', 'care>harvest', 'harvest>dry', 'dry>pack'],
  );
  base.stages = base.stages.map((s) => {
    if (s.id === 'dry') return stage('dry', { kind: 'transformation' });
    if (s.id !== 'care') return s;
    const jobs = [
      job('fertilise', { repeatable: true, required: true, minCount: 2 }),
      job('spray', { repeatable: true }),
      job('weed', { required: true }),
    ];
    return { ...s, jobs, closeWhenFollowed };
  });
  return base;
}

const progress = (
  recorded: Record<string, number>,
  jobs: Record<string, number> = {},
  overrides: Partial<LotProgress> = {},
): LotProgress => ({
  recorded: new Map(Object.entries(recorded)),
  madeAtStageId: null,
  open: true,
  jobs: new Map([['care', new Map(Object.entries(jobs))]]),
  ...overrides,
});

const care = (def: ProcessDefinition, p: LotProgress) => lotStages(def, p).find((s) => s.stageId === 'care')!;
const stateOf = (def: ProcessDefinition, p: LotProgress, id: string) =>
  lotStages(def, p).find((s) => s.stageId === id)?.state;

describe('lotStages with jobs', () => {
  it.each([
    ['waits for its predecessor', false, {}, {}, {}, 'waiting', 'waiting', false],
    ['opens when its predecessor is done', false, { plant: 1 }, {}, {}, 'available', 'waiting', false],
    [
      'stays open with required jobs missing, successors waiting',
      true,
      { plant: 1, care: 2 },
      { fertilise: 1, weed: 1 },
      {},
      'available',
      'waiting',
      false,
    ],
    [
      'without closeWhenFollowed, successors wait for the clerk even with every job done',
      false,
      { plant: 1, care: 3 },
      { fertilise: 2, weed: 1 },
      {},
      'available',
      'waiting',
      true,
    ],
    [
      'with closeWhenFollowed and required jobs done, successors are ready while it stays open',
      true,
      { plant: 1, care: 3 },
      { fertilise: 2, weed: 1 },
      {},
      'available',
      'available',
      true,
    ],
    [
      'closed by the clerk',
      false,
      { plant: 1, care: 3 },
      { fertilise: 2, weed: 1 },
      { closed: new Set(['care']) },
      'done',
      'available',
      false,
    ],
    [
      'closed by a later record',
      true,
      { plant: 1, care: 3, harvest: 1 },
      { fertilise: 2, weed: 1 },
      {},
      'done',
      'done',
      false,
    ],
    ['inherited by an output lot', false, {}, {}, { madeAtStageId: 'dry' }, 'done', 'done', false],
    ['a closed lot waits for nothing', false, { plant: 1 }, {}, { open: false }, 'waiting', 'waiting', false],
  ] as const)('%s', (_name, closeWhenFollowed, recorded, jobs, overrides, own, harvest, closable) => {
    const def = farm(closeWhenFollowed);
    const p = progress(recorded, jobs, overrides as Partial<LotProgress>);
    expect(care(def, p).state).toBe(own);
    expect(stateOf(def, p, 'harvest')).toBe(harvest);
    expect(care(def, p).closable).toBe(closable);
  });

  it('names each job: records, what the stage needs, whether it may be recorded now', () => {
    const def = farm(true);
    expect(care(def, progress({ plant: 1, care: 2 }, { fertilise: 1, weed: 1 }))).toEqual({
      stageId: 'care',
      state: 'available',
      timesRecorded: 2,
      closable: false,
      jobs: [
        { jobId: 'fertilise', timesRecorded: 1, needed: 2, recordable: true },
        { jobId: 'spray', timesRecorded: 0, needed: 0, recordable: true },
        // once-only and recorded
        { jobId: 'weed', timesRecorded: 1, needed: 1, recordable: false },
      ],
    });
  });

  it('no job is recordable while the stage waits or once it is closed', () => {
    const def = farm(false);
    const waiting = care(def, progress({}, {}));
    const closed = care(
      def,
      progress({ plant: 1 }, { fertilise: 2, weed: 1 }, { closed: new Set(['care']) }),
    );
    expect(waiting.jobs?.map((j) => j.recordable)).toEqual([false, false, false]);
    expect(closed.jobs?.map((j) => j.recordable)).toEqual([false, false, false]);
  });

  it('leaves stages without jobs as they were: no jobs, no closable', () => {
    const plant = lotStages(farm(true), progress({})).find((s) => s.stageId === 'plant');
    expect(plant).toEqual({ stageId: 'plant', state: 'available', timesRecorded: 0 });
  });
});

describe('isProcessComplete with a final stage with jobs', () => {
  const def: ProcessDefinition = {
    ...definition(['plant', 'care'], ['plant>care']),
  };
  def.stages = def.stages.map((s) =>
    s.id === 'care' ? { ...s, jobs: [job('weed', { required: true })] } : s,
  );
  it.each([
    ['not while it is open, whatever its jobs', { plant: 1, care: 1 }, new Set<string>(), false],
    ['once it is closed', { plant: 1, care: 1 }, new Set(['care']), true],
  ])('%s', (_name, recorded, closed, expected) => {
    const p = progress(recorded, { weed: 1 }, { closed });
    expect(isProcessComplete(def, p)).toBe(expected);
  });
});
