import { describe, expect, it } from 'vitest';
import type { ProcessStage, StageJob } from '../processes/process-definition';
import { stage } from '../processes/process-fixtures';
import { findStageJob, jobRecordable, jobsNeeded, missingJobs } from './stage-jobs';

const job = (id: string, overrides: Partial<StageJob>): StageJob => ({
  id,
  key: id,
  name: { vi: id, en: '' },
  businessStep: null,
  repeatable: false,
  required: false,
  minCount: null,
  form: { schema: { type: 'object', properties: {} }, uiSchema: {} },
  ...overrides,
});

describe('jobsNeeded', () => {
  it.each([
    ['optional', { required: false }, 0],
    ['required once', { required: true }, 1],
    ['required repeatable without a count', { required: true, repeatable: true }, 1],
    ['required repeatable, twice', { required: true, repeatable: true, minCount: 2 }, 2],
    ['a count on a once-only job means nothing', { required: true, minCount: 3 }, 1],
    ['a count on an optional job means nothing', { repeatable: true, minCount: 3 }, 0],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(jobsNeeded(job('j', overrides))).toBe(expected);
  });
});

describe('missingJobs', () => {
  const care: ProcessStage = stage('care', {
    jobs: [
      job('fertilise', { required: true, repeatable: true, minCount: 2 }),
      job('spray', { repeatable: true }),
      job('weed', { required: true }),
    ],
  });
  it('names the required jobs short of records with what they have and need', () => {
    const missing = missingJobs(care, new Map([['fertilise', 1]]));
    expect(missing.map(({ job: j, have, needed }) => [j.id, have, needed])).toEqual([
      ['fertilise', 1, 2],
      ['weed', 0, 1],
    ]);
  });
  it('is empty once every required job is done', () => {
    expect(
      missingJobs(
        care,
        new Map([
          ['fertilise', 3],
          ['weed', 1],
        ]),
      ),
    ).toEqual([]);
  });
  it('finds only the stage’s own jobs', () => {
    expect(findStageJob(care, 'weed')?.id).toBe('weed');
    expect(findStageJob(care, 'harvest')).toBeUndefined();
    expect(findStageJob(stage('plain'), 'weed')).toBeUndefined();
  });
});

describe('jobRecordable', () => {
  it.each([
    ['an open stage, a job not yet recorded', false, true, 0, true],
    ['an open stage, a once-only job recorded', false, true, 1, false],
    ['an open stage, a repeatable job recorded', true, true, 4, true],
    ['a stage not open', true, false, 0, false],
  ] as const)('%s', (_name, repeatable, open, times, expected) => {
    expect(jobRecordable(job('j', { repeatable }), open, times)).toBe(expected);
  });
});
