import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { compileFormModel, type FormField, newFormField } from '@nguon/forms';
import {
  createLot,
  createProcess,
  createProduct,
  getProcess,
  publishProcess,
  recordStage,
  type ServiceContext,
  saveProcessDraft,
} from '@nguon/services';
import { createCatalogFixture } from './catalog-fixtures';
import { ownerPrincipal, type TenantFixture } from './fixtures';
import { sampleStage } from './process-fixtures';

const field = (type: FormField['type'], key: string, extra: Partial<FormField> = {}): FormField => ({
  ...newFormField(type, key, { vi: key, en: key }),
  ...extra,
});

const stage = (id: string, fields: FormField[], overrides: Partial<ProcessStage> = {}): ProcessStage =>
  sampleStage(id, id, { form: compileFormModel({ fields, rules: [] }), ...overrides });

/**
 * plant -> fertilise (repeatable) and irrigate (parallel) -> harvest -> dry (transformation, yield 50-90 %) -> pack.
 * Planting picks a plot from a catalog; fertilising takes an amount in kg and photos.
 */
export function farmDefinition(
  catalogId: string,
  harvestMax = 100_000,
  options: { packingSplits?: boolean } = {},
): ProcessDefinition {
  const kg = (key: string, max: number) => field('number', key, { unit: 'kg', required: true, min: 0, max });
  return {
    schemaVersion: 1,
    stages: [
      stage('plant', [field('catalog', 'plot', { catalogId, required: true }), field('text', 'note')], {
        start: true,
      }),
      stage('fertilise', [kg('amount', 1000), field('photos', 'photos')], { repeatable: true }),
      stage('irrigate', [field('text', 'note')]),
      stage('harvest', [kg('weight', harvestMax)]),
      stage('dry', [field('number', 'temperature', { unit: 'Cel' })], {
        kind: 'transformation',
        yieldRange: { minPercent: 50, maxPercent: 90 },
      }),
      // packingSplits: packing splits a batch into pack lots (a transformation) and may name who supplied the bags
      options.packingSplits
        ? stage('pack', [field('text', 'note'), field('catalog', 'bags', { catalogId })], {
            kind: 'transformation',
          })
        : stage('pack', [field('text', 'note')]),
    ],
    edges: [
      ['plant', 'fertilise'],
      ['plant', 'irrigate'],
      ['fertilise', 'harvest'],
      ['irrigate', 'harvest'],
      ['harvest', 'dry'],
      ['dry', 'pack'],
    ].map(([source = '', target = ''], i) => ({ id: `e${i}`, source, target })),
  };
}

export interface FarmFixture {
  catalogId: string;
  plotItemId: string;
  processId: string;
  productId: string;
  /** Publishes the process again with another definition (version 2, 3...). */
  publish(definition: ProcessDefinition): Promise<void>;
}

/** A published farm process, a plots catalog and a product that follows the process, coded `R{yy}-{seq}`. */
export async function createFarmFixture(ctx: ServiceContext, tenant: TenantFixture): Promise<FarmFixture> {
  const owner = ownerPrincipal(tenant);
  const catalog = await createCatalogFixture(ctx, tenant);
  const process = await createProcess(ctx, owner, {
    name: { vi: 'Lúa ST25', en: 'ST25 rice' },
    productType: 'rice',
  });
  let revision = process.draftRevision;
  const publish = async (definition: ProcessDefinition) => {
    const draft = await saveProcessDraft(ctx, owner, process.id, { revision, definition });
    await publishProcess(ctx, owner, process.id, { revision: draft.revision, note: '' });
    revision = (await getProcess(ctx, owner, process.id)).draft.revision;
  };
  await publish(farmDefinition(catalog.id));
  const product = await createProduct(ctx, owner, {
    name: { vi: 'Lúa ST25', en: 'ST25 paddy' },
    sku: `ST25-${crypto.randomUUID().slice(0, 8)}`,
    productType: 'rice',
    processId: process.id,
    lotCodePattern: 'R{yy}-{seq}',
  });
  return {
    catalogId: catalog.id,
    plotItemId: catalog.itemId,
    processId: process.id,
    productId: product.id,
    publish,
  };
}

/** A new lot of the farm's product (1000 kg), made by the tenant's owner. */
export function createLotFixture(ctx: ServiceContext, tenant: TenantFixture, farm: FarmFixture) {
  return createLot(ctx, ownerPrincipal(tenant), { productId: farm.productId, quantity: 1000, unit: 'kg' });
}

/** A stage record made by the tenant's owner. */
export function recordFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  lotId: string,
  stageId: string,
  data: Record<string, unknown>,
) {
  return recordStage(ctx, ownerPrincipal(tenant), lotId, { stageId, data });
}
