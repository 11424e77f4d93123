import type { RecallDetail, RecallSummary, TenantJobView } from '@nguon/contracts/client';
import { traceLot, traceLotId } from '../../trace/trace-fixtures';

export const recallId = '00000000-0000-4000-8000-0000000000f1';
export const productId = '00000000-0000-4000-8000-0000000000a1';
const userId = '00000000-0000-4000-8000-0000000000aa';

export function fakeRecall(overrides: Partial<RecallSummary> = {}): RecallSummary {
  return {
    id: recallId,
    number: 3,
    status: 'draft',
    drill: false,
    severity: 'high',
    notice: {
      reason: { vi: 'Nhiễm nấm mốc', en: 'Mould found' },
      instructions: { vi: 'Ngừng sử dụng, mang trả nơi mua.', en: 'Stop using it; return it.' },
      contact: '0912 345 678',
    },
    source: { kind: 'lots', lotIds: [traceLotId(1)] },
    lotCount: 3,
    labelCount: 250,
    createdAt: '2026-03-05T03:00:00.000Z',
    publishedAt: null,
    closedAt: null,
    drillSeconds: null,
    ...overrides,
  };
}

const run = (n: number) => ({
  batchId: '00000000-0000-4000-8000-0000000000b9',
  batchNumber: 12,
  firstSeq: n * 100 + 1,
  lastSeq: n * 100 + 50,
  firstSerial: `KKKKKKKKKKK${n}A`,
  lastSerial: `KKKKKKKKKKK${n}Z`,
});

/** A harvest lot H-1 merged into blend B-2, split into pack lots P-4 and P-5; P-6 came from another harvest. */
export function fakeRecallDetail(recall: Partial<RecallSummary> = {}): RecallDetail {
  return {
    recall: fakeRecall(recall),
    scope: {
      lots: [
        {
          lot: traceLot(1, 'H-1'),
          seed: true,
          depth: 0,
          fromLotIds: [],
          joinedLater: false,
          labelCount: 0,
          labelRuns: [],
        },
        {
          lot: traceLot(2, 'B-2'),
          seed: false,
          depth: 1,
          fromLotIds: [traceLotId(1)],
          joinedLater: false,
          labelCount: 0,
          labelRuns: [],
        },
        {
          lot: traceLot(4, 'P-4'),
          seed: false,
          depth: 2,
          fromLotIds: [traceLotId(2)],
          joinedLater: false,
          labelCount: 150,
          labelRuns: [run(1)],
        },
      ],
      excluded: [
        {
          lot: traceLot(6, 'P-6'),
          siblingOfLotId: traceLotId(4),
          transformationId: '00000000-0000-4000-8000-00000000e003',
        },
      ],
      products: [
        {
          productId,
          productName: { vi: 'Gạo ST25', en: 'ST25 rice' },
          lotCount: 3,
          quantities: [{ quantity: 300, unit: 'kg' }],
          labelCount: 250,
        },
      ],
      labelCount: 250,
    },
    outcome: null,
    events: [
      {
        at: '2026-03-05T03:00:00.000Z',
        kind: 'created',
        by: { id: userId, name: 'Lan' },
        summary: 'Lan tạo bản nháp',
      },
    ],
    report: null,
  };
}

export function fakeReportJob(overrides: Partial<TenantJobView> = {}): TenantJobView {
  return {
    id: '00000000-0000-4000-8000-0000000000c9',
    kind: 'recall-report',
    title: { vi: 'Triệu hồi #3', en: 'Recall #3' },
    state: 'running',
    done: 2,
    total: 3,
    createdAt: '2026-03-05T04:00:00.000Z',
    startedAt: '2026-03-05T04:00:00.000Z',
    finishedAt: null,
    ratePerSecond: 1,
    secondsLeft: 1,
    error: null,
    canCancel: false,
    links: { self: '/api/v1/jobs/00000000-0000-4000-8000-0000000000c9', subject: `/recalls/${recallId}` },
    ...overrides,
  };
}
