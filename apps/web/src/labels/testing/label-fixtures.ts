import type { LabelBatchView, LabelLayoutView } from '@nguon/contracts';
import { builtInLabelLayouts, labelsPerPage } from '@nguon/domain';
import { fakeProduct } from '../../lots/testing/lot-fixtures';

/** Test support: label batches as the API returns them. */

export const batchId = (n: number) => `00000000-0000-4000-8000-0000000030${String(n).padStart(2, '0')}`;
const stamp = '2026-12-05T07:30:00.000Z';
const [firstLayout] = builtInLabelLayouts;

export function fakeBatch(n: number, overrides: Partial<LabelBatchView> = {}): LabelBatchView {
  const id = batchId(n);
  const product = fakeProduct();
  return {
    id,
    number: n,
    product: { id: product.id, name: product.name },
    lot: null,
    kind: 'product',
    quantity: 1000,
    generated: 1000,
    state: 'completed',
    pdf: { state: 'ready', pagesDone: 42, pagesTotal: 42 },
    layoutKey: firstLayout?.key ?? null,
    layout: firstLayout?.layout ?? {
      pageWidthMm: 210,
      pageHeightMm: 297,
      labelWidthMm: 70,
      labelHeightMm: 37,
      columns: 3,
      rows: 8,
      marginTopMm: 0.5,
      marginLeftMm: 0,
      gapXMm: 0,
      gapYMm: 0,
    },
    urlPrefix: 'https://nguon.example.vn/q/',
    sampleUrl: 'https://nguon.example.vn/q/7KQM3XWP9D2FH',
    note: '',
    createdAt: stamp,
    createdBy: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Lan' },
    startedAt: stamp,
    finishedAt: stamp,
    ratePerSecond: null,
    secondsLeft: null,
    stalled: false,
    retry: null,
    error: null,
    links: {
      csv: `/api/v1/label-batches/${id}/labels.csv`,
      pdf: `/api/v1/label-batches/${id}/labels.pdf`,
      zip: `/api/v1/label-batches/${id}/labels.zip`,
    },
    ...overrides,
  };
}

/** A batch half way: generation running at a measured rate. */
export const runningBatch = (n: number, generated: number, quantity = 100_000) =>
  fakeBatch(n, {
    state: 'running',
    generated,
    quantity,
    pdf: { state: 'none', pagesDone: 0, pagesTotal: 0 },
    finishedAt: null,
    ratePerSecond: 2345,
    secondsLeft: (quantity - generated) / 2345,
  });

/** The n-th entry of the layouts list: built-in entries by key, then saved ones by UUID. */
export function fakeLayout(n: number, overrides: Partial<LabelLayoutView> = {}): LabelLayoutView {
  const builtIn = builtInLabelLayouts[n] ?? builtInLabelLayouts[0];
  if (!builtIn) throw new Error('no built-in layouts');
  const layout = overrides.layout ?? builtIn.layout;
  return {
    id:
      overrides.builtIn === false
        ? `00000000-0000-4000-8000-0000000040${String(n).padStart(2, '0')}`
        : builtIn.key,
    builtIn: true,
    name: builtIn.name,
    layout,
    labelsPerPage: labelsPerPage(layout),
    qrReadable: true,
    createdAt: null,
    updatedAt: null,
    ...overrides,
  };
}

export const builtInLayoutList = (): LabelLayoutView[] => builtInLabelLayouts.map((_, n) => fakeLayout(n));
