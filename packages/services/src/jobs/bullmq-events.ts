import type { Job, QueueEvents } from 'bullmq';
import type { JobEvent } from './queue.port';

/** The failedReason a cancelled job ends with in BullMQ; the adapter reports it as 'cancelled'. */
export const CANCELLED_REASON = 'nguon:job-cancelled';

// BullMQ states a job can be removed from before it ran to the end.
const UNFINISHED = new Set(['waiting', 'wait', 'delayed', 'prioritized', 'paused', 'waiting-children']);

export interface QueueEventsBridge {
  emit(event: JobEvent): void;
  readJob(id: string): Promise<Job | undefined>;
  onError(error: Error): void;
}

/**
 * Turns one queue's BullMQ events (one Redis stream, so every process sees them) into port events.
 * Handled one after another, so the async lookup for a retry cannot reorder the events.
 */
export function bridgeQueueEvents(queueEvents: QueueEvents, name: string, bridge: QueueEventsBridge): void {
  let chain = Promise.resolve();
  const inOrder = (toEvent: () => JobEvent | null | Promise<JobEvent | null>) => {
    chain = chain
      .then(toEvent)
      .then((event) => {
        if (event) bridge.emit(event);
      })
      .catch((error: unknown) => bridge.onError(error instanceof Error ? error : new Error(String(error))));
  };
  queueEvents.on('progress', ({ jobId: id, data }) =>
    inOrder(() => (typeof data === 'number' ? { type: 'progress', id, name, progress: data } : null)),
  );
  queueEvents.on('completed', ({ jobId: id, returnvalue }) =>
    inOrder(() => ({ type: 'completed', id, name, result: returnvalue })),
  );
  // BullMQ emits 'failed' only for a final failure; a retry shows up as 'delayed' below.
  queueEvents.on('failed', ({ jobId: id, failedReason }) =>
    inOrder(() =>
      failedReason === CANCELLED_REASON
        ? { type: 'cancelled', id, name }
        : { type: 'failed', id, name, reason: failedReason, willRetry: false },
    ),
  );
  queueEvents.on('delayed', ({ jobId: id }) => inOrder(() => retryEvent(bridge, id, name)));
  queueEvents.on('removed', ({ jobId: id, prev }) =>
    inOrder(() => (UNFINISHED.has(prev) ? { type: 'cancelled', id, name } : null)),
  );
}

/** Jobs are never enqueued with a delay, so 'delayed' means an attempt failed and waits to retry. */
async function retryEvent(bridge: QueueEventsBridge, id: string, name: string): Promise<JobEvent | null> {
  const job = await bridge.readJob(id);
  if (!job || job.attemptsMade === 0) return null;
  return { type: 'failed', id, name, reason: job.failedReason, willRetry: true };
}
