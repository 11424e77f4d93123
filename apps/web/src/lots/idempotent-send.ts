import { ApiError } from '@nguon/contracts/client';
import { randomId } from '../ui/random-id';

/** Waits before each automatic retry: a weak signal often comes back within seconds. */
export const retryDelaysMs: readonly number[] = [1000, 2000, 4000, 8000];

const transientStatuses: readonly number[] = [502, 503, 504];

/** A random Idempotency-Key (randomUUID, or 128 random bits in hex on a plain-HTTP LAN page). */
export function newIdempotencyKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Crypto> = crypto,
): string {
  return randomId(source);
}

/** True when the request may not have reached the server (fetch rejected) or a gateway gave up on it. */
export function isTransientFailure(error: unknown): boolean {
  return !(error instanceof ApiError) || transientStatuses.includes(error.status);
}

export interface RetryOptions {
  delaysMs?: readonly number[];
  /** Called before retry number `attempt` (1 = the first retry) with how many retries there may be. */
  onRetry?: (attempt: number, of: number) => void;
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends, and on a transient failure sends again after each delay. `send` must reuse one Idempotency-Key, so a
 * request that did reach the server before the connection dropped is answered with its first result.
 */
export async function sendWithRetries<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { delaysMs = retryDelaysMs, onRetry, wait = sleep } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      const delay = delaysMs[attempt];
      if (delay === undefined || !isTransientFailure(error)) throw error;
      onRetry?.(attempt + 1, delaysMs.length);
      await wait(delay);
    }
  }
}
