import type { JobOptions, JobState } from './queue.port';

/** Rules both adapters share, so a job behaves the same in embedded and server mode. */
export const jobDefaults = { attempts: 3, backoffMs: 1000, concurrency: 1, waitTimeoutMs: 30_000 } as const;

/** How long finished jobs stay readable (and their jobId stays taken). */
export const jobRetention = {
  completedMs: 24 * 3600 * 1000,
  failedMs: 7 * 24 * 3600 * 1000,
} as const;

export interface ResolvedJobOptions {
  attempts: number;
  backoffMs: number;
}

// Names and ids become parts of Redis keys: no ':' and no spaces.
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function assertJobName(name: string): void {
  if (!NAME_PATTERN.test(name)) {
    throw new RangeError(`invalid job name "${name}": a letter, then letters, digits, '.', '_' or '-'`);
  }
}

/** BullMQ refuses integer-looking custom ids (they clash with its own counter). */
export function assertJobId(id: string): void {
  if (!ID_PATTERN.test(id) || /^\d+$/.test(id)) {
    throw new RangeError(`invalid jobId "${id}": letters, digits, '.', '_' or '-', not only digits`);
  }
}

export function resolveJobOptions(options: JobOptions = {}): ResolvedJobOptions {
  const attempts = options.attempts ?? jobDefaults.attempts;
  const backoffMs = options.backoffMs ?? jobDefaults.backoffMs;
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be an integer >= 1`);
  if (!Number.isFinite(backoffMs) || backoffMs < 0) throw new RangeError(`backoffMs must be >= 0`);
  if (options.jobId !== undefined) assertJobId(options.jobId);
  return { attempts, backoffMs };
}

export function assertConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be an integer >= 1`);
  }
}

export function assertPercent(percent: number): void {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`progress must be a number from 0 to 100, got ${percent}`);
  }
}

/** The same formula as BullMQ's 'exponential' backoff; failures counts the failed attempts so far. */
export function retryDelayMs(backoffMs: number, failures: number): number {
  return Math.round(2 ** (failures - 1) * backoffMs);
}

/** Payloads and results cross Redis as JSON; the inline adapter round-trips them too. */
export function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null));
}

export function isFinalState(state: JobState): boolean {
  return state === 'completed' || state === 'failed' || state === 'cancelled';
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'job failed with a non-Error value';
}

/** Makes a switch over a union exhaustive: adding a member fails the type check here. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
