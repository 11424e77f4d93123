import { randomUUID } from 'node:crypto';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { compileFormModel, type FormField, newFormField } from '@nguon/forms';
import { ApiCaller, numberAt, stringAt } from './api-caller';
import type { PlatformChild } from './platform-child';

const field = (type: FormField['type'], key: string, extra: Partial<FormField> = {}): FormField => ({
  ...newFormField(type, key, { vi: key, en: key }),
  ...extra,
});

const stage = (id: string, fields: FormField[], extra: Partial<ProcessStage>): ProcessStage => ({
  id,
  key: id,
  name: { vi: id, en: id },
  kind: 'stage',
  start: false,
  repeatable: false,
  businessStep: null,
  yieldRange: null,
  position: { x: 0, y: 0 },
  form: compileFormModel({ fields, rules: [] }),
  ...extra,
});

/** plant -> fertilise (repeatable: what the bench records again and again, amount in kg checked 0-1000) -> harvest. */
const benchProcess = (): ProcessDefinition => ({
  schemaVersion: 1,
  stages: [
    stage('plant', [field('text', 'plot', { required: true })], { start: true }),
    stage(
      'fertilise',
      [
        field('text', 'fertiliser', { required: true }),
        field('number', 'amount', { unit: 'kg', required: true, min: 0, max: 1000 }),
        field('text', 'note'),
      ],
      { repeatable: true, position: { x: 260, y: 0 } },
    ),
    // Never recorded here: a lot whose last stage is done is completed and takes no more records.
    stage('harvest', [field('number', 'weight', { unit: 'kg', required: true, min: 0 })], {
      position: { x: 520, y: 0 },
    }),
  ],
  edges: [
    { id: 'e0', source: 'plant', target: 'fertilise' },
    { id: 'e1', source: 'fertilise', target: 'harvest' },
  ],
});

/** The owner publishes the bench process and a product on it; returns the product id. */
async function publishBenchProduct(owner: ApiCaller): Promise<string> {
  const created = await owner.call('POST', '/api/v1/processes', {
    name: { vi: 'Quy trình đo tải', en: 'Bench process' },
    productType: 'rice',
  });
  const id = stringAt(created, 'id');
  const draft = await owner.call('PUT', `/api/v1/processes/${id}/draft`, {
    revision: numberAt(created, 'draft', 'revision'),
    definition: benchProcess(),
  });
  await owner.call('POST', `/api/v1/processes/${id}/versions`, {
    revision: numberAt(draft, 'revision'),
    note: 'bench',
  });
  const product = await owner.call('POST', '/api/v1/products', {
    name: { vi: 'Lúa đo tải', en: 'Bench paddy' },
    sku: `BENCH-${randomUUID().slice(0, 8)}`,
    productType: 'rice',
    processId: id,
    lotCodePattern: 'B{yy}-{seq}',
  });
  return stringAt(product, 'id');
}

/** The owner adds a clerk, who sets a password with the one-time code and is then signed in. */
async function newClerk(owner: ApiCaller, baseUrl: string): Promise<ApiCaller> {
  const added = await owner.call('POST', '/api/v1/staff', {
    name: 'Nhân viên đo tải',
    email: `clerk.${randomUUID().slice(0, 8)}@bench.test`,
    role: 'clerk',
  });
  const clerk = new ApiCaller(baseUrl);
  await clerk.call(
    'POST',
    '/api/v1/auth/set-password',
    { code: stringAt(added, 'setPassword', 'code'), password: `Bench-${randomUUID()}` },
    { status: 200 },
  );
  return clerk;
}

export interface IngestSetup {
  owner: ApiCaller;
  clerk: ApiCaller;
  lotIds: string[];
}

/** A product on the bench process and `lots` lots of it, planted and fertilised once (the form compiled). */
export async function setUpIngest(platform: PlatformChild, lots: number): Promise<IngestSetup> {
  const owner = new ApiCaller(platform.baseUrl);
  await owner.signIn(platform.owner.login, platform.owner.password);
  const productId = await publishBenchProduct(owner);
  const clerk = await newClerk(owner, platform.baseUrl);
  const lotIds: string[] = [];
  for (let i = 0; i < lots; i++) {
    const lot = await clerk.call('POST', '/api/v1/lots', { productId, quantity: 1000, unit: 'kg' });
    const lotId = stringAt(lot, 'id');
    await clerk.call('POST', `/api/v1/lots/${lotId}/records`, { stageId: 'plant', data: { plot: `A-${i}` } });
    await recordFertilise(clerk, lotId, 0);
    lotIds.push(lotId);
  }
  return { owner, clerk, lotIds };
}

function recordFertilise(clerk: ApiCaller, lotId: string, n: number) {
  const body = {
    stageId: 'fertilise',
    data: { fertiliser: 'NPK 16-16-8', amount: 5 + (n % 40), note: `lần ${n}` },
  };
  return clerk.call('POST', `/api/v1/lots/${lotId}/records`, body, {
    headers: { 'idempotency-key': randomUUID() },
  });
}

/** Every lot takes fertilise records one after another, all lots at once, for `seconds`; records/s. */
export async function ingestRecords(setup: IngestSetup, seconds: number) {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let records = 0;
  await Promise.all(
    setup.lotIds.map(async (lotId) => {
      for (let n = 1; performance.now() < deadline; n++) {
        await recordFertilise(setup.clerk, lotId, n);
        records += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { records, perSecond: records / elapsed };
}

/** The owner's verification of every chain the bench wrote: a bench of a broken ingest would mean nothing. */
export async function assertChainsVerify(setup: IngestSetup): Promise<void> {
  const result = await setup.owner.call('GET', '/api/v1/records/verification');
  const faults = Reflect.get(Object(result), 'faults');
  if (!Array.isArray(faults) || faults.length > 0)
    throw new Error(`the ingested chains do not verify: ${JSON.stringify(result)}`);
}
