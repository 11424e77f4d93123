import type { DriverName } from '@nguon/db';
import type { ProcessDefinition, ProcessStage, StageForm } from '@nguon/domain';
import { stage } from '@nguon/domain/testing';
import { compileFormModel, type FormField, newFormField } from '@nguon/forms';
import { createItemInCatalog } from '../catalogs/catalog-items.service';
import { createCatalog } from '../catalogs/catalogs.service';
import type { ServiceContext } from '../context/service-context';
import { createLot } from '../lots/lots.service';
import { recordStage } from '../lots/record-stage';
import { publishProcess, saveProcessDraft } from '../processes/process-drafts.service';
import { createProcess, getProcess } from '../processes/processes.service';
import { createProduct } from '../products/products.service';
import { createServiceKit, type ServiceKit } from './service-kit';
import { createTenantKit, type TenantKit } from './tenant-kit';

export const field = (type: FormField['type'], key: string, extra: Partial<FormField> = {}): FormField => ({
  ...newFormField(type, key, { vi: key, en: key }),
  ...extra,
});

export const formOf = (fields: FormField[]): StageForm => compileFormModel({ fields, rules: [] });

/** A stage named after its id, with the given form fields. */
export function stageOf(
  id: string,
  fields: FormField[],
  overrides: Partial<ProcessStage> = {},
): ProcessStage {
  return stage(id, {
    name: { vi: `Công đoạn ${id}`, en: `Stage ${id}` },
    form: formOf(fields),
    ...overrides,
  });
}

const kg = (key: string, max: number) => field('number', key, { unit: 'kg', required: true, min: 0, max });

/**
 * plant -> fertilise (repeatable) and irrigate (parallel) -> harvest -> dry (transformation, yield 50-90 %) -> pack.
 * Planting picks a plot from a catalog; fertilising takes an amount in kg and photos.
 */
export function farmDefinition(catalogId: string): ProcessDefinition {
  return {
    schemaVersion: 1,
    stages: [
      stageOf('plant', [field('catalog', 'plot', { catalogId, required: true }), field('text', 'note')], {
        start: true,
      }),
      stageOf('fertilise', [kg('amount', 1000), field('photos', 'photos')], { repeatable: true }),
      stageOf('irrigate', [field('text', 'note')]),
      stageOf('harvest', [kg('weight', 100_000)]),
      stageOf('dry', [field('number', 'temperature', { unit: 'Cel' })], {
        kind: 'transformation',
        yieldRange: { minPercent: 50, maxPercent: 90 },
      }),
      stageOf('pack', [field('text', 'note')]),
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

export interface FarmKit {
  catalogId: string;
  plotItemId: string;
  processId: string;
  productId: string;
  /** Publishes the process again with another definition (version 2, 3...). */
  publish(definition: ProcessDefinition): Promise<void>;
}

/** A plots catalog with one item, the farm process published as version 1, and a product following it. */
export async function createFarmKit(ctx: ServiceContext, tenant: TenantKit): Promise<FarmKit> {
  const owner = tenant.as.owner;
  const catalog = await createCatalog(ctx, owner, {
    name: { vi: 'Thửa ruộng', en: 'Plots' },
    form: formOf([field('text', 'code')]),
    labelFields: ['code'],
  });
  const item = await createItemInCatalog(ctx, owner, catalog.id, { code: 'A-01' });
  const process = await createProcess(ctx, owner, { name: { vi: 'Lúa', en: 'Rice' }, productType: 'rice' });
  let revision = process.draftRevision;
  const publish = async (definition: ProcessDefinition) => {
    const draft = await saveProcessDraft(ctx, owner, process.id, { revision, definition });
    await publishProcess(ctx, owner, process.id, { revision: draft.revision, note: '' });
    revision = (await getProcess(ctx, owner, process.id)).draft.revision;
  };
  await publish(farmDefinition(catalog.id));
  const product = await createProduct(ctx, owner, {
    name: { vi: 'Lúa ST25', en: 'ST25 paddy' },
    sku: `ST25-${tenant.id.slice(-6)}`,
    productType: 'rice',
    processId: process.id,
    lotCodePattern: 'R{yy}-{seq}',
  });
  return {
    catalogId: catalog.id,
    plotItemId: item.id,
    processId: process.id,
    productId: product.id,
    publish,
  };
}

/** The value a catalog field holds: the item's id and the label shown. */
export const plotOf = (farm: FarmKit) => ({ id: farm.plotItemId, label: 'A-01' });

/** A new lot of the farm's product, made by the tenant's clerk. */
export function newLot(ctx: ServiceContext, tenant: TenantKit, farm: FarmKit, quantity = 1000) {
  return createLot(ctx, tenant.as.clerk, { productId: farm.productId, quantity, unit: 'kg' });
}

/** Records plant, fertilise, irrigate and harvest: the lot then waits at the dry transformation. */
export async function bringToDrying(ctx: ServiceContext, tenant: TenantKit, farm: FarmKit, lotId: string) {
  const steps: [string, Record<string, unknown>][] = [
    ['plant', { plot: plotOf(farm) }],
    ['fertilise', { amount: 20 }],
    ['irrigate', {}],
    ['harvest', { weight: 900 }],
  ];
  for (const [stageId, data] of steps) await recordStage(ctx, tenant.as.clerk, lotId, { stageId, data });
}

export interface TwoFarms {
  kit: ServiceKit;
  tenant: TenantKit;
  other: TenantKit;
  farm: FarmKit;
  otherFarm: FarmKit;
}

/** Two tenants with a farm each on a fresh kit: the one a test works in, and another it must never reach. */
export async function createTwoFarms(driver: DriverName, labels: [string, string]): Promise<TwoFarms> {
  const kit = await createServiceKit(driver);
  const tenant = await createTenantKit(kit.ctx, labels[0]);
  const other = await createTenantKit(kit.ctx, labels[1]);
  return {
    kit,
    tenant,
    other,
    farm: await createFarmKit(kit.ctx, tenant),
    otherFarm: await createFarmKit(kit.ctx, other),
  };
}
