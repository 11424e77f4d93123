import { describe, expect, it } from 'vitest';
import { fixtureJob, fixtureWithJobs } from '../process-fixtures';
import { renameJob } from './rename-job';
import { processJobs } from './waiting-periods-editor';

function care() {
  return fixtureWithJobs(
    'cham_soc',
    [fixtureJob('bon_phan'), fixtureJob('phun_thuoc', { repeatable: true }, true), fixtureJob('lam_co')],
    'gieo',
    'cham_soc',
    'thu_hoach',
  );
}
const careStage = (definition = care()) => definition.stages[1]!;

describe('naming and choosing jobs', () => {
  it('lets a job key follow its name until it is edited or published', () => {
    const stage = careStage();
    const job = stage.jobs![2]!;
    const fresh = { ...job, key: 'viec_lam_co', name: { vi: 'Việc lam co', en: '' } };
    const withFresh = { ...stage, jobs: [stage.jobs![0]!, fresh] };
    expect(renameJob(withFresh, fresh, 'Bón phân', false).key).toBe('bon_phan_2');
    expect(renameJob(withFresh, fresh, 'Bón phân', true).key).toBeUndefined();
    expect(renameJob(withFresh, { ...fresh, key: 'tu_dat' }, 'Làm cỏ', false).key).toBeUndefined();
  });

  it('lists every job of the process with its stage, for the waiting period choices', () => {
    expect(processJobs(care()).map(({ stage, job }) => `${stage.key}/${job.key}`)).toEqual([
      'cham_soc/bon_phan',
      'cham_soc/phun_thuoc',
      'cham_soc/lam_co',
    ]);
  });
});
