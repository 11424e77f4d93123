import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileBody, StreamedFileBody } from '@nguon/contracts';
import type { LabelBatchWithNames } from '@nguon/db';
import { readLabelRange } from '@nguon/db';
import { formatLabelCode, labelUrl } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { fileKey } from '../file-store/file-store.port';
import { requireLabelBatch } from './label-batches.service';

/** Labels read per page of seqs: a page is one CSV chunk, so a million labels never sit in memory at once. */
const pageSize = 10_000;

/** One label as the printers' outputs (CSV, PDF, ZIP of SVGs) take it. */
export interface LabelPrintItem {
  seq: number;
  serial: string;
  url: string;
  code: string;
  productName: string;
}

/** A batch's labels in seq order, a page of seqs at a time from the database. */
export async function* batchPrintItems(
  ctx: Pick<ServiceContext, 'db'>,
  batch: LabelBatchWithNames,
): AsyncGenerator<LabelPrintItem[]> {
  const productName = batch.product_name_vi ?? '';
  for (let first = 1; first <= batch.quantity; first += pageSize) {
    const page = await readLabelRange(ctx.db, batch.id, first, first + pageSize - 1);
    yield page.map(({ seq, serial }) => ({
      seq,
      serial,
      url: labelUrl(batch.url_prefix, serial),
      code: formatLabelCode(serial),
      productName,
    }));
  }
}

/** A completed batch of the tenant, or a coded refusal before any byte is sent. */
export async function requireDownloadableBatch(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
): Promise<LabelBatchWithNames> {
  const actor = requireTenantAction(principal, 'labels.read');
  const batch = await requireLabelBatch(ctx.db, actor.tenantId, batchId);
  if (batch.state !== 'completed') throw new AppError('LABEL_BATCH_NOT_READY', { number: batch.number });
  return batch;
}

/**
 * The CSV body: UTF-8 with BOM and CRLF as our other exports. No cell can hold a comma, quote or line break
 * (serials, digits, percent-encoded URLs, spaced codes), so rows are written as they are, without a CSV library.
 */
export async function* batchCsvChunks(ctx: Pick<ServiceContext, 'db'>, batch: LabelBatchWithNames) {
  yield '\uFEFFprint_seq,serial,url,code\r\n';
  for await (const items of batchPrintItems(ctx, batch)) {
    let text = '';
    for (const item of items) text += `${item.seq},${item.serial},${item.url},${item.code}\r\n`;
    yield text;
  }
}

export function batchCsvFileName(batch: Pick<LabelBatchWithNames, 'number'>): string {
  return `nhan-${batch.number}.csv`;
}

/** Streams a completed batch's CSV into `out`, page by page, waiting whenever `out` is full. */
export async function streamBatchCsv(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
  out: Writable,
): Promise<void> {
  const batch = await requireDownloadableBatch(ctx, principal, batchId);
  await pipeline(Readable.from(batchCsvChunks(ctx, batch)), out);
}

/** The CSV download of a completed batch, streamed: headers go out only once the batch is known to be ready. */
export async function labelBatchCsv(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
): Promise<StreamedFileBody> {
  const batch = await requireDownloadableBatch(ctx, principal, batchId);
  return {
    contentType: 'text/csv; charset=utf-8',
    chunks: batchCsvChunks(ctx, batch),
    fileName: batchCsvFileName(batch),
    caching: 'private',
  };
}

/** The stored PDF of a batch, once the render job has made it. */
export async function labelBatchPdf(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
): Promise<FileBody> {
  const batch = await requireDownloadableBatch(ctx, principal, batchId);
  const bytes =
    batch.pdf_state === 'ready' && batch.pdf_file_id
      ? await ctx.files.get(fileKey(batch.pdf_file_id, 'original'))
      : null;
  if (!bytes) throw new AppError('LABEL_BATCH_NOT_READY', { number: batch.number });
  return { contentType: 'application/pdf', bytes, fileName: `nhan-${batch.number}.pdf`, caching: 'private' };
}

/**
 * The ZIP of one SVG per label. Refused as not ready until the render feature's writeLabelsZip is merged
 * (the integrator streams `writeLabelsZip(batchPrintItems(...), layout, out)` here when labelPdfRendering is on).
 */
export async function labelBatchZip(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
): Promise<StreamedFileBody> {
  const batch = await requireDownloadableBatch(ctx, principal, batchId);
  throw new AppError('LABEL_BATCH_NOT_READY', { number: batch.number });
}
