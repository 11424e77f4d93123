import { type LabelBatchWithNames, readLabelSerialRange } from '@nguon/db';
import { formatLabelCode, labelUrl } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import type { LabelPrintItem } from './render/label-texts';

/** Labels read per page of seqs: a page is one CSV chunk, so a million labels never sit in memory at once. */
const pageSize = 10_000;

/** A batch's labels in seq order, a page of seqs at a time from the database. */
export async function* batchPrintItems(
  ctx: Pick<ServiceContext, 'db'>,
  batch: LabelBatchWithNames,
): AsyncGenerator<LabelPrintItem[]> {
  const productName = batch.product_name_vi;
  for (let first = 1; first <= batch.quantity; first += pageSize) {
    const page = await readLabelSerialRange(ctx.db, batch.id, first, first + pageSize - 1);
    yield page.map(({ seq, serial }) => ({
      seq,
      serial,
      url: labelUrl(batch.url_prefix, serial),
      code: formatLabelCode(serial),
      productName,
    }));
  }
}

/** The same labels one by one, for the renderers. */
export async function* batchLabelItems(
  ctx: Pick<ServiceContext, 'db'>,
  batch: LabelBatchWithNames,
): AsyncGenerator<LabelPrintItem> {
  for await (const page of batchPrintItems(ctx, batch)) yield* page;
}
