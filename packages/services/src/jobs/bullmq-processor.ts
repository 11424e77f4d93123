import { type Job, type Processor, UnrecoverableError } from 'bullmq';
import { CANCELLED_REASON } from './bullmq-events';
import { assertPercent, errorMessage, toJson } from './job-rules';
import { JobCancelledError, type JobContext, type JobProcessor, UnrecoverableJobError } from './queue.port';

export interface CancelChecks {
  isCancelRequested(id: string): Promise<boolean>;
}

const isCancelled = (signal: AbortSignal) => signal.aborted && signal.reason instanceof JobCancelledError;

/** Maps a processor's error to what BullMQ acts on: UnrecoverableError skips the retries. */
function toBullmqError(error: unknown): Error {
  if (error instanceof UnrecoverableJobError) return new UnrecoverableError(error.message);
  return error instanceof Error ? error : new Error(errorMessage(error));
}

/**
 * Adapts a port processor to BullMQ. It declares three parameters on purpose: BullMQ gives a job
 * an AbortSignal (aborted by worker.cancelJob) only when the processor's arity is at least 3.
 */
export function toBullmqProcessor(
  processor: JobProcessor<unknown, unknown>,
  checks: CancelChecks,
): Processor {
  return async (job: Job, _token?: string, bullmqSignal?: AbortSignal) => {
    const id = job.id ?? '';
    const controller = new AbortController();
    const onAbort = () =>
      controller.abort(
        bullmqSignal?.reason === CANCELLED_REASON ? new JobCancelledError(id) : bullmqSignal?.reason,
      );
    bullmqSignal?.addEventListener('abort', onAbort, { once: true });
    if (bullmqSignal?.aborted) onAbort();
    try {
      // A cancel that came while the job was being picked up finds it here.
      if (await checks.isCancelRequested(id)) controller.abort(new JobCancelledError(id));
      controller.signal.throwIfAborted();
      const result = await processor(contextFor(job, controller, checks));
      if (isCancelled(controller.signal)) throw new JobCancelledError(id);
      return toJson(result);
    } catch (error) {
      // A cancelled job ends cancelled whatever its processor did after the abort.
      if (isCancelled(controller.signal)) throw new UnrecoverableError(CANCELLED_REASON);
      throw toBullmqError(error);
    } finally {
      bullmqSignal?.removeEventListener('abort', onAbort);
    }
  };
}

function contextFor(job: Job, controller: AbortController, checks: CancelChecks): JobContext<unknown> {
  const id = job.id ?? '';
  const { signal } = controller;
  return {
    id,
    name: job.name,
    payload: job.data,
    attempt: job.attemptsMade + 1,
    signal,
    reportProgress: async (percent) => {
      signal.throwIfAborted();
      assertPercent(percent);
      await job.updateProgress(percent);
      // Also catches a cancel whose pub/sub message was lost (e.g. across a reconnect).
      if (await checks.isCancelRequested(id)) controller.abort(new JobCancelledError(id));
      signal.throwIfAborted();
    },
  };
}
