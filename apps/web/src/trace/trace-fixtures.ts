import type { GenealogyEdge, GenealogyNode, LotSummary } from '@nguon/contracts/client';

/** Test data: lots and links shaped exactly as the genealogy contract says. */
export const traceLotId = (n: number) => `00000000-0000-4000-8000-00000000c${String(n).padStart(3, '0')}`;
const productId = '00000000-0000-4000-8000-0000000000a1';
const processId = '00000000-0000-4000-8000-0000000000d1';

export function traceLot(n: number, code: string, overrides: Partial<LotSummary> = {}): LotSummary {
  return {
    id: traceLotId(n),
    code,
    productId,
    productName: { vi: 'Gạo ST25', en: 'ST25 rice' },
    processId,
    processVersion: 1,
    quantity: 100,
    remaining: 0,
    unit: 'kg',
    recordedQuantity: null,
    recordedAt: null,
    recordedStageId: null,
    recordedRecordId: null,
    status: 'completed',
    madeAtStageId: null,
    note: '',
    createdAt: '2026-03-01T03:00:00.000Z',
    ...overrides,
  };
}

export function traceNode(lot: LotSummary, depth: number, labelCount = 0): GenealogyNode {
  return { lot, depth, labelCount, labelRuns: [] };
}

export function traceEdge(
  parent: number,
  child: number,
  quantity: number,
  options: { transformation?: number; proportional?: boolean } = {},
): GenealogyEdge {
  return {
    parentLotId: traceLotId(parent),
    childLotId: traceLotId(child),
    transformationId: `00000000-0000-4000-8000-00000000e${String(options.transformation ?? 1).padStart(3, '0')}`,
    quantity,
    unit: 'kg',
    proportional: options.proportional ?? false,
    at: '2026-03-02T03:00:00.000Z',
  };
}
