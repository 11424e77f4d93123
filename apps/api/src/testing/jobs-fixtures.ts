import type { ProcessDefinition, ProcessStage, StageJob } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import {
  createProcess,
  createProduct,
  getProcess,
  publishProcess,
  type ServiceContext,
  saveProcessDraft,
} from '@nguon/services';
import { ownerPrincipal, type TenantFixture } from './fixtures';
import { sampleJob, sampleStage } from './process-fixtures';

const note = () =>
  compileFormModel({ fields: [newFormField('text', 'note', { vi: 'Ghi chú', en: 'Note' })], rules: [] });
const plain = (id: string, vi: string, en: string, overrides: Partial<ProcessStage> = {}): ProcessStage =>
  sampleStage(id, id, { name: { vi, en }, form: note(), ...overrides });
const job = (id: string, key: string, vi: string, en: string, overrides: Partial<StageJob>): StageJob =>
  sampleJob(id, key, { name: { vi, en }, ...overrides });

/** Spraying starts a wait: harvest is refused until 7 days (or the sprayed product's own days) have passed. */
const harvestWait = { afterJobId: 'j-spray', days: 7, fieldKey: 'days', onBreach: 'refuse' as const };

/**
 * plant -> care (jobs: fertilising required twice, spraying any number of times, weeding once and required,
 * warned within a day of spraying; closes when followed) -> harvest (waits after spraying) -> pack; harvest ->
 * store (a final stage with one optional job, closed by the clerk). `extraJob` adds a job to care (version 2).
 */
export function jobsFarmDefinition(options: { extraJob?: boolean } = {}): ProcessDefinition {
  const careJobs = [
    job('j-fert', 'fert', 'Bón phân', 'Fertilising', { repeatable: true, required: true, minCount: 2 }),
    job('j-spray', 'spray', 'Phun thuốc', 'Spraying', { repeatable: true }),
    job('j-weed', 'weed', 'Làm cỏ', 'Weeding', {
      required: true,
      waitingPeriods: [{ afterJobId: 'j-spray', days: 1, fieldKey: null, onBreach: 'warn' }],
    }),
    ...(options.extraJob ? [job('j-new', 'prune', 'Tỉa cành', 'Pruning', {})] : []),
  ];
  return {
    schemaVersion: 1,
    stages: [
      plain('plant', 'Gieo trồng', 'Planting', { start: true }),
      plain('care', 'Chăm sóc', 'Care', { jobs: careJobs, closeWhenFollowed: true }),
      plain('harvest', 'Thu hoạch', 'Harvest', { waitingPeriods: [harvestWait] }),
      plain('pack', 'Đóng gói', 'Packing'),
      plain('store', 'Bảo quản', 'Storage', {
        jobs: [job('j-check', 'check', 'Kiểm tra kho', 'Store check', {})],
      }),
    ],
    edges: [
      ['plant', 'care'],
      ['care', 'harvest'],
      ['harvest', 'pack'],
      ['harvest', 'store'],
    ].map(([source = '', target = ''], i) => ({ id: `e${i}`, source, target })),
  };
}

export interface JobsFarmFixture {
  processId: string;
  productId: string;
  /** Publishes the process again (version 2, 3...); lots made before stay on their version. */
  publish(definition: ProcessDefinition): Promise<void>;
}

/** A published process with jobs and a product that follows it, coded `J{yy}-{seq}`. */
export async function createJobsFarmFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
): Promise<JobsFarmFixture> {
  const owner = ownerPrincipal(tenant);
  const process = await createProcess(ctx, owner, {
    name: { vi: 'Rau cải', en: 'Mustard greens' },
    productType: 'tea',
  });
  let revision = process.draftRevision;
  const publish = async (definition: ProcessDefinition) => {
    const draft = await saveProcessDraft(ctx, owner, process.id, { revision, definition });
    if (draft.problems.length > 0)
      throw new Error(`jobs farm has problems: ${JSON.stringify(draft.problems)}`);
    await publishProcess(ctx, owner, process.id, { revision: draft.revision, note: '' });
    revision = (await getProcess(ctx, owner, process.id)).draft.revision;
  };
  await publish(jobsFarmDefinition());
  const product = await createProduct(ctx, owner, {
    name: { vi: 'Rau cải', en: 'Mustard greens' },
    sku: `RC-${crypto.randomUUID().slice(0, 8)}`,
    productType: 'tea',
    processId: process.id,
    lotCodePattern: 'J{yy}-{seq}',
  });
  return { processId: process.id, productId: product.id, publish };
}
