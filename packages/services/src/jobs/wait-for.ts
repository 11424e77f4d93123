import { isFinalState } from './job-rules';
import { type JobEvent, JobQueueClosedError, type JobSnapshot, JobWaitTimeoutError } from './queue.port';

export interface WaitForDeps {
  get(id: string): Promise<JobSnapshot | null>;
  onEvent(listener: (event: JobEvent) => void): () => void;
  /** Aborted when the queue closes: pending waits reject. */
  closed: AbortSignal;
  /** Re-reads the state this often, in case an event was missed (e.g. across a Redis reconnect). */
  pollMs?: number;
}

const isFinalEvent = (event: JobEvent): boolean =>
  event.type === 'completed' || event.type === 'cancelled' || (event.type === 'failed' && !event.willRetry);

/** Resolves with the job's final snapshot: listens first, then reads, so no ending slips between. */
export function waitForFinalState(deps: WaitForDeps, id: string, timeoutMs: number): Promise<JobSnapshot> {
  return new Promise<JobSnapshot>((resolve, reject) => {
    const cleanups: Array<() => void> = [];
    const finish = (outcome: () => void) => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      outcome();
    };
    const check = () => {
      deps.get(id).then(
        (snapshot) => {
          if (!snapshot) finish(() => reject(new Error(`unknown job ${id}`)));
          else if (isFinalState(snapshot.state)) finish(() => resolve(snapshot));
        },
        (error: unknown) => finish(() => reject(error)),
      );
    };
    if (deps.closed.aborted) return reject(new JobQueueClosedError('wait for a job'));
    const onClosed = () => finish(() => reject(new JobQueueClosedError('wait for a job')));
    deps.closed.addEventListener('abort', onClosed, { once: true });
    cleanups.push(() => deps.closed.removeEventListener('abort', onClosed));
    cleanups.push(deps.onEvent((event) => event.id === id && isFinalEvent(event) && check()));
    const timer = setTimeout(() => finish(() => reject(new JobWaitTimeoutError(id, timeoutMs))), timeoutMs);
    cleanups.push(() => clearTimeout(timer));
    if (deps.pollMs) {
      const poll = setInterval(check, deps.pollMs);
      cleanups.push(() => clearInterval(poll));
    }
    check();
  });
}
