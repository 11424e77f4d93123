import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, ProcessStage, WaitingPeriod } from './process-definition';
import { definition, job } from './process-fixtures';
import { checkProcessGraph, type ProcessProblem } from './process-problems';

/** `code@stageId/jobId`, what the designer's badge needs. */
const badges = (problems: ProcessProblem[]) =>
  problems.map((p) => `${p.code}@${p.stageId ?? p.edgeId ?? ''}/${'jobId' in p ? (p.jobId ?? '') : ''}`);

const wait = (afterJobId: string, overrides: Partial<WaitingPeriod> = {}): WaitingPeriod => ({
  afterJobId,
  days: 7,
  fieldKey: null,
  onBreach: 'refuse',
  ...overrides,
});

/** plant > care > harvest, with `care` and `harvest` as given. */
function farm(care: Partial<ProcessStage>, harvest: Partial<ProcessStage> = {}): ProcessDefinition {
  const def = definition(['plant', 'care', 'harvest'], ['plant>care', 'care>harvest']);
  def.stages = [def.stages[0]!, { ...def.stages[1]!, ...care }, { ...def.stages[2]!, ...harvest }];
  return def;
}

describe('checkProcessGraph: jobs and waiting periods', () => {
  it.each<[string, ProcessDefinition, string[]]>([
    ['a clean stage with jobs', farm({ jobs: [job('fert'), job('spray', { repeatable: true })] }), []],
    [
      'a job key used twice in a stage',
      farm({ jobs: [job('a', { key: 'x' }), job('b', { key: 'x' })] }),
      ['duplicate_job_key@care/b'],
    ],
    ['a bad job key', farm({ jobs: [job('a', { key: 'Bón phân' })] }), ['invalid_job_key@care/a']],
    [
      'a job id used in two stages',
      farm({ jobs: [job('a')] }, { jobs: [job('a', { key: 'other' })] }),
      ['duplicate_job_id@harvest/a'],
    ],
    [
      'the same job key in two stages is fine',
      farm({ jobs: [job('a', { key: 'x' })] }, { jobs: [job('b', { key: 'x' })] }),
      [],
    ],
    [
      'a job without a Vietnamese name',
      farm({ jobs: [job('a', { name: { vi: ' ', en: 'x' } })] }),
      ['missing_job_name@care/a'],
    ],
    [
      'a count on a once-only job',
      farm({ jobs: [job('a', { minCount: 2, required: true })] }),
      ['min_count_without_repeat@care/a'],
    ],
    [
      'jobs on a transformation',
      farm({ kind: 'transformation', jobs: [job('a')] }),
      ['jobs_on_wrong_kind@care/'],
    ],
    [
      'settings a stage with jobs does not use',
      farm({ jobs: [job('a')], lotQuantityField: 'kg', bindsLabels: true, waitingPeriods: [wait('a')] }),
      ['stage_with_jobs_settings@care/', 'stage_with_jobs_settings@care/', 'stage_with_jobs_settings@care/'],
    ],
    [
      'a stage waiting after a job no stage has',
      farm({ jobs: [job('a')] }, { waitingPeriods: [wait('nope')] }),
      ['waiting_unknown_job@harvest/'],
    ],
    [
      'a job waiting after a job no stage has',
      farm({ jobs: [job('a', { waitingPeriods: [wait('gone')] })] }),
      ['waiting_unknown_job@care/a'],
    ],
    [
      'a job waiting after itself (spraying twice, days apart)',
      farm({ jobs: [job('spray', { repeatable: true, waitingPeriods: [wait('spray')] })] }),
      [],
    ],
  ])('%s', (_name, def, expected) => {
    expect(badges(checkProcessGraph(def))).toEqual(expected);
  });

  it('leaves every problem without jobs as it was: no jobId', () => {
    const [problem] = checkProcessGraph(definition(['a', 'b']));
    expect(problem).not.toHaveProperty('jobId');
  });
});
