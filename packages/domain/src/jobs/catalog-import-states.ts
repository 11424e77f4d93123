import { jobStalled } from './job-stall';

export interface CatalogImportWork {
  state: string;
  heartbeatAt: Date;
  /** Why a failed import failed; only a lost or interrupted job is worth running again. */
  errorCode: string | null;
}

/** Codes of failures a retry may cure: the job, not the file, went wrong. */
const retryableFailures: readonly string[] = ['JOB_INTERRUPTED'];

/** A queued or running import whose job has given no heartbeat for longer than its phase allows. */
export function catalogImportStalled(work: CatalogImportWork, now: Date): boolean {
  const phase = work.state === 'queued' ? 'waiting' : work.state === 'running' ? 'running' : null;
  return jobStalled({ phase, heartbeatAt: work.heartbeatAt }, now);
}

/**
 * A retry runs an import again after its last committed batch: one whose job failed or was interrupted, or one
 * that stalled. An import refused by its own rows (an all-or-nothing import with bad rows) would fail the same.
 */
export function catalogImportRetryable(work: CatalogImportWork, now: Date): boolean {
  if (work.state === 'failed') return work.errorCode !== null && retryableFailures.includes(work.errorCode);
  return catalogImportStalled(work, now);
}
