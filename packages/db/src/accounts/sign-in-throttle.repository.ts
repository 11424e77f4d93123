import { sql } from 'kysely';
import type { Db } from '../database';

export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

const secondsUntil = (lockedUntil: Date | null, now: Date): number =>
  lockedUntil && lockedUntil > now ? Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) : 0;

/** Seconds until the key may try again, or 0. */
export async function throttleWait(db: Db, key: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return secondsUntil(row?.locked_until ?? null, now);
}

/** Counts a failure atomically (one upsert, safe across replicas); locks the key past the limit. */
export async function recordSignInFailure(
  db: Db,
  key: string,
  now: Date,
  policy: ThrottlePolicy,
): Promise<void> {
  const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000);
  const lockUntil = new Date(now.getTime() + policy.lockSeconds * 1000);
  await sql`
    INSERT INTO sign_in_throttle AS t (key, failures, window_started_at, locked_until)
    VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN t.window_started_at < ${windowStart} THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN t.window_started_at < ${windowStart} THEN ${now} ELSE t.window_started_at END,
      locked_until = CASE
        WHEN t.window_started_at >= ${windowStart} AND t.failures + 1 >= ${policy.maxFailures} THEN ${lockUntil}
        ELSE t.locked_until END`.execute(db);
}

/**
 * Takes one attempt under the key before the work it guards, in one upsert: of any number of parallel
 * attempts exactly `maxFailures` per window get 0 (go ahead); the next one locks the key, and every attempt
 * while it is locked gets the seconds left. An ended lock or window starts a fresh count.
 */
export async function claimAttempt(db: Db, key: string, now: Date, policy: ThrottlePolicy): Promise<number> {
  const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000);
  const lockUntil = new Date(now.getTime() + policy.lockSeconds * 1000);
  const locked = sql`t.locked_until > ${now}`;
  const fresh = sql`(t.locked_until IS NOT NULL OR t.window_started_at < ${windowStart})`;
  const result = await sql<{ locked_until: Date | null }>`
    INSERT INTO sign_in_throttle AS t (key, failures, window_started_at, locked_until)
    VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN ${locked} THEN t.failures WHEN ${fresh} THEN 1 ELSE t.failures + 1 END,
      window_started_at = CASE WHEN ${locked} THEN t.window_started_at WHEN ${fresh} THEN ${now}
        ELSE t.window_started_at END,
      locked_until = CASE WHEN ${locked} THEN t.locked_until WHEN ${fresh} THEN NULL
        WHEN t.failures + 1 > ${policy.maxFailures} THEN ${lockUntil} ELSE NULL END
    RETURNING locked_until`.execute(db);
  return secondsUntil(result.rows[0]?.locked_until ?? null, now);
}

/** Gives back an attempt that succeeded or did not count; a counter back at zero and unlocked is gone, as before. */
export async function refundAttempt(db: Db, key: string): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set({ failures: sql`GREATEST(failures - 1, 0)` })
    .where('key', '=', key)
    .execute();
  await db
    .deleteFrom('sign_in_throttle')
    .where('key', '=', key)
    .where('failures', '<=', 0)
    .where('locked_until', 'is', null)
    .execute();
}

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}

// A successful sign-in from an address is a row of the same key-value table, its time in window_started_at.
const addressKey = (userId: string, address: string) => `known-address:${userId}:${address}`;

/** Remembers that the person signed in from this address now. */
export async function rememberSignInAddress(
  db: Db,
  userId: string,
  address: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('sign_in_throttle')
    .values({ key: addressKey(userId, address), failures: 0, window_started_at: now, locked_until: null })
    .onConflict((oc) => oc.column('key').doUpdateSet({ window_started_at: now }))
    .execute();
}

/** Whether the person signed in successfully from this address since the given time. */
export async function signedInFromAddressSince(
  db: Db,
  userId: string,
  address: string,
  since: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select('key')
    .where('key', '=', addressKey(userId, address))
    .where('window_started_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}
