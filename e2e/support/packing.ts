import type { ApiSession } from './api-session';

interface WorkItem {
  lot: { id: string; code: string };
  stages: { stageId: string; key: string }[];
}

/** The demo's first lot roasted into a batch through the API: the batch then waits at packing (Đóng gói). */
export async function batchAtPacking(api: ApiSession): Promise<{ lotId: string; stageId: string }> {
  const work = await api.call<{ items: WorkItem[] }>('GET', '/api/v1/work-list?stageKey=sao_che');
  const item = work.items[0];
  const roast = item?.stages.find((stage) => stage.key === 'sao_che');
  if (!item || !roast) throw new Error('the demo has no lot waiting to be roasted');
  const made = await api.call<{ outputs: { lot: { id: string } }[] }>('POST', '/api/v1/transformations', {
    stageId: roast.stageId,
    inputs: [{ lotId: item.lot.id, quantity: 10, unit: 'kg' }],
    outputs: [{ quantity: 2, unit: 'kg' }],
    data: {},
  });
  const lotId = made.outputs[0]?.lot.id ?? '';
  const packing = await api.call<{ items: WorkItem[] }>('GET', '/api/v1/work-list?stageKey=dong_goi');
  const stage = packing.items.find((entry) => entry.lot.id === lotId)?.stages[0];
  if (!stage) throw new Error('the roasted batch does not wait at packing');
  return { lotId, stageId: stage.stageId };
}
