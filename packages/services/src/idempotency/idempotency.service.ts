import { createHash } from 'node:crypto';
import {
  claimIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotentResponse,
  saveIdempotentResponse,
} from '@nguon/db';
import { canonicalJson } from '@nguon/domain';
import type { Principal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';

/** How long a key is remembered: longer than any client keeps retrying one submission. */
export const idempotencyKeyTtlMs = 24 * 3600 * 1000;
const keyPattern = /^[\x21-\x7e]{1,200}$/;

export interface IdempotentRequest {
  /** The endpoint's id: a key is bound to one kind of request. */
  endpoint: string;
  key: string;
  /** Params, query and body as parsed: a retry must send the same. */
  input: unknown;
}

export interface IdempotentOutcome<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/** Keys are per caller: one person's key never answers another's request. */
function scopeOf(principal: Principal): string {
  switch (principal.kind) {
    case 'person':
      return `person:${principal.userId}`;
    case 'token':
      return `token:${principal.tokenId}`;
    case 'anonymous':
      throw new AppError('UNAUTHENTICATED');
  }
}

export function assertIdempotencyKey(key: string): void {
  if (!keyPattern.test(key)) throw new AppError('IDEMPOTENCY_KEY_INVALID');
}

let lastSweep = 0;

/**
 * Runs a write once per key. The key is claimed in the same unit of work as the write (the services it calls
 * join it), so the write and its remembered response commit together or not at all; a concurrent retry waits
 * on the key's row and then gets the stored response. A user error rolls back the claim too: a corrected retry may reuse the key.
 */
export async function runIdempotent<T>(
  ctx: ServiceContext,
  principal: Principal,
  request: IdempotentRequest,
  status: number,
  write: (ctx: ServiceContext) => Promise<T>,
): Promise<IdempotentOutcome<T | unknown>> {
  assertIdempotencyKey(request.key);
  const scope = scopeOf(principal);
  // parts an endpoint has not (undefined) are left out, as JSON would
  const requestHash = createHash('sha256')
    .update(canonicalJson(JSON.parse(JSON.stringify(request.input ?? null))))
    .digest('hex');
  const now = ctx.now();
  if (now.getTime() - lastSweep > 3600 * 1000) {
    lastSweep = now.getTime();
    await deleteIdempotencyKeysBefore(ctx.db, new Date(now.getTime() - idempotencyKeyTtlMs));
  }
  return withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    const claim = { scope, key: request.key, endpoint: request.endpoint, requestHash };
    if (!(await claimIdempotencyKey(trx, claim, now))) {
      const stored = await findIdempotentResponse(trx, scope, request.key);
      if (!stored || stored.endpoint !== request.endpoint || stored.request_hash !== requestHash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED');
      }
      return { status: stored.status, body: stored.response, replayed: true };
    }
    const body = await write(unit);
    await saveIdempotentResponse(trx, scope, request.key, status, body);
    return { status, body, replayed: false };
  });
}
