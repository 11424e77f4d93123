import { systemSources } from '../sources/system-sources';
import { createEventHub } from './event-hub';
import { type InlineJob, snapshotOf } from './inline-job';
import {
  assertConcurrency,
  assertJobName,
  assertNever,
  assertPercent,
  errorMessage,
  isFinalState,
  jobDefaults,
  jobRetention,
  resolveJobOptions,
  retryDelayMs,
  toJson,
} from './job-rules';
import {
  JobCancelledError,
  type JobContext,
  type JobEvent,
  type JobOptions,
  type JobProcessor,
  type JobQueue,
  JobQueueClosedError,
  type JobSnapshot,
  type RegisterOptions,
  UnrecoverableJobError,
} from './queue.port';
import { waitForFinalState } from './wait-for';

export interface InlineQueueOptions {
  /** Clock for retention of finished jobs (ms since epoch). */
  now?: () => number;
  /** Source of job ids when the caller gives none. */
  newId?: () => string;
}

interface Lane {
  readonly processor: JobProcessor<unknown, unknown>;
  readonly concurrency: number;
  active: number;
}

type Outcome =
  | { kind: 'completed'; result: unknown }
  | { kind: 'failed'; error: unknown }
  | { kind: 'cancelled' };

const PRUNE_INTERVAL_MS = 60_000;

/** The embedded-mode queue: jobs live in this process's memory and are lost when it exits. */
export function createInlineQueue(options: InlineQueueOptions = {}): JobQueue {
  return new InlineJobQueue(
    options.now ?? (() => systemSources.now().getTime()),
    options.newId ?? systemSources.newId,
  );
}

class InlineJobQueue implements JobQueue {
  readonly kind = 'inline' as const;
  private readonly jobs = new Map<string, InlineJob>();
  private readonly lanes = new Map<string, Lane>();
  /** Per job name, ids ready to run in FIFO order. */
  private readonly ready = new Map<string, string[]>();
  private readonly running = new Set<Promise<void>>();
  private readonly hub = createEventHub();
  private readonly closed = new AbortController();
  private started = false;
  private closing: Promise<void> | undefined;
  private lastPruneAt: number;

  constructor(
    private readonly now: () => number,
    private readonly newId: () => string,
  ) {
    this.lastPruneAt = now();
  }

  register<R>(name: string, processor: JobProcessor<unknown, R>, options: RegisterOptions = {}): void {
    if (this.started) throw new Error(`register "${name}" before start()`);
    if (this.lanes.has(name)) throw new Error(`a processor for "${name}" is already registered`);
    assertJobName(name);
    const concurrency = options.concurrency ?? jobDefaults.concurrency;
    assertConcurrency(concurrency);
    this.lanes.set(name, { processor, concurrency, active: 0 });
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('the job queue is already started');
    if (this.closing) throw new JobQueueClosedError('start');
    this.started = true;
    for (const name of this.ready.keys()) this.pump(name);
  }

  async enqueue<P>(name: string, payload: P, options?: JobOptions): Promise<JobSnapshot> {
    if (this.closing) throw new JobQueueClosedError('enqueue');
    assertJobName(name);
    const resolved = resolveJobOptions(options);
    this.pruneFinished();
    const id = options?.jobId ?? this.newId();
    const existing = this.jobs.get(id);
    if (existing) return snapshotOf(existing);
    const job: InlineJob = {
      id,
      name,
      payload: toJson(payload),
      options: resolved,
      state: 'waiting',
      progress: 0,
      attemptsMade: 0,
    };
    this.jobs.set(id, job);
    this.makeReady(job);
    return snapshotOf(job);
  }

  async get(id: string): Promise<JobSnapshot | null> {
    const job = this.jobs.get(id);
    return job ? snapshotOf(job) : null;
  }

  async cancel(id: string): Promise<boolean> {
    if (this.closing) throw new JobQueueClosedError('cancel');
    const job = this.jobs.get(id);
    if (!job || isFinalState(job.state)) return false;
    if (job.state === 'active') {
      job.controller?.abort(new JobCancelledError(id));
      return true;
    }
    clearTimeout(job.retryTimer);
    job.retryTimer = undefined;
    const ready = this.ready.get(job.name) ?? [];
    const at = ready.indexOf(id);
    if (at >= 0) ready.splice(at, 1);
    this.finish(job, 'cancelled');
    this.hub.emit({ type: 'cancelled', id, name: job.name });
    return true;
  }

  onEvent(listener: (event: JobEvent) => void): () => void {
    return this.hub.on(listener);
  }

  waitFor(id: string, timeoutMs: number = jobDefaults.waitTimeoutMs): Promise<JobSnapshot> {
    const deps = {
      get: (jobId: string) => this.get(jobId),
      onEvent: this.hub.on,
      closed: this.closed.signal,
    };
    return waitForFinalState(deps, id, timeoutMs);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    // Jobs waiting out a backoff stay 'waiting': in embedded mode they end with the process.
    for (const job of this.jobs.values()) clearTimeout(job.retryTimer);
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
    this.closed.abort();
  }

  private makeReady(job: InlineJob): void {
    const ready = this.ready.get(job.name) ?? [];
    ready.push(job.id);
    this.ready.set(job.name, ready);
    this.pump(job.name);
  }

  private pump(name: string): void {
    const lane = this.lanes.get(name);
    const ready = this.ready.get(name);
    if (!this.started || this.closing || !lane || !ready) return;
    while (lane.active < lane.concurrency && ready.length > 0) {
      const job = this.jobs.get(ready.shift() ?? '');
      if (job?.state === 'waiting') this.run(job, lane);
    }
  }

  private run(job: InlineJob, lane: Lane): void {
    job.state = 'active';
    job.controller = new AbortController();
    lane.active += 1;
    const run = this.attempt(job, lane.processor, job.controller.signal).finally(() => {
      lane.active -= 1;
      this.running.delete(run);
      this.pump(job.name);
    });
    this.running.add(run);
  }

  private async attempt(job: InlineJob, processor: Lane['processor'], signal: AbortSignal): Promise<void> {
    let outcome: Outcome;
    try {
      const result = toJson(await processor(this.contextFor(job, signal)));
      outcome = { kind: 'completed', result };
    } catch (error) {
      outcome = { kind: 'failed', error };
    }
    // A cancelled job ends cancelled whatever its processor did after the abort.
    this.settle(job, signal.aborted ? { kind: 'cancelled' } : outcome);
  }

  private contextFor(job: InlineJob, signal: AbortSignal): JobContext<unknown> {
    return {
      id: job.id,
      name: job.name,
      payload: structuredClone(job.payload),
      attempt: job.attemptsMade + 1,
      signal,
      reportProgress: async (percent) => {
        signal.throwIfAborted();
        assertPercent(percent);
        job.progress = percent;
        this.hub.emit({ type: 'progress', id: job.id, name: job.name, progress: percent });
      },
    };
  }

  private settle(job: InlineJob, outcome: Outcome): void {
    job.attemptsMade += 1;
    job.controller = undefined;
    const { id, name } = job;
    switch (outcome.kind) {
      case 'completed':
        job.result = outcome.result;
        this.finish(job, 'completed');
        this.hub.emit({ type: 'completed', id, name, result: outcome.result });
        break;
      case 'cancelled':
        this.finish(job, 'cancelled');
        this.hub.emit({ type: 'cancelled', id, name });
        break;
      case 'failed':
        this.fail(job, errorMessage(outcome.error), outcome.error instanceof UnrecoverableJobError);
        break;
      default:
        assertNever(outcome);
    }
  }

  private fail(job: InlineJob, reason: string, unrecoverable: boolean): void {
    job.failedReason = reason;
    const willRetry = !unrecoverable && job.attemptsMade < job.options.attempts;
    if (willRetry) {
      job.state = 'waiting';
      this.scheduleRetry(job);
    } else {
      this.finish(job, 'failed');
    }
    this.hub.emit({ type: 'failed', id: job.id, name: job.name, reason, willRetry });
  }

  private scheduleRetry(job: InlineJob): void {
    if (this.closing) return;
    const delay = retryDelayMs(job.options.backoffMs, job.attemptsMade);
    job.retryTimer = setTimeout(() => {
      job.retryTimer = undefined;
      this.makeReady(job);
    }, delay);
  }

  private finish(job: InlineJob, state: 'completed' | 'failed' | 'cancelled'): void {
    job.state = state;
    job.finishedAt = this.now();
  }

  /** Forgets finished jobs past retention, as BullMQ's removeOnComplete/removeOnFail do. */
  private pruneFinished(): void {
    const now = this.now();
    if (now - this.lastPruneAt < PRUNE_INTERVAL_MS) return;
    this.lastPruneAt = now;
    for (const job of this.jobs.values()) {
      const keepMs = job.state === 'completed' ? jobRetention.completedMs : jobRetention.failedMs;
      if (job.finishedAt !== undefined && now - job.finishedAt > keepMs) this.jobs.delete(job.id);
    }
  }
}
