import { errorMessage, isErrorCode, tenantJobStates, type WordSource, wordsOf } from '@nguon/contracts';
import { type LabelBatchWithNames, listLabelBatchJobs } from '@nguon/db';
import { labelBatchStalled, labelBatchWorkInProgress, oneOf } from '@nguon/domain';
import type { TenantJobSource } from '../jobs-view/tenant-job-source';
import { batchPace, batchWork } from './label-batch-views';

const titleSource = (row: LabelBatchWithNames, name: string | null): WordSource => {
  const subject = name && row.lot_code ? `${name} · ${row.lot_code}` : name;
  const values = { number: String(row.number), subject: subject ?? '' };
  return {
    kind: 'message',
    key: subject ? 'jobs.title.label-batch' : 'jobs.title.label-batch-blank',
    values,
  };
};

const titleOf = (row: LabelBatchWithNames) => ({
  vi: wordsOf(titleSource(row, row.product_name_vi), 'vi'),
  en: wordsOf(titleSource(row, row.product_name_en || row.product_name_vi), 'en'),
});

/**
 * Label batches as the tenant's jobs page lists them. Cancelling is left to the batch's own page, which says
 * what it does to the labels made so far.
 */
export const labelBatchJobSource: TenantJobSource = {
  kind: 'label-batch',
  list: async (ctx, audience, page, now) => {
    const query = { tenantId: audience.actor.tenantId, createdBy: audience.createdBy, ...page };
    const rows = await listLabelBatchJobs(ctx.db, query);
    return rows.map((row) => {
      // A batch whose labels stalled is shown as failed, saying so, with no made-up pace: its page offers
      // Retry. (This list counts labels: a stalled PDF shows on the batch's page, beside the PDF.)
      const work = batchWork(row);
      const stalled = labelBatchWorkInProgress(work) === 'labels' && labelBatchStalled(work, now);
      const code = stalled ? 'LABEL_BATCH_STALLED' : row.error_code;
      return {
        id: row.id,
        kind: 'label-batch',
        title: titleOf(row),
        state: stalled ? 'failed' : oneOf(tenantJobStates, row.state, 'label batch state'),
        done: row.generated,
        total: row.quantity,
        createdAt: row.created_at.toISOString(),
        startedAt: row.started_at?.toISOString() ?? null,
        finishedAt: row.finished_at?.toISOString() ?? null,
        ...(stalled ? { ratePerSecond: null, secondsLeft: null } : batchPace(row, now)),
        error:
          code && isErrorCode(code)
            ? { code, message: { vi: errorMessage(code, 'vi'), en: errorMessage(code, 'en') } }
            : null,
        canCancel: false,
        links: { self: `/api/v1/label-batches/${row.id}`, subject: `/labels/batches/${row.id}` },
      };
    });
  },
};
