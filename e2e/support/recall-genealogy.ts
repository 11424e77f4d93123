import { type ApiSession, apiSession } from './api-session';
import type { Credentials, RunningPlatform } from './platform-process';
import { completedBatch, labelAt, labelRows, type TracedLabelUrl } from './traced-label';

/**
 * A genealogy for a recall to walk, made through the API as a co-op makes it, on the demo tea product: two
 * picked lots A and B roasted together into one batch M, M split into three pack lots P1, P2, P3, and beside
 * them a lot C roasted alone into U. Every pack lot and U has labels bound at packing. The demo process roasts
 * (a transformation) but packs straight after: a new version of it puts a split (another transformation)
 * between roasting and packing, so a batch can be shared out into several pack lots.
 */

export interface LotRef {
  id: string;
  code: string;
}

export interface PackedLot extends LotRef {
  /** The labels the packing record bound to the lot, as printed. */
  labels: TracedLabelUrl[];
}

export interface RecallGenealogy {
  sources: { a: LotRef; b: LotRef; c: LotRef };
  merged: LotRef;
  packs: [PackedLot, PackedLot, PackedLot];
  unaffected: PackedLot;
}

interface FormSchema {
  schema: { properties: Record<string, unknown>; required?: string[] };
  uiSchema: { 'ui:order': string[]; [key: string]: unknown };
}
interface Stage {
  id: string;
  key: string;
  name: { vi: string; en: string };
  kind: string;
  yieldRange: unknown;
  position: { x: number; y: number };
  form: FormSchema;
}
interface Edge {
  id: string;
  source: string;
  target: string;
}
interface Definition {
  stages: Stage[];
  edges: Edge[];
}
interface Transformation {
  outputs: { lot: LotRef }[];
}

const splitStage = 'chia_lo';
/** Labels bound to each pack lot and to U. */
const labelsPerLot = 2;

/** A split stage with no fields of its own, shaped as the roasting stage is (the form builder's output). */
function splitFrom(roast: Stage): Stage {
  const form: FormSchema = structuredClone(roast.form);
  form.schema.properties = {};
  form.schema.required = [];
  // the ui schema keeps its form-wide `ui:` keys and drops the fields' own entries
  for (const key of Object.keys(form.uiSchema)) if (!key.startsWith('ui:')) delete form.uiSchema[key];
  form.uiSchema['ui:order'] = [];
  return {
    ...structuredClone(roast),
    id: splitStage,
    key: splitStage,
    name: { vi: 'Chia lô đóng gói', en: 'Split into pack lots' },
    yieldRange: null,
    position: { x: roast.position.x + 130, y: roast.position.y + 120 },
    form,
  };
}

/** Publishes a version of the product's process with the split between roasting and packing (once). */
async function publishSplitStage(owner: ApiSession, processId: string): Promise<void> {
  const process = await owner.call<{ draft: { revision: number; definition: Definition } }>(
    'GET',
    `/api/v1/processes/${processId}`,
  );
  const definition = process.draft.definition;
  if (definition.stages.some((stage) => stage.key === splitStage)) return;
  const roast = definition.stages.find((stage) => stage.key === 'sao_che');
  const toPacking = definition.edges.find((edge) => edge.source === roast?.id);
  if (!roast || !toPacking) throw new Error('the demo process has no roasting stage leading to packing');
  definition.stages.push(splitFrom(roast));
  definition.edges.push({ id: 'e_split', source: splitStage, target: toPacking.target });
  toPacking.target = splitStage;
  const draft = await owner.call<{ revision: number }>('PUT', `/api/v1/processes/${processId}/draft`, {
    revision: process.draft.revision,
    definition,
  });
  await owner.call('POST', `/api/v1/processes/${processId}/versions`, {
    revision: draft.revision,
    note: 'Chia mẻ sao thành nhiều lô đóng gói',
  });
}

/** A demo lot's hill and grower (and the fertiliser it was given), as catalog references for a new lot. */
async function demoHill(owner: ApiSession): Promise<Record<string, unknown>> {
  const work = await owner.call<{ items: { lot: { id: string } }[] }>(
    'GET',
    '/api/v1/work-list?stageKey=sao_che',
  );
  const demoLot = await owner.call<{ records: { stageKey: string; data: Record<string, unknown> }[] }>(
    'GET',
    `/api/v1/lots/${work.items[0]?.lot.id}`,
  );
  const hill = demoLot.records.find((record) => record.stageKey === 'chon_doi')?.data;
  // the fertiliser the demo lot was given, a reference into the co-op's inputs catalog
  const care = demoLot.records.find((record) => record.stageKey === 'cham_soc')?.data;
  if (!hill || !care) throw new Error('the demo lot has no hill or care record');
  return { ...hill, fertiliser: care.loai_phan };
}

/** A lot on the latest process version: hill chosen, fertilised, then 100 kg picked; it waits at roasting. */
async function pickedLot(
  owner: ApiSession,
  productId: string,
  hill: Record<string, unknown>,
): Promise<LotRef> {
  const lot = await owner.call<LotRef>('POST', '/api/v1/lots', { productId, quantity: 100, unit: 'kg' });
  const record = (stageId: string, data: Record<string, unknown>, jobId?: string) =>
    owner.call('POST', `/api/v1/lots/${lot.id}/records`, { stageId, data, ...(jobId ? { jobId } : {}) });
  const { fertiliser, ...chosen } = hill;
  await record('chon_doi', chosen);
  await record('cham_soc', { loai_phan: fertiliser, luong: 30, nguoi_bon: hill.ho }, 'bon_phan');
  await record('hai_che', { khoi_luong: 100 });
  return { id: lot.id, code: lot.code };
}

/** Runs a transformation at the stage, taking the given kg of each input into outputs of the given kg. */
async function transform(
  owner: ApiSession,
  stageId: string,
  inputs: { lot: LotRef; kg: number }[],
  outputKg: number[],
): Promise<LotRef[]> {
  const made = await owner.call<Transformation>('POST', '/api/v1/transformations', {
    stageId,
    inputs: inputs.map(({ lot, kg }) => ({ lotId: lot.id, quantity: kg, unit: 'kg' })),
    outputs: outputKg.map((kg) => ({ quantity: kg, unit: 'kg' })),
    data: stageId === 'sao_che' ? { nhiet_do: 185 } : {},
  });
  return made.outputs.map((output) => ({ id: output.lot.id, code: output.lot.code }));
}

/** Records packing on the lot, binding the batch's labels firstSeq..firstSeq+labelsPerLot-1 to it. */
async function packed(
  owner: ApiSession,
  lot: LotRef,
  batchId: string,
  rows: string[][],
  firstSeq: number,
): Promise<PackedLot> {
  const lastSeq = firstSeq + labelsPerLot - 1;
  await owner.call('POST', `/api/v1/lots/${lot.id}/records`, {
    stageId: 'dong_goi',
    data: { so_goi: labelsPerLot },
    labels: { batchId, firstSeq, lastSeq },
  });
  const labels = [];
  for (let seq = firstSeq; seq <= lastSeq; seq++) labels.push(labelAt(rows, seq));
  return { ...lot, labels };
}

/**
 * Makes the genealogy on a running platform with the demo co-op (see the file's comment). Run it after
 * `makeTracedLabels`, which gives the demo product the GTIN its labels need.
 */
export async function makeRecallGenealogy(
  platform: Pick<RunningPlatform, 'baseUrl'>,
  who: Credentials,
): Promise<RecallGenealogy> {
  const owner = await apiSession(platform, who);
  const found = await owner.call<{ items: { id: string; sku: string; processId: string | null }[] }>(
    'GET',
    '/api/v1/products?q=SG-100G',
  );
  const product = found.items.find((item) => item.sku === 'SG-100G');
  if (!product?.processId) throw new Error('the demo product SG-100G (on a process) is missing');
  await publishSplitStage(owner, product.processId);
  const hill = await demoHill(owner);
  const [a, b, c] = [
    await pickedLot(owner, product.id, hill),
    await pickedLot(owner, product.id, hill),
    await pickedLot(owner, product.id, hill),
  ];
  const [merged] = await transform(
    owner,
    'sao_che',
    [
      { lot: a, kg: 100 },
      { lot: b, kg: 100 },
    ],
    [40],
  );
  const [roastedC] = await transform(owner, 'sao_che', [{ lot: c, kg: 100 }], [20]);
  if (!merged || !roastedC) throw new Error('the roasting made no lot');
  const [p1, p2, p3] = await transform(owner, splitStage, [{ lot: merged, kg: 40 }], [15, 15, 10]);
  const [u] = await transform(owner, splitStage, [{ lot: roastedC, kg: 20 }], [20]);
  if (!p1 || !p2 || !p3 || !u) throw new Error('the split made too few lots');
  const batch = await completedBatch(owner, product.id, 4 * labelsPerLot);
  const rows = await labelRows(platform.baseUrl, who, batch.links.csv);
  const pack = (lot: LotRef, index: number) => packed(owner, lot, batch.id, rows, 1 + index * labelsPerLot);
  return {
    sources: { a, b, c },
    merged,
    packs: [await pack(p1, 0), await pack(p2, 1), await pack(p3, 2)],
    unaffected: await pack(u, 3),
  };
}
