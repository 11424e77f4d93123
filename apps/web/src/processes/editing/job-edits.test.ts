import { describe, expect, it } from 'vitest';
import { fixtureJob, fixtureWithJobs } from '../process-fixtures';
import { updateStage } from './definition-edits';
import { addJob, moveJob, newJob, removeJob, updateJob } from './job-edits';

const form = { schema: { type: 'object' }, uiSchema: {} };
const wait = (afterJobId: string) => ({ afterJobId, days: 7, fieldKey: null, onBreach: 'refuse' as const });

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
const jobKeys = (definition: ReturnType<typeof care>) => careStage(definition).jobs?.map((job) => job.key);

describe('job edits', () => {
  it('makes a required once-only job with a key from its name, unused in its stage', () => {
    const job = newJob(careStage(), { id: 'n1', nameVi: 'Bón phân', form });
    expect(job).toMatchObject({ key: 'bon_phan_2', repeatable: false, required: true, minCount: null });
    const before = care();
    const added = addJob(before, 's-cham_soc', job);
    expect(jobKeys(added)).toEqual(['bon_phan', 'phun_thuoc', 'lam_co', 'bon_phan_2']);
    expect(added.stages[0]).toBe(before.stages[0]);
  });

  it('changes one job, and drops the minimum count of a job that is not required and repeatable', () => {
    const before = care();
    const counted = updateJob(before, 's-cham_soc', 'j-phun_thuoc', { minCount: 3 });
    expect(careStage(counted).jobs?.[1]?.minCount).toBe(3);
    expect(careStage(counted).jobs?.[0]).toBe(careStage(before).jobs?.[0]);
    const once = updateJob(counted, 's-cham_soc', 'j-phun_thuoc', { repeatable: false });
    expect(careStage(once).jobs?.[1]).toMatchObject({ repeatable: false, minCount: null });
    const optional = updateJob(counted, 's-cham_soc', 'j-phun_thuoc', { required: false });
    expect(careStage(optional).jobs?.[1]?.minCount).toBeNull();
  });

  it('returns the same definition when nothing changes (no undo step)', () => {
    const before = care();
    expect(updateJob(before, 's-cham_soc', 'j-lam_co', { required: true })).toBe(before);
    expect(updateJob(before, 's-cham_soc', 'nope', { required: false })).toBe(before);
    expect(moveJob(before, 's-cham_soc', 'j-bon_phan', -1)).toBe(before);
    expect(moveJob(before, 's-cham_soc', 'j-lam_co', 1)).toBe(before);
    expect(removeJob(before, 's-cham_soc', 'nope')).toBe(before);
  });

  it('moves a job up and down its list', () => {
    expect(jobKeys(moveJob(care(), 's-cham_soc', 'j-lam_co', -1))).toEqual([
      'bon_phan',
      'lam_co',
      'phun_thuoc',
    ]);
    expect(jobKeys(moveJob(care(), 's-cham_soc', 'j-bon_phan', 1))).toEqual([
      'phun_thuoc',
      'bon_phan',
      'lam_co',
    ]);
  });

  it('removes a job with every waiting period counted from it, in any stage', () => {
    let definition = updateJob(care(), 's-cham_soc', 'j-bon_phan', {
      waitingPeriods: [wait('j-phun_thuoc'), wait('j-lam_co')],
    });
    definition = updateStage(definition, 's-thu_hoach', { waitingPeriods: [wait('j-phun_thuoc')] });
    const removed = removeJob(definition, 's-cham_soc', 'j-phun_thuoc');
    expect(jobKeys(removed)).toEqual(['bon_phan', 'lam_co']);
    expect(careStage(removed).jobs?.[0]?.waitingPeriods).toEqual([wait('j-lam_co')]);
    expect(removed.stages[2]?.waitingPeriods).toEqual([]);
    expect(removed.stages[0]).toBe(definition.stages[0]);
  });

  it('counts job lists, close and waiting settings as stage changes', () => {
    const before = care();
    expect(updateStage(before, 's-cham_soc', { closeWhenFollowed: true }).stages[1]?.closeWhenFollowed).toBe(
      true,
    );
    expect(updateStage(before, 's-thu_hoach', { waitingPeriods: [] })).not.toBe(before);
  });
});
