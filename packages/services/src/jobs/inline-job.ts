import type { ResolvedJobOptions } from './job-rules';
import type { JobSnapshot, JobState } from './queue.port';

/** One job of the in-process queue: the record BullMQ would keep in Redis. */
export interface InlineJob {
  readonly id: string;
  readonly name: string;
  readonly payload: unknown;
  readonly options: ResolvedJobOptions;
  state: JobState;
  progress: number;
  attemptsMade: number;
  result?: unknown;
  failedReason?: string;
  finishedAt?: number;
  controller?: AbortController;
  retryTimer?: NodeJS.Timeout;
}

export function snapshotOf(job: InlineJob): JobSnapshot {
  const { id, name, state, progress, attemptsMade } = job;
  return {
    id,
    name,
    state,
    progress,
    attemptsMade,
    ...(state === 'completed' ? { result: job.result } : {}),
    ...(state === 'failed' ? { failedReason: job.failedReason } : {}),
  };
}
