import type { JobEvent, JobProcessor, JobQueue, JobSnapshot, RegisterOptions } from '@nguon/services';
import type { Logger } from 'pino';

/**
 * Logs every attempt this process runs, once, with its duration. The queue's onEvent would log
 * the whole fleet's jobs in every worker (BullMQ's events are per queue, not per process).
 */
export function logAttempts<R>(
  name: string,
  processor: JobProcessor<unknown, R>,
  logger: Logger,
): JobProcessor<unknown, R> {
  return async (ctx) => {
    const log = logger.child({ job: { id: ctx.id, name, attempt: ctx.attempt } });
    const startedAt = performance.now();
    const ms = () => Math.round(performance.now() - startedAt);
    log.info('job started');
    try {
      const result = await processor(ctx);
      if (ctx.signal.aborted) log.info({ ms: ms() }, 'job cancelled');
      else log.info({ ms: ms() }, 'job completed');
      return result;
    } catch (error) {
      if (ctx.signal.aborted) log.info({ ms: ms() }, 'job cancelled');
      else log.warn({ err: error, ms: ms() }, 'job attempt failed');
      throw error;
    }
  };
}

/** The queue, with every processor registered through it wrapped in logAttempts. */
export class LoggedJobQueue implements JobQueue {
  readonly kind: JobQueue['kind'];

  constructor(
    private readonly queue: JobQueue,
    private readonly logger: Logger,
  ) {
    this.kind = queue.kind;
  }

  register<R>(name: string, processor: JobProcessor<unknown, R>, options?: RegisterOptions): void {
    this.queue.register(name, logAttempts(name, processor, this.logger), options);
  }
  start(): Promise<void> {
    return this.queue.start();
  }
  enqueue<P>(name: string, payload: P, options?: Parameters<JobQueue['enqueue']>[2]): Promise<JobSnapshot> {
    return this.queue.enqueue(name, payload, options);
  }
  get(id: string): Promise<JobSnapshot | null> {
    return this.queue.get(id);
  }
  cancel(id: string): Promise<boolean> {
    return this.queue.cancel(id);
  }
  onEvent(listener: (event: JobEvent) => void): () => void {
    return this.queue.onEvent(listener);
  }
  waitFor(id: string, timeoutMs?: number): Promise<JobSnapshot> {
    return this.queue.waitFor(id, timeoutMs);
  }
  ping(): Promise<boolean> {
    return this.queue.ping();
  }
  close(): Promise<void> {
    return this.queue.close();
  }
}
