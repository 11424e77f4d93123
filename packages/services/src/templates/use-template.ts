import {
  resourceNames,
  type TemplateCatalog,
  type TemplateFile,
  type UsedTemplateView,
  type UseTemplateBody,
} from '@nguon/contracts';
import { findSkusLike, findTemplate, insertProcessTemplateLink } from '@nguon/db';
import { catalogReferencesIn, instantiateTemplateDefinition, renameCatalogReferences } from '@nguon/domain';
import { sql } from 'kysely';
import { type Principal, requireTenantAction } from '../auth/principal';
import { createItemInCatalog } from '../catalogs/catalog-items.service';
import { createCatalog } from '../catalogs/catalogs.service';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { saveProcessDraft } from '../processes/process-drafts.service';
import { createProcess } from '../processes/processes.service';
import { createProduct } from '../products/products.service';
import { withUnitOfWork } from '../unit-of-work';
import { requireUsableTemplateVersion } from './stored-template';

type CreatedCatalog = UsedTemplateView['catalogs'][number];

/** Catalogs whose forms pick from other catalogs of the template come after those (file order otherwise). */
function inDependencyOrder(
  catalogs: readonly TemplateCatalog[],
  known: ReadonlySet<string>,
): TemplateCatalog[] {
  const keys = new Set(catalogs.map((catalog) => catalog.key));
  const ordered: TemplateCatalog[] = [];
  const placed = new Set(known);
  let left = [...catalogs];
  while (left.length > 0) {
    const ready = left.filter((catalog) =>
      catalogReferencesIn(catalog.form.schema).every(
        (ref) => !keys.has(ref.catalog) || placed.has(ref.catalog) || ref.catalog === catalog.key,
      ),
    );
    const next = ready.length > 0 ? ready : left.slice(0, 1); // a cycle: its references stay keys
    for (const catalog of next) placed.add(catalog.key);
    ordered.push(...next);
    left = left.filter((catalog) => !next.includes(catalog));
  }
  return ordered;
}

/**
 * Creates the template's catalogs (with their sample items) that `catalogMap` lacks, in the caller's unit of
 * work; answers the map extended with them and what was created. Forms naming other catalogs get their ids.
 */
export async function createTemplateCatalogs(
  ctx: ServiceContext,
  principal: Principal,
  catalogs: readonly TemplateCatalog[],
  catalogMap: Readonly<Record<string, string>>,
): Promise<{ catalogMap: Record<string, string>; created: CreatedCatalog[] }> {
  const map: Record<string, string> = { ...catalogMap };
  const created: CreatedCatalog[] = [];
  const missing = catalogs.filter((catalog) => !Object.hasOwn(map, catalog.key));
  for (const catalog of inDependencyOrder(missing, new Set(Object.keys(map)))) {
    const schema = renameCatalogReferences(catalog.form.schema, (key) =>
      Object.hasOwn(map, key) ? (map[key] ?? key) : key,
    );
    const view = await createCatalog(ctx, principal, {
      name: catalog.name,
      form: { ...catalog.form, schema },
      labelFields: catalog.labelFields,
    });
    for (const sample of catalog.samples) await createItemInCatalog(ctx, principal, view.id, sample);
    map[catalog.key] = view.id;
    created.push({ key: catalog.key, id: view.id, name: view.name });
  }
  return { catalogMap: map, created };
}

// The advisory lock space of SKU choices; the second key is a hash of the tenant and the SKU base.
const skuChoiceLockSpace = 0x6e67736b; // 'ngsk'

/**
 * The template's SKU, or it with the first free `-2`, `-3`... suffix in the tenant. Two uses at once (two tabs)
 * choose one after the other: a transaction-scoped lock per tenant and SKU base, held until the product is stored.
 */
async function freeSku(ctx: ServiceContext, tenantId: string, sku: string): Promise<string> {
  await sql`SELECT pg_advisory_xact_lock(${skuChoiceLockSpace}, hashtext(${`${tenantId}:${sku.toLowerCase()}`}))`.execute(
    ctx.db,
  );
  const taken = new Set(await findSkusLike(ctx.db, tenantId, sku));
  if (!taken.has(sku.toLowerCase())) return sku;
  for (let n = 2; ; n++) if (!taken.has(`${sku}-${n}`.toLowerCase())) return `${sku}-${n}`;
}

async function createSampleProduct(
  ctx: ServiceContext,
  principal: Principal,
  tenantId: string,
  file: TemplateFile,
  processId: string,
): Promise<string> {
  const body = {
    ...file.sampleProduct,
    sku: await freeSku(ctx, tenantId, file.sampleProduct.sku),
    productType: file.productType,
    processId,
  };
  return (await createProduct(ctx, principal, body, { processMayBeDraft: true })).id;
}

/**
 * An owner uses a template version: a draft process, its catalogs with their sample items and a sample product,
 * linked to the version, all in one transaction (anything refused leaves nothing behind).
 */
export async function createProcessFromTemplate(
  ctx: ServiceContext,
  principal: Principal,
  templateId: string,
  body: UseTemplateBody,
): Promise<UsedTemplateView> {
  const actor = requireTenantAction(principal, 'processes.manage');
  return withUnitOfWork(ctx, async (unit) => {
    if (!(await findTemplate(unit.db, templateId)))
      throw new AppError('NOT_FOUND', { resource: resourceNames.template });
    const { version, file } = await requireUsableTemplateVersion(unit.db, templateId, body.version);
    const { catalogMap, created } = await createTemplateCatalogs(unit, principal, file.catalogs, {});
    const process = await createProcess(unit, principal, {
      name: body.processName ?? file.process.name,
      productType: file.productType,
    });
    await saveProcessDraft(unit, principal, process.id, {
      revision: process.draftRevision,
      definition: instantiateTemplateDefinition(file.process.definition, catalogMap),
    });
    const productId = await createSampleProduct(unit, principal, actor.tenantId, file, process.id);
    await insertProcessTemplateLink(unit.db, {
      processId: process.id,
      tenantId: actor.tenantId,
      templateId,
      usedVersionId: version.id,
      catalogMap,
      now: unit.now(),
    });
    return {
      processId: process.id,
      productId,
      catalogs: created,
      template: { id: templateId, version: version.number },
    };
  });
}
