import {
  LabelBatchLayout,
  type LabelBatchViewSource,
  labelBatchStates,
  labelPdfStates,
} from '@nguon/contracts';
import type { LabelBatchWithNames } from '@nguon/db';
import {
  type LabelBatchWork,
  labelBatchRetryWork,
  labelBatchStalled,
  labelSerialCheckSymbol,
  labelsPerPage,
  labelUrl,
  oneOf,
} from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const validateLayout = createAjv().compile<LabelBatchLayout>(LabelBatchLayout);
const sampleData = '7KQM3XWP9D2F';
/** What a label URL of any batch looks like: a fixed, valid serial after the batch's prefix. */
const sampleSerial = sampleData + labelSerialCheckSymbol(sampleData);

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Labels per second since the batch started, and the seconds left at that pace while it runs. */
export function batchPace(
  row: Pick<LabelBatchWithNames, 'started_at' | 'finished_at' | 'generated' | 'quantity' | 'state'>,
  now: Date,
): { ratePerSecond: number | null; secondsLeft: number | null } {
  if (!row.started_at || row.generated === 0) return { ratePerSecond: null, secondsLeft: null };
  const seconds = ((row.finished_at ?? now).getTime() - row.started_at.getTime()) / 1000;
  if (seconds <= 0) return { ratePerSecond: null, secondsLeft: null };
  const ratePerSecond = Math.round(row.generated / seconds);
  const running = row.state === 'running' || row.state === 'queued';
  const secondsLeft =
    running && ratePerSecond > 0 ? Math.ceil((row.quantity - row.generated) / ratePerSecond) : null;
  return { ratePerSecond, secondsLeft };
}

/** The layout stored with a batch, parsed: rows read back as JSON are checked before use. */
export function storedLayout(row: Pick<LabelBatchWithNames, 'id' | 'layout'>): LabelBatchLayout {
  if (!validateLayout(row.layout)) throw new Error(`label batch ${row.id} has a malformed layout`);
  return row.layout;
}

/** The fields the stall and retry rules read. */
export function batchWork(
  row: Pick<LabelBatchWithNames, 'state' | 'pdf_state' | 'heartbeat_at'>,
): LabelBatchWork {
  return {
    state: oneOf(labelBatchStates, row.state, 'label batch state'),
    pdfState: oneOf(labelPdfStates, row.pdf_state, 'label pdf state'),
    heartbeatAt: row.heartbeat_at,
  };
}

export function toLabelBatchView(row: LabelBatchWithNames, now: Date): LabelBatchViewSource {
  const layout = storedLayout(row);
  const work = batchWork(row);
  const stalled = labelBatchStalled(work, now);
  const links = `/api/v1/label-batches/${row.id}/labels`;
  const product =
    row.product_id && row.product_name_vi !== null
      ? { id: row.product_id, name: { vi: row.product_name_vi, en: row.product_name_en ?? '' } }
      : null;
  const code = row.error_code;
  return {
    id: row.id,
    number: row.number,
    product,
    lot: row.lot_id && row.lot_code !== null ? { id: row.lot_id, code: row.lot_code } : null,
    kind: row.lot_id ? 'lot' : row.product_id ? 'product' : 'blank',
    quantity: row.quantity,
    generated: row.generated,
    state: oneOf(labelBatchStates, row.state, 'label batch state'),
    pdf: {
      state: oneOf(labelPdfStates, row.pdf_state, 'label pdf state'),
      pagesDone: row.pdf_pages_done,
      pagesTotal: Math.ceil(row.quantity / labelsPerPage(layout)),
    },
    layoutKey: row.layout_key,
    layout,
    urlPrefix: row.url_prefix,
    sampleUrl: labelUrl(row.url_prefix, sampleSerial),
    note: row.note,
    createdAt: row.created_at.toISOString(),
    createdBy:
      row.created_by && row.creator_name !== null ? { id: row.created_by, name: row.creator_name } : null,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    // A stalled batch has no pace to speak of: its rate and time left would be made up.
    ...(stalled ? { ratePerSecond: null, secondsLeft: null } : batchPace(row, now)),
    stalled,
    retry: labelBatchRetryWork(work, now),
    error: code ? { code } : null,
    links: { csv: `${links}.csv`, pdf: `${links}.pdf`, zip: `${links}.zip` },
  };
}
