import {
  type JobState as BullmqState,
  type Job,
  Queue,
  QueueEvents,
  type RedisOptions,
  Worker,
} from 'bullmq';
import { Redis } from 'ioredis';
import { systemSources } from '../sources/system-sources';
import { bridgeQueueEvents, CANCELLED_REASON } from './bullmq-events';
import { JobIndex } from './bullmq-job-index';
import { toBullmqProcessor } from './bullmq-processor';
import { progressOf, snapshotOf } from './bullmq-snapshot';
import { createEventHub } from './event-hub';
import {
  assertConcurrency,
  assertJobName,
  jobDefaults,
  jobRetention,
  resolveJobOptions,
  toJson,
} from './job-rules';
import {
  type JobEvent,
  type JobOptions,
  type JobProcessor,
  type JobQueue,
  JobQueueClosedError,
  type JobSnapshot,
  type RegisterOptions,
} from './queue.port';
import { waitForFinalState } from './wait-for';

/** producer: enqueues and watches only (the API); worker and both also run registered processors. */
export type BullmqRole = 'producer' | 'worker' | 'both';

export interface BullmqQueueOptions {
  /** Redis URL, e.g. redis://127.0.0.1:6379 */
  connection: string;
  /** Key prefix of every queue; tests use a unique one per run (default 'nguon'). */
  prefix?: string;
  role?: BullmqRole;
  /** Connection and worker errors; BullMQ reconnects by itself, so these are for logging. */
  onError?: (error: Error) => void;
  /** Source of job ids when the caller gives none. */
  newId?: () => string;
  /**
   * How long a running job's lock lasts without renewal, and how often stalled jobs are looked for (BullMQ's
   * default 30 s): a job of a killed worker runs again after about twice this. Tests of crashes shorten it.
   */
  lockDurationMs?: number;
}

const PING_TIMEOUT_MS = 1000;
/** waitFor re-reads the state this often, in case an event was missed across a reconnect. */
const WAIT_POLL_MS = 1000;

const finishedJobOptions = {
  removeOnComplete: { age: jobRetention.completedMs / 1000, count: 10_000 },
  removeOnFail: { age: jobRetention.failedMs / 1000, count: 100_000 },
};

/**
 * Server-mode queue: one BullMQ queue per job name (so concurrency is per name and a slow kind
 * of job never holds up another), plus a small id index so get/cancel/waitFor need only the id.
 */
export function createBullmqQueue(options: BullmqQueueOptions): JobQueue {
  return new BullmqJobQueue(options);
}

interface Registration {
  processor: JobProcessor<unknown, unknown>;
  concurrency: number;
}

class BullmqJobQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  private readonly connection: RedisOptions;
  private readonly prefix: string;
  private readonly role: BullmqRole;
  private readonly onError: (error: Error) => void;
  private readonly newId: () => string;
  private readonly lockDurationMs: number | undefined;
  /** Our commands (id index, cancel messages, ping) and every Queue's; Workers and QueueEvents open their own. */
  private readonly control: Redis;
  private readonly index: JobIndex;
  private readonly queues = new Map<string, Queue>();
  private readonly events = new Map<string, Promise<QueueEvents>>();
  private readonly registrations = new Map<string, Registration>();
  private readonly workers: Worker[] = [];
  private subscriber: Redis | undefined;
  private readonly hub = createEventHub();
  private readonly closed = new AbortController();
  private started = false;
  private closing: Promise<void> | undefined;

  constructor(options: BullmqQueueOptions) {
    // maxRetriesPerRequest null: BullMQ's blocking commands must wait out a Redis restart.
    this.connection = { url: options.connection, maxRetriesPerRequest: null };
    this.prefix = options.prefix ?? 'nguon';
    this.role = options.role ?? 'both';
    this.onError = options.onError ?? (() => {});
    this.newId = options.newId ?? systemSources.newId;
    this.lockDurationMs = options.lockDurationMs;
    this.control = new Redis(options.connection, { maxRetriesPerRequest: null });
    this.control.on('error', this.onError);
    this.index = new JobIndex(this.control, this.prefix);
  }

  register<R>(name: string, processor: JobProcessor<unknown, R>, options: RegisterOptions = {}): void {
    if (this.role === 'producer')
      throw new Error(`a 'producer' queue runs no processors: cannot register "${name}"`);
    if (this.started) throw new Error(`register "${name}" before start()`);
    if (this.registrations.has(name)) throw new Error(`a processor for "${name}" is already registered`);
    assertJobName(name);
    const concurrency = options.concurrency ?? jobDefaults.concurrency;
    assertConcurrency(concurrency);
    this.registrations.set(name, { processor, concurrency });
  }

  async start(): Promise<void> {
    if (this.started) throw new Error('the job queue is already started');
    this.assertOpen('start');
    this.started = true;
    if (this.registrations.size === 0) return;
    await this.listenForCancels();
    for (const [name, { processor, concurrency }] of this.registrations) {
      const worker = new Worker(name, toBullmqProcessor(processor, this.index), {
        connection: this.connection,
        prefix: this.prefix,
        concurrency,
        ...(this.lockDurationMs !== undefined && {
          lockDuration: this.lockDurationMs,
          stalledInterval: this.lockDurationMs,
        }),
      });
      worker.on('error', this.onError);
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
  }

  async enqueue<P>(name: string, payload: P, options?: JobOptions): Promise<JobSnapshot> {
    this.assertOpen('enqueue');
    assertJobName(name);
    const { attempts, backoffMs } = resolveJobOptions(options);
    const data = toJson(payload);
    const id = options?.jobId ?? this.newId();
    const claim = await this.index.claim(id, name);
    if (!claim.created) {
      const existing = await this.get(id);
      if (existing) return existing;
    }
    await this.eventsFor(claim.name);
    await this.queueFor(claim.name).add(claim.name, data, {
      jobId: id,
      attempts,
      // At least 1 ms, so every retry passes through 'delayed', which is how retries are reported.
      backoff: { type: 'exponential', delay: Math.max(1, backoffMs) },
      ...finishedJobOptions,
    });
    return (await this.get(id)) ?? { id, name: claim.name, state: 'waiting', progress: 0, attemptsMade: 0 };
  }

  async get(id: string): Promise<JobSnapshot | null> {
    const entry = await this.index.read(id);
    if (!entry) return null;
    const { name, tombstone } = entry;
    if (tombstone) return { id, name, state: 'cancelled', ...tombstone };
    const found = await this.readJob(name, id);
    return found ? snapshotOf(found.job, found.state) : null;
  }

  async cancel(id: string): Promise<boolean> {
    this.assertOpen('cancel');
    const entry = await this.index.read(id);
    const found = entry && !entry.tombstone ? await this.readJob(entry.name, id) : null;
    if (!entry || !found) return false;
    const { job, state } = found;
    if (state === 'completed' || state === 'failed') return false;
    await this.eventsFor(entry.name);
    await this.index.requestCancel(id);
    if (state !== 'active') {
      // Tombstone first, so whoever sees BullMQ's 'removed' event already reads 'cancelled'.
      await this.index.writeTombstone(id, job.attemptsMade, progressOf(job));
      if ((await this.queueFor(entry.name).remove(id)) === 1) return true;
      await this.index.dropTombstone(id); // it became active meanwhile (BullMQ keeps locked jobs)
    }
    await this.control.publish(this.index.cancelChannel, id);
    return true;
  }

  /** Sees the jobs of every name this instance registered or used, whichever process runs them. */
  onEvent(listener: (event: JobEvent) => void): () => void {
    for (const name of this.registrations.keys()) this.eventsFor(name).catch(this.reportError);
    return this.hub.on(listener);
  }

  async waitFor(id: string, timeoutMs: number = jobDefaults.waitTimeoutMs): Promise<JobSnapshot> {
    this.assertOpen('wait for a job');
    const entry = await this.index.read(id);
    if (entry) await this.eventsFor(entry.name);
    const deps = {
      get: (jobId: string) => this.get(jobId),
      onEvent: this.hub.on,
      closed: this.closed.signal,
    };
    return waitForFinalState({ ...deps, pollMs: WAIT_POLL_MS }, id, timeoutMs);
  }

  async ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    });
    const answer = this.control.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    // Worker.close() stops fetching and waits for the jobs in flight to finish.
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.closed.abort();
    const events = await Promise.allSettled(this.events.values());
    await Promise.allSettled([
      ...events.map((opened) => (opened.status === 'fulfilled' ? opened.value.close() : undefined)),
      ...[...this.queues.values()].map((queue) => queue.close()),
    ]);
    this.subscriber?.disconnect();
    await this.control.quit().catch(() => this.control.disconnect());
  }

  private readonly reportError = (error: unknown): void =>
    this.onError(error instanceof Error ? error : new Error(String(error)));

  private assertOpen(operation: string): void {
    if (this.closing) throw new JobQueueClosedError(operation);
  }

  /**
   * State first, then the job: BullMQ's two reads are not atomic, and a final state never
   * changes back, so a final state read first guarantees the job's fields are final too.
   */
  private async readJob(name: string, id: string): Promise<{ job: Job; state: BullmqState } | null> {
    const queue = this.queueFor(name);
    const state = await queue.getJobState(id);
    const job = state === 'unknown' ? undefined : await queue.getJob(id);
    return job && state !== 'unknown' ? { job, state } : null;
  }

  private queueFor(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // Queues issue no blocking commands, so they can all share the control connection.
      queue = new Queue(name, { connection: this.control, prefix: this.prefix });
      queue.on('error', this.onError);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Opens the name's event stream once; events from the moment of opening on are never missed. */
  private async eventsFor(name: string): Promise<void> {
    let opening = this.events.get(name);
    if (!opening) {
      opening = this.openEvents(name);
      this.events.set(name, opening);
      // A failed open (Redis down) is not cached: the next caller tries again.
      opening.catch(() => this.events.delete(name));
    }
    await opening;
  }

  private async openEvents(name: string): Promise<QueueEvents> {
    // Start reading at Redis's clock now rather than at '$' (the first XREAD, which comes later).
    const [seconds = 0, micros = 0] = (await this.control.time()).map(Number);
    const lastEventId = `${seconds * 1000 + Math.floor(micros / 1000) - 1}`;
    const queueEvents = new QueueEvents(name, {
      connection: this.connection,
      prefix: this.prefix,
      lastEventId,
    });
    queueEvents.on('error', this.onError);
    bridgeQueueEvents(queueEvents, name, {
      emit: (event) => this.hub.emit(event),
      readJob: (id) => this.queueFor(name).getJob(id),
      onError: this.onError,
    });
    return queueEvents;
  }

  /** worker.cancelJob() reaches only this process's jobs: cancel requests come over pub/sub. */
  private async listenForCancels(): Promise<void> {
    const subscriber = this.control.duplicate();
    this.subscriber = subscriber;
    subscriber.on('error', this.onError);
    subscriber.on('message', (_channel: string, id: string) => {
      for (const worker of this.workers) worker.cancelJob(id, CANCELLED_REASON);
    });
    await subscriber.subscribe(this.index.cancelChannel);
  }
}
