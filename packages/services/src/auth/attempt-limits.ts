import type { ErrorCode } from '@nguon/contracts';
import { claimAttempt, refundAttempt, type ThrottlePolicy } from '@nguon/db';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';

/** One counter an attempt is taken from: a key (an address, an account, a code) and its policy. */
export interface AttemptLimit {
  key: string;
  policy: ThrottlePolicy;
}

/**
 * Takes one attempt from every limit before the work they guard (each atomically, so parallel attempts cannot
 * slip past a check); refused with `code` and the wait when one is spent. A refused attempt still counts.
 */
export async function claimAttempts(
  ctx: ServiceContext,
  limits: readonly AttemptLimit[],
  code: ErrorCode,
): Promise<void> {
  const now = ctx.now();
  for (const limit of limits) {
    const wait = await claimAttempt(ctx.db, limit.key, now, limit.policy);
    if (wait > 0) throw new AppError(code, { retryAfter: wait });
  }
}

/** Gives the attempts back: the work succeeded, or never ran (the server was too busy to check). */
export async function refundAttempts(ctx: ServiceContext, limits: readonly AttemptLimit[]): Promise<void> {
  for (const limit of limits) await refundAttempt(ctx.db, limit.key);
}

/** Runs the guarded work; when it is refused as too busy, the attempts it took are given back first. */
export async function withRefundWhenBusy<T>(
  ctx: ServiceContext,
  limits: readonly AttemptLimit[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === 'PASSWORD_CHECKS_BUSY') await refundAttempts(ctx, limits);
    throw error;
  }
}
