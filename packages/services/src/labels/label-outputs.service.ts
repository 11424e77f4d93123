import { PassThrough, Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { labelZipMaxLabels, type StreamedFileBody } from '@nguon/contracts';
import type { LabelBatchWithNames } from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { fileKey } from '../file-store/file-store.port';
import { storedLayout } from './label-batch-views';
import { requireLabelBatch } from './label-batches.service';
import { batchLabelItems, batchPrintItems } from './label-print-items';
import { writeLabelsZip } from './render/labels-zip';

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

/** The stored PDF of a batch once the render job has made it, read from the file store as it is sent. */
export async function labelBatchPdf(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
): Promise<StreamedFileBody> {
  const batch = await requireDownloadableBatch(ctx, principal, batchId);
  const chunks =
    batch.pdf_state === 'ready' && batch.pdf_file_id
      ? await ctx.files.getStream(fileKey(batch.pdf_file_id, 'original'))
      : null;
  if (!chunks) throw new AppError('LABEL_BATCH_NOT_READY', { number: batch.number });
  return { contentType: 'application/pdf', chunks, fileName: `nhan-${batch.number}.pdf`, caching: 'private' };
}

// A count as each language writes it: 20.000 in Vietnamese, 20,000 in English.
const countIn = (value: number) => ({
  vi: new Intl.NumberFormat('vi-VN').format(value),
  en: new Intl.NumberFormat('en-US').format(value),
});

/** The ZIP of one SVG per label, drawn as the client reads it: a million labels never sit in memory. */
export async function labelBatchZip(
  ctx: ServiceContext,
  principal: Principal,
  batchId: string,
): Promise<StreamedFileBody> {
  const batch = await requireDownloadableBatch(ctx, principal, batchId);
  if (batch.quantity > labelZipMaxLabels)
    throw new AppError('LABEL_ZIP_TOO_LARGE', {
      number: batch.number,
      quantity: countIn(batch.quantity),
      limit: countIn(labelZipMaxLabels),
    });
  const layout = storedLayout(batch);
  const out = new PassThrough();
  // A reader that goes away closes `out`: the writer stops at its next label instead of drawing into a buffer.
  const gone = new AbortController();
  out.once('close', () => gone.abort());
  const modifiedAt = batch.finished_at ?? ctx.now();
  writeLabelsZip(batchLabelItems(ctx, batch), layout, out, { modifiedAt, signal: gone.signal }).catch(
    (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return {
    contentType: 'application/zip',
    chunks: out,
    fileName: `nhan-${batch.number}-svg.zip`,
    caching: 'private',
  };
}
