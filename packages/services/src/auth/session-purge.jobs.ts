import { PurgeExpiredSessionsPayload } from '@nguon/contracts';
import { deleteExpiredSessions } from '@nguon/db';
import { defineJob, enqueueJob } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import type { JobSnapshot } from '../jobs/queue.port';

const HOUR_MS = 3_600_000;

/** Deletes expired sessions; idempotent, so a retry or a second run only finds fewer rows. */
export const purgeExpiredSessionsJob = defineJob<PurgeExpiredSessionsPayload, { deleted: number }>({
  // The name predates feature-owned jobs; queued jobs in Redis still carry it.
  name: 'maintenance.purge-expired-sessions',
  payload: PurgeExpiredSessionsPayload,
  process: async (ctx) => ({ deleted: await deleteExpiredSessions(ctx.db, ctx.now()) }),
});

/** At most one purge per hour across all replicas: the job id names the hour. */
export function enqueueSessionPurge(ctx: Pick<ServiceContext, 'queue' | 'now'>): Promise<JobSnapshot> {
  const hour = new Date(Math.floor(ctx.now().getTime() / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13);
  return enqueueJob(
    ctx.queue,
    purgeExpiredSessionsJob,
    {},
    { jobId: `purge-sessions-${hour}`, attempts: 3, backoffMs: 60_000 },
  );
}
