import { labelBatchStates, labelPdfStates, maxLabelBatchQuantity } from '@nguon/domain';

export { labelBatchStates, labelPdfStates, maxLabelBatchQuantity };

/** Batch states as people read them, for messages and screens. */
export const labelBatchStateNames = {
  queued: { vi: 'đang chờ', en: 'queued' },
  running: { vi: 'đang tạo', en: 'running' },
  completed: { vi: 'đã tạo xong', en: 'completed' },
  failed: { vi: 'bị lỗi', en: 'failed' },
  cancelled: { vi: 'đã huỷ', en: 'cancelled' },
} as const;

/** Labels are generated and stored in chunks of this many seqs: one job and one transaction each. */
export const labelChunkSize = 10_000;

/** Largest batch offered as a ZIP of one SVG per label: the SVGs are for artwork; big runs print from the PDF. */
export const labelZipMaxLabels = 20_000;
