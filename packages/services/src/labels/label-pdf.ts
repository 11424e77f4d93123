import { findLabelBatchWithNamesById, insertFile } from '@nguon/db';
import type { ServiceContext } from '../context/service-context';
import { fileKey } from '../file-store/file-store.port';
import { storedLayout } from './label-batch-views';
import { batchLabelItems } from './label-print-items';
import { writeLabelsPdf } from './render/labels-pdf';

/** Progress is written at most this often: a page takes milliseconds, a row update more. */
const progressEveryMs = 1000;

/**
 * Renders a batch's PDF into the file store, streamed page by page, then records it as the tenant's private file
 * and returns its id with the page count. A failed or aborted render stores nothing.
 */
export async function renderBatchPdf(
  ctx: ServiceContext,
  batchId: string,
  onPage: (pagesDone: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<{ fileId: string; pages: number }> {
  const batch = await findLabelBatchWithNamesById(ctx.db, batchId);
  if (!batch) throw new Error(`label batch ${batchId} not found`);
  const layout = storedLayout(batch);
  const id = ctx.newId();
  const key = fileKey(id, 'original');
  let reported = 0;
  let reporting = Promise.resolve();
  let pages = 0;
  const stored = await ctx.files.putStream(key, async (out) => {
    ({ pages } = await writeLabelsPdf(batchLabelItems(ctx, batch), layout, out, {
      ...(signal && { signal }),
      onPage: (pages) => {
        if (ctx.now().getTime() - reported < progressEveryMs) return;
        reported = ctx.now().getTime();
        reporting = reporting.then(() => onPage(pages));
      },
    }));
    await reporting;
  });
  const fileName = `nhan-${batch.number}.pdf`;
  try {
    await insertFile(ctx.db, {
      id,
      tenantId: batch.tenant_id,
      purpose: 'label_pdf',
      contentType: 'application/pdf',
      byteSize: stored.byteSize,
      sha256: stored.sha256,
      public: false,
      originalName: fileName,
      variants: [
        {
          name: 'original',
          key,
          contentType: 'application/pdf',
          byteSize: stored.byteSize,
          width: null,
          height: null,
        },
      ],
      createdBy: batch.created_by,
      now: ctx.now(),
    });
  } catch (error) {
    await ctx.files.delete(key);
    throw error;
  }
  return { fileId: id, pages };
}
