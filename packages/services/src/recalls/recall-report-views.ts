import {
  errorMessage,
  isErrorCode,
  type RecallReportViewSource,
  type TenantJobViewSource,
  tenantJobStates,
  wordsOf,
} from '@nguon/contracts';
import { listRecallReportJobs, type RecallReportWithRecall } from '@nguon/db';
import { jobStalled, oneOf } from '@nguon/domain';
import { isFinalState, progressRate } from '../jobs-view/job-progress';
import type { TenantJobSource } from '../jobs-view/tenant-job-source';

/** A queued or running report whose job has given no heartbeat for longer than its phase allows. */
export function recallReportStalled(
  row: Pick<RecallReportWithRecall, 'state' | 'heartbeat_at'>,
  now: Date,
): boolean {
  const phase = row.state === 'queued' ? 'waiting' : row.state === 'running' ? 'running' : null;
  return jobStalled({ phase, heartbeatAt: row.heartbeat_at }, now);
}

const worded = (code: string) =>
  isErrorCode(code)
    ? { code, message: { vi: errorMessage(code, 'vi'), en: errorMessage(code, 'en') } }
    : null;

const titleOf = (row: RecallReportWithRecall) => {
  const source = {
    kind: 'message',
    key: row.recall_drill ? 'jobs.title.recall-drill-report' : 'jobs.title.recall-report',
    values: { number: String(row.recall_number) },
  } as const;
  return { vi: wordsOf(source, 'vi'), en: wordsOf(source, 'en') };
};

/** A report request as any job of the tenant is shown: done/total count the recall's lots read. */
export function recallReportJobView(row: RecallReportWithRecall, now: Date): TenantJobViewSource {
  const stalled = recallReportStalled(row, now);
  const state = stalled ? 'failed' : oneOf(tenantJobStates, row.state, 'recall report state');
  const facts = { state, done: row.lots_done, total: row.lots_total, startedAt: row.started_at };
  const code = stalled ? 'JOB_INTERRUPTED' : row.error_code;
  return {
    id: row.id,
    kind: 'recall-report',
    title: titleOf(row),
    state,
    done: row.lots_done,
    total: row.lots_total,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    ...(stalled || isFinalState(state)
      ? { ratePerSecond: null, secondsLeft: null }
      : progressRate(facts, now)),
    error: code ? worded(code) : null,
    // A report is cheap to ask again; nothing to undo, so nothing to cancel.
    canCancel: false,
    links: { self: `/api/v1/recalls/${row.recall_id}`, subject: `/recalls/${row.recall_id}` },
  };
}

/** The report part of a recall: its newest request, and links to the files once it is done. */
export function recallReportViewOf(row: RecallReportWithRecall, now: Date): RecallReportViewSource {
  const ready = row.state === 'completed';
  const base = `/api/v1/recalls/${row.recall_id}`;
  return {
    job: recallReportJobView(row, now),
    csv: ready ? `${base}/report.csv` : null,
    pdf: ready ? `${base}/report.pdf` : null,
  };
}

/** Recall reports as the tenant's jobs page lists them. */
export const recallReportJobs: TenantJobSource = {
  kind: 'recall-report',
  list: async (ctx, audience, page, now) => {
    const query = { tenantId: audience.actor.tenantId, createdBy: audience.createdBy, ...page };
    const rows = await listRecallReportJobs(ctx.db, query);
    return rows.map((row) => recallReportJobView(row, now));
  },
};
