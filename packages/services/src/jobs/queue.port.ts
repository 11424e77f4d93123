/**
 * The job queue port: what services and processors rely on, whichever adapter runs the jobs
 * (in-process for the embedded mode, BullMQ on Redis for the server mode).
 */

/** A BullMQ 'delayed' job (waiting out a retry backoff) is reported as 'waiting'. */
export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'cancelled';

export interface JobOptions {
  /** Idempotency: a second enqueue with the same id returns the first job, never a second one. */
  jobId?: string;
  /** Total attempts, the first one included (default 3). */
  attempts?: number;
  /** Base of the exponential backoff: the n-th retry waits backoffMs * 2^(n-1) (default 1000). */
  backoffMs?: number;
}

export interface JobSnapshot<R = unknown> {
  id: string;
  name: string;
  state: JobState;
  /** Percent, 0-100, as last reported by the processor. */
  progress: number;
  /** Attempts that have ended (succeeded, failed or were cancelled). */
  attemptsMade: number;
  /** Only when completed; JSON, so undefined comes back as null. */
  result?: R;
  /** Only when failed. */
  failedReason?: string;
}

export interface JobContext<P> {
  id: string;
  name: string;
  /** JSON as it was enqueued: parse it (see withPayload) before trusting its type. */
  payload: P;
  /** 1 on the first run, 2 on the first retry... */
  attempt: number;
  /** Aborts when the job is cancelled; signal.reason is then a JobCancelledError. */
  signal: AbortSignal;
  /** Records progress (0-100) and emits a progress event; throws once the job is cancelled. */
  reportProgress(percent: number): Promise<void>;
}

export type JobProcessor<P = unknown, R = unknown> = (ctx: JobContext<P>) => Promise<R>;

export type JobEvent =
  | { type: 'progress'; id: string; name: string; progress: number }
  | { type: 'completed'; id: string; name: string; result: unknown }
  | { type: 'failed'; id: string; name: string; reason: string; willRetry: boolean }
  | { type: 'cancelled'; id: string; name: string };

export interface RegisterOptions {
  /** Jobs of this name run at most this many at a time in this process (default 1). */
  concurrency?: number;
}

export interface JobQueue {
  readonly kind: 'inline' | 'bullmq';
  /** Before start(). The processor gets the payload as unknown JSON: it parses it itself. */
  register<R>(name: string, processor: JobProcessor<unknown, R>, options?: RegisterOptions): void;
  /** Begins running the registered processors. */
  start(): Promise<void>;
  /** Same jobId twice gives the same job (while retention keeps it), never a second run. */
  enqueue<P>(name: string, payload: P, options?: JobOptions): Promise<JobSnapshot>;
  /** Null when unknown or already removed by retention. */
  get(id: string): Promise<JobSnapshot | null>;
  /**
   * Waiting: cancelled at once. Active: its signal aborts and it ends 'cancelled' when its
   * processor returns, without retry. False when unknown or already finished.
   */
  cancel(id: string): Promise<boolean>;
  /** Returns the unsubscribe function; a listener that throws is ignored. */
  onEvent(listener: (event: JobEvent) => void): () => void;
  /** Resolves once completed, failed for good or cancelled; rejects on timeout or unknown id. */
  waitFor(id: string, timeoutMs?: number): Promise<JobSnapshot>;
  /** For /healthz: whether the backing store answers. */
  ping(): Promise<boolean>;
  /**
   * Graceful: stops taking jobs, waits for the active ones, then releases connections. Afterwards
   * enqueue, cancel and waitFor reject with JobQueueClosedError, and so do pending waits.
   */
  close(): Promise<void>;
}

/** A processor throws it for bad payloads: the job fails at once, without retry. */
export class UnrecoverableJobError extends Error {
  override readonly name = 'UnrecoverableJobError';
}

/** The reason of a cancelled job's signal. */
export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError';
  constructor(readonly jobId: string) {
    super(`job ${jobId} was cancelled`);
  }
}

export class JobQueueClosedError extends Error {
  override readonly name = 'JobQueueClosedError';
  constructor(operation: string) {
    super(`job queue is closed: cannot ${operation}`);
  }
}

export class JobWaitTimeoutError extends Error {
  override readonly name = 'JobWaitTimeoutError';
  constructor(
    readonly jobId: string,
    timeoutMs: number,
  ) {
    super(`job ${jobId} did not finish within ${timeoutMs} ms`);
  }
}
