import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, StageJob, WaitingPeriod } from '../processes/process-definition';
import { definition } from '../processes/process-fixtures';
import { firstAllowedDay, type LatestJobRecord, waitingBreaches } from './waiting-periods';

const job = (id: string, waitingPeriods?: WaitingPeriod[]): StageJob => ({
  id,
  key: id,
  name: { vi: id, en: '' },
  businessStep: null,
  repeatable: true,
  required: false,
  minCount: null,
  ...(waitingPeriods ? { waitingPeriods } : {}),
  form: { schema: { type: 'object', properties: { days: { type: 'number' } } }, uiSchema: {} },
});

const period = (overrides: Partial<WaitingPeriod> = {}): WaitingPeriod => ({
  afterJobId: 'spray',
  days: 7,
  fieldKey: null,
  onBreach: 'refuse',
  ...overrides,
});

// care (jobs: spray, which waits 3 days after itself) > harvest (waits after spray)
function farm(harvestWaits: WaitingPeriod[]): ProcessDefinition {
  const def = definition(['care', 'harvest'], ['care>harvest']);
  def.stages = [
    { ...def.stages[0]!, jobs: [job('spray', [period({ days: 3 })])] },
    { ...def.stages[1]!, waitingPeriods: harvestWaits },
  ];
  return def;
}

const sprayed = (eventTime: string, data: Record<string, unknown> = {}) =>
  new Map<string, LatestJobRecord>([['spray', { recordId: 'r1', stageId: 'care', eventTime, data }]]);
const harvest = { stageId: 'harvest', jobId: null };
const breachDays = (def: ProcessDefinition, latest: Map<string, LatestJobRecord>, at: string) =>
  waitingBreaches(def, harvest, latest, at).map((b) => [b.days, b.firstAllowedDay, b.onBreach]);

describe('firstAllowedDay', () => {
  it.each([
    ['23:30 local is still that local day', '2025-03-10T16:30:00.000Z', 7, '2025-03-17'],
    [
      '00:30 local is the next local day though the UTC date is the same',
      '2025-03-10T17:30:00.000Z',
      7,
      '2025-03-18',
    ],
    ['no wait is the same local day', '2025-03-10T17:30:00.000Z', 0, '2025-03-11'],
    ['across a month end', '2025-02-27T03:00:00.000Z', 2, '2025-03-01'],
  ] as const)('%s', (_name, at, days, expected) => {
    expect(firstAllowedDay(at, days)).toBe(expected);
  });
});

describe('waitingBreaches', () => {
  const def = farm([period()]);
  it.each([
    [
      'sprayed 23:30 local: a minute before local midnight of day 7 breaks',
      '2025-03-10T16:30:00.000Z',
      '2025-03-16T16:59:00.000Z',
      [[7, '2025-03-17', 'refuse']],
    ],
    [
      'sprayed 23:30 local: local midnight of day 7 is allowed',
      '2025-03-10T16:30:00.000Z',
      '2025-03-16T17:00:00.000Z',
      [],
    ],
    [
      'sprayed 00:30 local: that same instant a day later still breaks',
      '2025-03-10T17:30:00.000Z',
      '2025-03-17T16:59:00.000Z',
      [[7, '2025-03-18', 'refuse']],
    ],
    [
      'sprayed 00:30 local: allowed from local midnight of its day 7',
      '2025-03-10T17:30:00.000Z',
      '2025-03-17T17:00:00.000Z',
      [],
    ],
  ] as const)('%s', (_name, sprayAt, harvestAt, expected) => {
    expect(breachDays(def, sprayed(sprayAt), harvestAt)).toEqual(expected);
  });

  it('breaks nothing without a previous record of the job', () => {
    expect(waitingBreaches(def, harvest, new Map(), '2025-03-10T00:00:00.000Z')).toEqual([]);
  });

  it.each([
    ['a number in the field replaces the fixed days', { days: 14 }, [[14, '2025-03-25', 'refuse']]],
    ['no number in the field: the fixed days', {}, [[7, '2025-03-18', 'refuse']]],
    ['a negative number does not count', { days: -2 }, [[7, '2025-03-18', 'refuse']]],
    ['text does not count', { days: '14' }, [[7, '2025-03-18', 'refuse']]],
    ['zero days allows the same local day', { days: 0 }, []],
  ] as const)('%s', (_name, data, expected) => {
    const withField = farm([period({ fieldKey: 'days' })]);
    expect(
      breachDays(withField, sprayed('2025-03-10T17:30:00.000Z', data), '2025-03-11T02:00:00.000Z'),
    ).toEqual(expected);
  });

  it('names warn and refuse breaches, refusals first, with what they wait after', () => {
    const both = farm([period({ onBreach: 'warn', days: 2 }), period({ days: 5 })]);
    const [first, second] = waitingBreaches(
      both,
      harvest,
      sprayed('2025-03-10T01:00:00.000Z'),
      '2025-03-11T01:00:00.000Z',
    );
    expect([first?.onBreach, second?.onBreach]).toEqual(['refuse', 'warn']);
    expect(second).toMatchObject({
      afterJob: { id: 'spray' },
      afterStageId: 'care',
      afterRecordId: 'r1',
      days: 2,
    });
  });

  it('checks a job against its own periods, a job waiting after itself included', () => {
    const target = { stageId: 'care', jobId: 'spray' };
    const latest = sprayed('2025-03-10T01:00:00.000Z');
    expect(waitingBreaches(def, target, latest, '2025-03-12T01:00:00.000Z')).toHaveLength(1);
    expect(waitingBreaches(def, target, latest, '2025-03-13T01:00:00.000Z')).toEqual([]);
  });
});
