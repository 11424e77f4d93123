import { MakeCheckpointPayload } from '@nguon/contracts';
import { defineJob, enqueueJob } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import type { JobSnapshot } from '../jobs/queue.port';
import { makeCheckpoint } from './checkpoints.service';

const HOUR_MS = 3_600_000;

/** Anchors every lot's head; nothing stored when nothing moved, so a retry or a second run makes no second one. */
export const makeCheckpointJob = defineJob<MakeCheckpointPayload, { seq: number | null; created: boolean }>({
  name: 'checkpoints.make',
  payload: MakeCheckpointPayload,
  process: async (ctx) => {
    const key = ctx.config.checkpointKey;
    if (!key) return { seq: null, created: false };
    const { checkpoint, created } = await makeCheckpoint(ctx, key);
    return { seq: checkpoint.seq, created };
  },
});

/** At most one scheduled checkpoint per hour across all replicas: the job id names the hour. */
export function enqueueHourlyCheckpoint(ctx: Pick<ServiceContext, 'queue' | 'now'>): Promise<JobSnapshot> {
  const hour = new Date(Math.floor(ctx.now().getTime() / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13);
  return enqueueJob(
    ctx.queue,
    makeCheckpointJob,
    {},
    { jobId: `checkpoint-${hour}`, attempts: 3, backoffMs: 60_000 },
  );
}
