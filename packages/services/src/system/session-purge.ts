import { type Db, deleteExpiredSessions } from '@nguon/db';
import type { JobQueue, JobSnapshot } from '../jobs/queue.port';

export const PURGE_SESSIONS_JOB = 'maintenance.purge-expired-sessions';
const HOUR_MS = 3_600_000;

/** Deletes expired sessions; idempotent, so a retry or a second run only finds fewer rows. */
export async function purgeExpiredSessions(db: Db, now: Date): Promise<{ deleted: number }> {
  return { deleted: await deleteExpiredSessions(db, now) };
}

/** At most one purge per hour across all replicas: the job id names the hour. */
export function enqueueSessionPurge(queue: JobQueue, now: Date): Promise<JobSnapshot> {
  const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13);
  return queue.enqueue(
    PURGE_SESSIONS_JOB,
    {},
    { jobId: `purge-sessions-${hour}`, attempts: 3, backoffMs: 60_000 },
  );
}
