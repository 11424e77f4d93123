import type { JobState as BullmqState, Job } from 'bullmq';
import { CANCELLED_REASON } from './bullmq-events';
import { assertNever } from './job-rules';
import type { JobSnapshot, JobState } from './queue.port';

export function progressOf(job: Job): number {
  return typeof job.progress === 'number' ? job.progress : 0;
}

export function snapshotOf(job: Job, bullmqState: BullmqState): JobSnapshot {
  const state = toPortState(bullmqState, job.failedReason);
  const { name, attemptsMade } = job;
  return {
    id: job.id ?? '',
    name,
    state,
    progress: progressOf(job),
    attemptsMade,
    ...(state === 'completed' ? { result: job.returnvalue } : {}),
    ...(state === 'failed' ? { failedReason: job.failedReason } : {}),
  };
}

function toPortState(state: BullmqState, failedReason: string | undefined): JobState {
  switch (state) {
    case 'completed':
    case 'active':
      return state;
    case 'failed':
      return failedReason === CANCELLED_REASON ? 'cancelled' : 'failed';
    case 'waiting':
    case 'delayed':
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    default:
      return assertNever(state);
  }
}
