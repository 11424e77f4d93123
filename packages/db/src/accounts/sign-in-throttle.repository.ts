import { sql } from 'kysely';
import type { Db } from '../database';

export interface ThrottlePolicy {
  maxFailures: number;
  windowSeconds: number;
  lockSeconds: number;
}

/** Seconds until the key may try again, or 0. */
export async function throttleWait(db: Db, key: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row?.locked_until || row.locked_until <= now) return 0;
  return Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000);
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

export async function clearSignInFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
