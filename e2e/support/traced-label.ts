import { gs1CheckDigit } from '@nguon/domain';
import { type ApiSession, apiSession } from './api-session';
import type { Credentials, RunningPlatform } from './platform-process';

/**
 * A label a consumer can scan, made through the API as a co-op makes it: the demo tea product given a GTIN and
 * public facts, its process given a public and a private field at roasting, a lot picked, roasted and packed,
 * and a roll of labels whose first ones the packing record binds. The values to look for (and not to find)
 * on the consumer page come back with the URLs, which are read from the batch's CSV as a printer gets them.
 */

/** A GTIN-13 (Vietnam's 893 prefix) whose check digit is computed, not typed. */
const gtin13Data = '893860012345';
export const demoGtin13 = gtin13Data + gs1CheckDigit(gtin13Data);

/** Strings that occur nowhere else in the demo, so their presence or absence on a page means one thing. */
export const traceValues = {
  /** Public: the product's description (a public product fact). */
  publicDescription: 'Búp chè cổ thụ trên 300 năm tuổi, hái tay ở độ cao 1.400 m',
  /** Private: the product's storage note (a fact the owner does not show). */
  privateStorage: 'Kho nội bộ K7, kệ số 19 (không công bố)',
  /** Public: a roasting field marked public, as recorded. */
  publicRoasting: 'Sao tay trên chảo gang bằng củi nhãn',
  /** Private: a roasting field not marked public, as recorded. */
  privateRoasting: 'Giá vốn mẻ sao 4.471.000 đồng, lò thử số 7',
} as const;

export interface TracedLabelUrl {
  serial: string;
  /** The URL column of labels.csv, as printed in the QR code. */
  url: string;
}

export interface TracedLabels {
  product: { id: string; name: { vi: string; en: string }; gtin14: string };
  producer: { name: string };
  lot: { id: string; code: string };
  batchId: string;
  /** Bound at packing: the first of the run. */
  activated: TracedLabelUrl;
  /** Every label the packing record bound (seq 1..activatedCount), in print order. */
  activatedUrls: string[];
  /** Printed in the same batch, never bound. */
  notActivated: TracedLabelUrl;
  /** Printed in the same batch, then voided as damaged. */
  voided: TracedLabelUrl;
}

export interface TracedLabelOptions {
  /** How many labels the packing record binds (the bench's cold cache wants thousands); default 10. */
  activated?: number;
}

interface Product {
  id: string;
  sku: string;
  name: { vi: string; en: string };
  gtin: string | null;
  processId: string | null;
  revision: number;
}
interface FormSchema {
  schema: { properties: Record<string, unknown> };
  uiSchema: { 'ui:order': string[] };
}
interface Stage {
  key: string;
  form: FormSchema;
}
interface Definition {
  stages: Stage[];
}
interface LotDetail {
  lot: { id: string; code: string };
  records: { stageKey: string; data: Record<string, unknown> }[];
}
interface Batch {
  id: string;
  state: string;
  links: { csv: string };
}

/** A text field as the form builder compiles it. */
function addTextField(form: FormSchema, key: string, label: { vi: string; en: string }, isPublic: boolean) {
  form.schema.properties[key] = {
    type: 'string',
    title: label.vi,
    'x-label': label,
    ...(isPublic ? { 'x-public': true } : {}),
    maxLength: 500,
  };
  form.uiSchema['ui:order'].push(key);
}

/** The demo product with a GTIN, public facts and one private fact. */
async function publishDemoProduct(owner: ApiSession): Promise<Product & { gtin: string }> {
  const page = await owner.call<{ items: Product[] }>('GET', '/api/v1/products?q=SG-100G');
  const demo = page.items.find((product) => product.sku === 'SG-100G');
  if (!demo?.processId) throw new Error('the demo product SG-100G (on a process) is missing');
  const updated = await owner.call<Product>('PATCH', `/api/v1/products/${demo.id}`, {
    revision: demo.revision,
    ...(demo.gtin === null ? { gtin: demoGtin13 } : {}),
    description: { vi: traceValues.publicDescription, en: 'Leaves of tea trees over 300 years old' },
    storage: { vi: traceValues.privateStorage, en: '' },
    country: 'VN',
    province: null,
    certifications: [
      {
        kind: 'vietgap',
        number: 'VietGAP-TT-19-07-15-0042',
        issuer: 'Trung tâm Chứng nhận Phù hợp (QUACERT)',
        validFrom: '2025-01-15',
        validTo: '2028-01-14',
        documentFileId: null,
      },
    ],
    publicFields: ['name', 'productType', 'description', 'netQuantity', 'origin', 'gtin', 'certifications'],
  });
  if (updated.gtin === null) throw new Error('the demo product kept no GTIN');
  return { ...updated, gtin: updated.gtin };
}

/** A new version of the demo process whose roasting form has a public and a private note. */
async function publishRoastingNotes(owner: ApiSession, processId: string): Promise<void> {
  const process = await owner.call<{ draft: { revision: number; definition: Definition } }>(
    'GET',
    `/api/v1/processes/${processId}`,
  );
  const definition = process.draft.definition;
  const roast = definition.stages.find((stage) => stage.key === 'sao_che');
  if (!roast) throw new Error('the demo process has no roasting stage');
  if (!('cach_sao' in roast.form.schema.properties)) {
    addTextField(roast.form, 'cach_sao', { vi: 'Cách sao', en: 'How it was roasted' }, true);
    addTextField(roast.form, 'ghi_chu_noi_bo', { vi: 'Ghi chú nội bộ', en: 'Internal note' }, false);
  }
  const draft = await owner.call<{ revision: number }>('PUT', `/api/v1/processes/${processId}/draft`, {
    revision: process.draft.revision,
    definition,
  });
  await owner.call('POST', `/api/v1/processes/${processId}/versions`, {
    revision: draft.revision,
    note: 'Ghi chú sao chè: một công khai, một nội bộ',
  });
}

/** A new lot on the new version: hill chosen, fertilised, picked, then roasted into the batch to pack. */
async function roastedLot(owner: ApiSession, productId: string): Promise<{ id: string; code: string }> {
  // the hill and grower of a demo lot, as catalog references
  const work = await owner.call<{ items: { lot: { id: string } }[] }>(
    'GET',
    '/api/v1/work-list?stageKey=sao_che',
  );
  const demoLot = await owner.call<LotDetail>('GET', `/api/v1/lots/${work.items[0]?.lot.id}`);
  const hill = demoLot.records.find((record) => record.stageKey === 'chon_doi')?.data;
  const care = demoLot.records.find((record) => record.stageKey === 'cham_soc')?.data;
  if (!hill || !care) throw new Error('the demo lot has no hill or care record');
  const picked = await owner.call<{ id: string }>('POST', '/api/v1/lots', {
    productId,
    quantity: 100,
    unit: 'kg',
  });
  const record = (stageId: string, data: Record<string, unknown>, jobId?: string) =>
    owner.call('POST', `/api/v1/lots/${picked.id}/records`, { stageId, data, ...(jobId ? { jobId } : {}) });
  await record('chon_doi', hill);
  await record('cham_soc', { loai_phan: care.loai_phan, luong: 30, nguoi_bon: hill.ho }, 'bon_phan');
  await record('hai_che', { khoi_luong: 100 });
  const roasted = await owner.call<{ outputs: { lot: { id: string; code: string } }[] }>(
    'POST',
    '/api/v1/transformations',
    {
      stageId: 'sao_che',
      inputs: [{ lotId: picked.id, quantity: 100, unit: 'kg' }],
      outputs: [{ quantity: 20, unit: 'kg' }],
      data: {
        nhiet_do: 185,
        cach_sao: traceValues.publicRoasting,
        ghi_chu_noi_bo: traceValues.privateRoasting,
      },
    },
  );
  const lot = roasted.outputs[0]?.lot;
  if (!lot) throw new Error('the roasting made no lot');
  return lot;
}

/** The batch's CSV as the owner downloads it: seq, serial, URL, code per row, in print order. */
export async function labelRows(baseUrl: string, owner: Credentials, path: string): Promise<string[][]> {
  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(owner),
  });
  const cookie = (signIn.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.text())
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

/** Orders a roll for the product and waits until every label of it is made. */
export async function completedBatch(owner: ApiSession, productId: string, quantity: number): Promise<Batch> {
  const ordered = await owner.call<Batch>('POST', '/api/v1/label-batches', { quantity, productId });
  let batch = ordered;
  for (let tries = 0; batch.state !== 'completed' && tries < 600; tries++) {
    if (batch.state === 'failed' || batch.state === 'cancelled') throw new Error(`batch ${batch.state}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    batch = await owner.call<Batch>('GET', `/api/v1/label-batches/${ordered.id}`);
  }
  if (batch.state !== 'completed') throw new Error('the label batch was not made in 2 minutes');
  return batch;
}

export const labelAt = (rows: string[][], seq: number): TracedLabelUrl => {
  const row = rows[seq - 1];
  if (!row?.[1] || !row[2]) throw new Error(`labels.csv has no row ${seq}`);
  return { serial: row[1], url: row[2] };
};

/**
 * Makes the traced labels on a running platform with the demo co-op (see the file's comment). Run once per
 * platform: a second run publishes the process again and packs another lot with another roll.
 */
export async function makeTracedLabels(
  platform: Pick<RunningPlatform, 'baseUrl'>,
  who: Credentials,
  options: TracedLabelOptions = {},
): Promise<TracedLabels> {
  const activatedCount = options.activated ?? 10;
  const owner = await apiSession(platform, who);
  const product = await publishDemoProduct(owner);
  await publishRoastingNotes(owner, product.processId ?? '');
  const lot = await roastedLot(owner, product.id);
  // one more than the run: not activated; and one more: voided
  const batch = await completedBatch(owner, product.id, activatedCount + 2);
  const rows = await labelRows(platform.baseUrl, who, batch.links.csv);
  await owner.call('POST', `/api/v1/lots/${lot.id}/records`, {
    stageId: 'dong_goi',
    data: { so_goi: activatedCount },
    labels: { batchId: batch.id, firstSeq: 1, lastSeq: activatedCount },
  });
  const voided = labelAt(rows, activatedCount + 2);
  await owner.call('POST', '/api/v1/label-voids', {
    labels: { batchId: batch.id, firstSeq: activatedCount + 2, lastSeq: activatedCount + 2 },
    reason: 'damaged',
  });
  const tenant = await owner.call<{ name: string }>('GET', '/api/v1/tenant');
  return {
    product: { id: product.id, name: product.name, gtin14: product.gtin },
    producer: { name: tenant.name },
    lot,
    batchId: batch.id,
    activated: labelAt(rows, 1),
    activatedUrls: rows.slice(0, activatedCount).map((row) => row[2] ?? ''),
    notActivated: labelAt(rows, activatedCount + 1),
    voided,
  };
}
