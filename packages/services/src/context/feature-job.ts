import { type AjvErrorObject, type WordSource, wordParams } from '@nguon/contracts';
import { createAjv, describeAjvErrors } from '@nguon/forms';
import { AppError } from '../errors/app-error';
import type { JobContext, JobOptions, JobProcessor, JobQueue, JobSnapshot } from '../jobs/queue.port';
import { UnrecoverableJobError } from '../jobs/queue.port';
import type { ServiceContext } from './service-context';

/** What a running job may do besides its work: report how far it is, and notice it was cancelled. */
export interface JobProgress {
  readonly jobId: string;
  /** 1 on the first run, 2 on the first retry... */
  readonly attempt: number;
  /** Aborts when the job is cancelled; stop early and throw signal.reason. */
  readonly signal: AbortSignal;
  /** Percent, 0-100; throws once the job is cancelled. */
  report(percent: number): Promise<void>;
}

/** A feature's job as it declares it: the payload schema lives in @nguon/contracts. */
export interface JobDeclaration<P, R> {
  /** Also the queue's name, e.g. 'auth.purge-expired-sessions'. */
  name: string;
  /** A JSON Schema (TypeBox) object from @nguon/contracts; its Static type is P. */
  payload: object;
  /** Jobs of this name run at most this many at a time per process (default 1). */
  concurrency?: number;
  /** Same context as a request: database, queue, file store, config, clock and random source. */
  process: (ctx: ServiceContext, payload: P, progress: JobProgress) => Promise<R>;
}

/** A declared job, its payload validator compiled once. */
export interface FeatureJob<P, R> extends JobDeclaration<P, R> {
  /** Throws an AppError VALIDATION_FAILED naming the bad value's path. */
  parsePayload(payload: unknown): P;
  /** The queue processor that runs this job in ctx; a payload that does not parse fails without retry. */
  processorFor(ctx: ServiceContext): JobProcessor<unknown, R>;
}

/** What the composition registers: any feature's job, its payload type erased. */
export interface RunnableJob {
  name: string;
  concurrency?: number;
  processorFor(ctx: ServiceContext): JobProcessor<unknown, unknown>;
}

const ajv = createAjv();

/** The first bad value of a payload, for the AppError and the failed job's reason. */
function payloadError(name: string, errors: readonly AjvErrorObject[]): AppError {
  const [first] = describeAjvErrors(errors);
  const path = first?.path || '/';
  const fault: WordSource | string = first
    ? { kind: 'ajv', keyword: first.keyword, params: first.params }
    : '';
  const detail: WordSource = { kind: 'message', key: 'job.payloadFault', values: { name, fault } };
  return new AppError('VALIDATION_FAILED', { path, detail }, path);
}

// A failed job's reason is for operators' logs, so it is in English.
const reasonOf = (error: unknown): string => {
  if (!(error instanceof AppError)) return String(error);
  const { detail } = wordParams(error.params, 'en');
  return `at ${error.path ?? '/'}: ${String(detail)}`;
};

const progressOf = (job: JobContext<unknown>): JobProgress => ({
  jobId: job.id,
  attempt: job.attempt,
  signal: job.signal,
  report: (percent) => job.reportProgress(percent),
});

/** Declares a feature's job; P is the Static type of the payload schema. */
export function defineJob<P, R>(declaration: JobDeclaration<P, R>): FeatureJob<P, R> {
  const validate = ajv.compile<P>(declaration.payload);
  const parsePayload = (payload: unknown): P => {
    if (validate(payload)) return payload;
    throw payloadError(declaration.name, validate.errors ?? []);
  };
  return {
    ...declaration,
    parsePayload,
    processorFor: (ctx) => async (job) => {
      let payload: P;
      try {
        payload = parsePayload(job.payload);
      } catch (error) {
        // Retrying would not make it valid.
        throw new UnrecoverableJobError(`invalid payload for ${job.name} ${reasonOf(error)}`);
      }
      return declaration.process(ctx, payload, progressOf(job));
    },
  };
}

/** Enqueues a declared job; the payload is checked first, so a bad one throws and nothing is enqueued. */
export async function enqueueJob<P>(
  queue: JobQueue,
  job: FeatureJob<P, unknown>,
  payload: NoInfer<P>,
  options?: JobOptions,
): Promise<JobSnapshot> {
  return queue.enqueue(job.name, job.parsePayload(payload), options);
}
