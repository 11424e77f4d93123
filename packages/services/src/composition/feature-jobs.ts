import { purgeExpiredSessionsJob } from '../auth/session-purge.jobs';
import { makeCheckpointJob } from '../checkpoints/checkpoints.jobs';
import type { RunnableJob } from '../context/feature-job';
import { labelBatchJobs } from '../labels/label-batches.jobs';

/** Every feature's jobs; a new job is declared in its feature folder and listed here. */
export const featureJobs: readonly RunnableJob[] = [
  purgeExpiredSessionsJob,
  makeCheckpointJob,
  ...labelBatchJobs,
];
