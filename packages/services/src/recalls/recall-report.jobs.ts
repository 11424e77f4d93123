import { RecallReportPayload } from '@nguon/contracts';
import { claimStalledRecallReport, listUnfinishedRecallReports } from '@nguon/db';
import { defineJob, enqueueJob } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import type { JobSnapshot } from '../jobs/queue.port';
import { recallReportAttempts, runRecallReport } from './recall-report-run';
import { recallReportStalled } from './recall-report-views';

/** A recall's report for authorities: its lots read in steps that beat a heartbeat, then its CSV and PDF. */
export const recallReportJob = defineJob<RecallReportPayload, { state: string }>({
  name: 'recalls.report',
  payload: RecallReportPayload,
  process: (ctx, payload, progress) => runRecallReport(ctx, payload, progress),
});

/**
 * Queues a report's run. The first run's job id is the report's own, so it runs once; a run queued again (a
 * stalled report taken up) needs a new one, since BullMQ keeps a failed job under its id and would hand it back
 * unrun. `attempt` is 0 for the first run, the time for the others.
 */
export function enqueueRecallReport(
  ctx: Pick<ServiceContext, 'queue'>,
  row: { id: string; tenant_id: string },
  attempt = 0,
): Promise<JobSnapshot> {
  return enqueueJob(
    ctx.queue,
    recallReportJob,
    { reportId: row.id, tenantId: row.tenant_id },
    {
      jobId: attempt === 0 ? row.id : `recall-report-${row.id}-${attempt}`,
      attempts: recallReportAttempts,
      backoffMs: 1000,
    },
  );
}

/**
 * Enqueues again, at start, every report not ended: the in-process queue forgets its jobs when the process
 * stops, and on BullMQ the same job id gives back the job it still holds. A stalled report's job is lost: it
 * is claimed, by one process only, and queued under a new id.
 */
export async function resumeRecallReports(ctx: ServiceContext): Promise<number> {
  let resumed = 0;
  for (const row of await listUnfinishedRecallReports(ctx.db)) {
    const now = ctx.now();
    let attempt = 0;
    if (recallReportStalled(row, now)) {
      if (!(await claimStalledRecallReport(ctx.db, row.id, row.heartbeat_at, now))) continue;
      attempt = now.getTime();
    }
    await enqueueRecallReport(ctx, row, attempt);
    resumed += 1;
  }
  return resumed;
}
