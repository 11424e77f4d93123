import { type RecallReportViewSource, resourceNames, type StreamedFileBody } from '@nguon/contracts';
import {
  failRecallReport,
  findLatestRecallReport,
  findReadyRecallReport,
  findRecallReport,
  findRecallReportHeader,
  insertRecallReport,
  insertRecallReportEvent,
  type RecallReportWithRecall,
} from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { fileKey, reportFileKey } from '../file-store/file-store.port';
import { withUnitOfWork } from '../unit-of-work';
import { enqueueRecallReport } from './recall-report.jobs';
import { recallReportStalled, recallReportViewOf } from './recall-report-views';

const notFound = () => new AppError('NOT_FOUND', { resource: resourceNames.recall });

/** The recall of the tenant, or NOT_FOUND: another tenant's recall is not told to exist. */
async function requireRecall(ctx: ServiceContext, tenantId: string, recallId: string) {
  const recall = await findRecallReportHeader(ctx.db, tenantId, recallId);
  if (!recall) throw notFound();
  return recall;
}

async function reportRow(ctx: ServiceContext, tenantId: string, id: string): Promise<RecallReportWithRecall> {
  const row = await findRecallReport(ctx.db, id, tenantId);
  if (!row) throw new Error(`recall report ${id} vanished after it was stored`);
  return row;
}

/**
 * Asks for a recall's report for authorities, built in the background. While one is being built it is the
 * answer (asking twice builds once); a report that failed, stalled or was made before is made anew.
 */
export async function requestRecallReport(
  ctx: ServiceContext,
  principal: Principal,
  recallId: string,
): Promise<RecallReportViewSource> {
  const actor = requireTenantAction(principal, 'recalls.manage');
  await requireRecall(ctx, actor.tenantId, recallId);
  const latest = await findLatestRecallReport(ctx.db, actor.tenantId, recallId);
  const now = ctx.now();
  if (latest && (latest.state === 'queued' || latest.state === 'running')) {
    if (!recallReportStalled(latest, now)) return recallReportViewOf(latest, now);
    // Its job was lost: it ends as interrupted, and a new request takes its place.
    await failRecallReport(ctx.db, latest.id, 'JOB_INTERRUPTED', now);
  }
  const id = ctx.newId();
  await withUnitOfWork(ctx, async ({ db }) => {
    await insertRecallReport(db, { id, tenantId: actor.tenantId, recallId, requestedBy: actor.userId, now });
    await insertRecallReportEvent(db, {
      id: ctx.newId(),
      recallId,
      tenantId: actor.tenantId,
      at: now,
      kind: 'report_requested',
      byUser: actor.userId,
      detail: { reportId: id },
    });
  });
  try {
    await enqueueRecallReport(ctx, { id, tenant_id: actor.tenantId });
  } catch (error) {
    await failRecallReport(ctx.db, id, 'JOB_INTERRUPTED', ctx.now());
    throw error;
  }
  return recallReportViewOf(await reportRow(ctx, actor.tenantId, id), ctx.now());
}

/**
 * The report part of a recall's detail (`RecallDetail.report`): its newest request, null when none was made.
 * The caller has already found the recall as the tenant's.
 */
export async function recallReportView(
  ctx: ServiceContext,
  tenantId: string,
  recallId: string,
): Promise<RecallReportViewSource | null> {
  const latest = await findLatestRecallReport(ctx.db, tenantId, recallId);
  return latest ? recallReportViewOf(latest, ctx.now()) : null;
}

/** The newest ready report's file, or RECALL_REPORT_NOT_READY before any is ready. */
async function readyFile(
  ctx: ServiceContext,
  principal: Principal,
  recallId: string,
  kind: 'csv' | 'pdf',
): Promise<StreamedFileBody> {
  const actor = requireTenantAction(principal, 'recalls.read');
  await requireRecall(ctx, actor.tenantId, recallId);
  const ready = await findReadyRecallReport(ctx.db, actor.tenantId, recallId);
  const fileId = kind === 'csv' ? ready?.csv_file_id : ready?.pdf_file_id;
  // under its report's prefix; a report made before files went there keeps the plain key
  const chunks =
    ready && fileId
      ? ((await ctx.files.getStream(reportFileKey(ready.id, fileId))) ??
        (await ctx.files.getStream(fileKey(fileId, 'original'))))
      : null;
  if (!ready || !chunks) throw new AppError('RECALL_REPORT_NOT_READY');
  return {
    contentType: kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
    chunks,
    fileName: `trieu-hoi-${ready.recall_number}.${kind}`,
    caching: 'private',
  };
}

/** The last ready report as CSV (UTF-8 with BOM): one row per affected lot. */
export const recallReportCsv = (ctx: ServiceContext, principal: Principal, recallId: string) =>
  readyFile(ctx, principal, recallId, 'csv');

/** The last ready report as an A4 PDF. */
export const recallReportPdf = (ctx: ServiceContext, principal: Principal, recallId: string) =>
  readyFile(ctx, principal, recallId, 'pdf');
