import { purgeExpiredSessionsJob } from '../auth/session-purge.jobs';
import { catalogImportJob } from '../catalogs/catalog-import.jobs';
import { makeCheckpointJob } from '../checkpoints/checkpoints.jobs';
import type { RunnableJob } from '../context/feature-job';
import { labelBatchJobs } from '../labels/label-batches.jobs';
import { recallReportJob } from '../recalls/recall-report.jobs';

/** Every feature's jobs; a new job is declared in its feature folder and listed here. */
export const featureJobs: readonly RunnableJob[] = [
  purgeExpiredSessionsJob,
  makeCheckpointJob,
  ...labelBatchJobs,
  catalogImportJob,
  recallReportJob,
];
