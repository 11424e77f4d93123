import type { Db } from '../database';

export interface IdempotencyClaim {
  scope: string;
  key: string;
  endpoint: string;
  requestHash: string;
}

export interface StoredIdempotentResponse {
  endpoint: string;
  request_hash: string;
  status: number;
  response: unknown;
}

/**
 * Claims a key inside the caller's transaction: true when this request is the first to use it. A concurrent
 * claim of the same key waits on the unique index until the first transaction ends, then finds its row.
 */
export async function claimIdempotencyKey(db: Db, claim: IdempotencyClaim, now: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      scope: claim.scope,
      key: claim.key,
      endpoint: claim.endpoint,
      request_hash: claim.requestHash,
      status: 0,
      response: 'null',
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findIdempotentResponse(
  db: Db,
  scope: string,
  key: string,
): Promise<StoredIdempotentResponse | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .select(['endpoint', 'request_hash', 'status', 'response'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function saveIdempotentResponse(
  db: Db,
  scope: string,
  key: string,
  status: number,
  response: unknown,
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ status, response: JSON.stringify(response) })
    .where('scope', '=', scope)
    .where('key', '=', key)
    .execute();
}

export async function deleteIdempotencyKeysBefore(db: Db, cutoff: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
