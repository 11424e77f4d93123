import {
  nextStageKey,
  type ProcessStage,
  type StageJob,
  stageKeyFollowsName,
  stageKeyFromName,
} from '@nguon/domain';
import type { JobPatch } from '../editing/job-edits';

/**
 * A Vietnamese name typed for a job: its key follows while it is still the one made from the name and the
 * job is not in a published version (records name jobs by key).
 */
export function renameJob(stage: ProcessStage, job: StageJob, vi: string, keyFrozen: boolean): JobPatch {
  const name = { ...job.name, vi };
  if (keyFrozen || vi.trim() === '' || !stageKeyFollowsName(job.key, job.name.vi)) return { name };
  const others = (stage.jobs ?? []).filter((other) => other.id !== job.id).map((other) => other.key);
  return { name, key: nextStageKey(others, stageKeyFromName(vi)) };
}
