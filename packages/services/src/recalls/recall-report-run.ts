import type { Writable } from 'node:stream';
import type { RecallReportPayload } from '@nguon/contracts';
import {
  advanceRecallReport,
  completeRecallReport,
  countRecallLots,
  failRecallReport,
  findRecallReport,
  finishDrill,
  insertFile,
  insertRecallReportEvent,
  lockRecall,
  type NewFile,
  type RecallReportWithRecall,
  startRecallReport,
} from '@nguon/db';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { reportFileKey, reportFilesPrefix } from '../file-store/file-store.port';
import { UnrecoverableJobError } from '../jobs/queue.port';
import { withUnitOfWork } from '../unit-of-work';
import { refreshDraftScope } from './recall-detail';
import { type RecallReportContent, readRecallReportContent } from './recall-report-content';
import { writeRecallReportCsv } from './recall-report-csv';
import { writeRecallReportPdf } from './recall-report-pdf';

export const recallReportAttempts = 3;

/** The report was ended by another run (or found failed) while this one read: stop, store nothing more. */
class ReportStopped extends Error {}

type RunResult = { state: string };

const fileKinds = {
  csv: { contentType: 'text/csv', write: writeRecallReportCsv },
  pdf: { contentType: 'application/pdf', write: writeRecallReportPdf },
} as const;

/** A report file whose bytes are in the store; its row is written only by the run that completes the report. */
type StoredReportFile = NewFile & { key: string };

/** Writes one of the report's files' bytes to the store (a failed write stores nothing). */
async function storeReportFile(
  ctx: ServiceContext,
  row: RecallReportWithRecall,
  content: RecallReportContent,
  kind: keyof typeof fileKinds,
): Promise<StoredReportFile> {
  const { contentType, write } = fileKinds[kind];
  const id = ctx.newId();
  // under the report's prefix: the run that ends the report removes what a run killed before its end left there
  const key = reportFileKey(row.id, id);
  const stored = await ctx.files.putStream(key, async (out: Writable) => {
    await write(content, out);
  });
  const variant = {
    name: 'original',
    key,
    contentType,
    byteSize: stored.byteSize,
    width: null,
    height: null,
  };
  return {
    id,
    key,
    tenantId: row.tenant_id,
    purpose: 'recall_report',
    contentType,
    byteSize: stored.byteSize,
    sha256: stored.sha256,
    public: false,
    originalName: `trieu-hoi-${row.recall_number}.${kind}`,
    variants: [variant],
    createdBy: row.requested_by,
    now: ctx.now(),
  };
}

/**
 * Stores the files' rows, marks the report ready with them, says so in the recall's history and ends a drill at its
 * first report, in one unit; false (nothing stored) when another run ended the report first.
 */
async function completeReport(
  ctx: ServiceContext,
  row: RecallReportWithRecall,
  [csv, pdf]: readonly StoredReportFile[],
): Promise<boolean> {
  if (!csv || !pdf) throw new Error(`recall report ${row.id} completed without its two files`);
  const now = ctx.now();
  try {
    await withUnitOfWork(ctx, async ({ db }) => {
      for (const file of [csv, pdf]) await insertFile(db, file);
      // the rows just written roll back with the unit: the run that lost keeps no file
      if (!(await completeRecallReport(db, row.id, { csvFileId: csv.id, pdfFileId: pdf.id, now })))
        throw new ReportStopped();
      const ended = row.recall_drill && (await finishDrill(db, row.recall_id, now));
      const event = { recallId: row.recall_id, tenantId: row.tenant_id, at: now, byUser: row.requested_by };
      await insertRecallReportEvent(db, {
        ...event,
        id: ctx.newId(),
        kind: 'report_ready',
        detail: { reportId: row.id, drillEnded: ended },
      });
    });
    return true;
  } catch (error) {
    if (error instanceof ReportStopped) return false;
    throw error;
  }
}

/** Removes the bytes of files no report row points to (a run that lost, or failed before it completed). */
async function discardFiles(ctx: ServiceContext, files: readonly { key: string }[]): Promise<void> {
  await Promise.allSettled(files.map((file) => ctx.files.delete(file.key)));
}

/** Once the report has ended: removes every file's bytes under its prefix but those it kept. */
async function sweepReportFiles(ctx: ServiceContext, reportId: string, kept: readonly StoredReportFile[]) {
  const keep = new Set(kept.map((file) => file.key));
  const keys = await ctx.files.keysUnder(reportFilesPrefix(reportId));
  await discardFiles(
    ctx,
    keys.filter((key) => !keep.has(key)).map((key) => ({ key })),
  );
}

async function buildReport(
  ctx: ServiceContext,
  row: RecallReportWithRecall,
  progress: JobProgress,
  total: number,
): Promise<RunResult> {
  const target = { tenantId: row.tenant_id, recallId: row.recall_id, madeAt: ctx.now() };
  const content = await readRecallReportContent(ctx.db, target, async (done) => {
    progress.signal.throwIfAborted();
    if (!(await advanceRecallReport(ctx.db, row.id, done, ctx.now()))) throw new ReportStopped();
    await progress.report(Math.floor((done / Math.max(total, 1)) * 90));
  });
  if (!content) throw new UnrecoverableJobError(`recall ${row.recall_id} of report ${row.id} is gone`);
  const files: StoredReportFile[] = [];
  try {
    for (const kind of ['csv', 'pdf'] as const) files.push(await storeReportFile(ctx, row, content, kind));
    if (!(await completeReport(ctx, row, files))) {
      await discardFiles(ctx, files);
      return { state: 'stopped' };
    }
    await sweepReportFiles(ctx, row.id, files);
  } catch (error) {
    await discardFiles(ctx, files);
    throw error;
  }
  await progress.report(100);
  return { state: 'completed' };
}

/**
 * Starts a run under the recall's lock: a drill is never published, so while the report is still queued its lots
 * become the closure as of this run (not of its last preview), counted and started in the same unit. A run taking
 * up a started report leaves the scope the first run reads as it is. The lots to read; null if the report ended.
 */
async function startReport(ctx: ServiceContext, row: RecallReportWithRecall): Promise<number | null> {
  return withUnitOfWork(ctx, async ({ db }) => {
    const recall = await lockRecall(db, row.tenant_id, row.recall_id);
    const current = await findRecallReport(db, row.id, row.tenant_id);
    if (recall?.status === 'draft' && current?.state === 'queued')
      await refreshDraftScope(db, recall, ctx.now());
    const total = await countRecallLots(db, row.recall_id);
    return (await startRecallReport(db, row.id, total, ctx.now())) ? total : null;
  });
}

/**
 * Builds a requested report: reads the recall's lots a step at a time (each step beats the heartbeat and counts
 * done/total), then writes the CSV and the PDF and marks it ready. A rerun (a retry, a stalled report taken up)
 * starts over; a report that already ended is left as it is, so a second run does nothing.
 */
export async function runRecallReport(
  ctx: ServiceContext,
  payload: RecallReportPayload,
  progress: JobProgress,
): Promise<RunResult> {
  const row = await findRecallReport(ctx.db, payload.reportId, payload.tenantId);
  // The request's transaction (an idempotent POST runs in one) may not have committed yet: a retry will find it.
  if (!row) throw new Error(`recall report ${payload.reportId} not found (yet)`);
  const total = await startReport(ctx, row);
  if (total === null) return { state: row.state };
  try {
    return await buildReport(ctx, row, progress, total);
  } catch (error) {
    if (error instanceof ReportStopped) return { state: 'stopped' };
    const lastTry =
      error instanceof AppError ||
      error instanceof UnrecoverableJobError ||
      progress.attempt >= recallReportAttempts;
    if (lastTry && !progress.signal.aborted) {
      await failRecallReport(
        ctx.db,
        row.id,
        error instanceof AppError ? error.code : 'JOB_INTERRUPTED',
        ctx.now(),
      );
      await sweepReportFiles(ctx, row.id, []);
    }
    throw error;
  }
}
