/**
 * How long work in progress (a label batch's labels or PDF, a catalog import's rows) may go without a heartbeat
 * before it is taken as stalled: its job was lost (a worker killed more often than the queue's stall limit
 * allows, a job the queue failed for good without our code running). A chunk of labels, a PDF page or a batch
 * of imported rows takes well under a second, so ten minutes of silence is no pace.
 */
export const jobStallMs = 10 * 60 * 1000;

/** Work still in progress whose last heartbeat is older than jobStallMs. */
export function jobStalled(work: { inProgress: boolean; heartbeatAt: Date }, now: Date): boolean {
  return work.inProgress && now.getTime() - work.heartbeatAt.getTime() > jobStallMs;
}
