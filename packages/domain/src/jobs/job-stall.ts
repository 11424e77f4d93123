/**
 * How long work may go without a heartbeat before it is taken as stalled: its job was lost (a worker killed more
 * often than the queue's stall limit allows, a job the queue failed for good without our code running).
 * Running work beats at each step (a chunk of labels, a PDF page, a batch of imported rows: well under a
 * second), so ten minutes of silence is no pace. Waiting work does not beat at all: it may stand behind a
 * million-label PDF that takes many minutes, so only hours of waiting say it was lost.
 */
export const jobStallMs = 10 * 60 * 1000;
export const jobWaitStallMs = 6 * 60 * 60 * 1000;

/** Where a piece of work stands: waiting for a worker, being worked on, or neither (ended). */
export type JobPhase = 'waiting' | 'running' | null;

/** Work whose last heartbeat is older than its phase's limit. */
export function jobStalled(work: { phase: JobPhase; heartbeatAt: Date }, now: Date): boolean {
  if (work.phase === null) return false;
  const limit = work.phase === 'waiting' ? jobWaitStallMs : jobStallMs;
  return now.getTime() - work.heartbeatAt.getTime() > limit;
}
