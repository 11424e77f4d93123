import { randomUUID } from 'node:crypto';
import { insertCatalogImport, insertFile } from '@nguon/db';
import type { StageForm } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { createCatalog, createItemInCatalog, type Principal, type ServiceContext } from '@nguon/services';
import type { TenantFixture } from './fixtures';

/** The item form of a Plots catalog: code, name, area in ha, crop. */
export function plotsForm(): StageForm {
  const crop = {
    ...newFormField('choice', 'crop', { vi: 'Cây trồng', en: 'Crop' }),
    choices: [
      { value: 'rice', label: { vi: 'Lúa', en: 'Rice' } },
      { value: 'tea', label: { vi: 'Chè', en: 'Tea' } },
    ],
  };
  return compileFormModel({
    fields: [
      { ...newFormField('text', 'code', { vi: 'Mã thửa', en: 'Plot code' }), required: true },
      { ...newFormField('text', 'name', { vi: 'Tên thửa', en: 'Plot name' }), required: true },
      { ...newFormField('number', 'area', { vi: 'Diện tích', en: 'Area' }), unit: 'ha', min: 0 },
      crop,
    ],
    rules: [],
  });
}

export const plotsCatalogBody = () => ({
  name: { vi: 'Thửa ruộng', en: 'Plots' },
  form: plotsForm(),
  labelFields: ['code', 'name'],
});

const ownerOf = (tenant: TenantFixture): Principal => ({
  kind: 'token',
  tokenId: tenant.tokens.owner.id,
  tenantId: tenant.id,
  role: 'owner',
  createdBy: tenant.people.owner.id,
});

/** A Plots catalog of the tenant with one item, A-01 "Đồng Bãi". */
export async function createCatalogFixture(ctx: ServiceContext, tenant: TenantFixture, shared = false) {
  const owner = ownerOf(tenant);
  const catalog = await createCatalog(ctx, owner, { ...plotsCatalogBody(), shared });
  const item = await createItemInCatalog(ctx, owner, catalog.id, {
    code: 'A-01',
    name: 'Đồng Bãi',
    area: 0.5,
    crop: 'rice',
  });
  return { id: catalog.id, revision: catalog.revision, itemId: item.id, itemRevision: item.revision };
}

/** A queued background import of the tenant's new catalog, started by its owner; no job runs it. */
export async function createQueuedImportFixture(ctx: ServiceContext, tenant: TenantFixture) {
  const catalog = await createCatalogFixture(ctx, tenant);
  const fileId = randomUUID();
  const id = randomUUID();
  const by = tenant.people.owner.id;
  const now = ctx.now();
  const variant = { name: 'original', key: `x/${fileId}`, contentType: 'text/csv', byteSize: 1 };
  await insertFile(ctx.db, {
    id: fileId,
    tenantId: tenant.id,
    purpose: 'catalog_import',
    contentType: 'text/csv',
    byteSize: 1,
    sha256: '0'.repeat(64),
    public: false,
    originalName: null,
    variants: [{ ...variant, width: null, height: null }],
    createdBy: by,
    now,
  });
  const row = { id, tenantId: tenant.id, catalogId: catalog.id, mode: 'all-or-nothing' as const };
  await insertCatalogImport(ctx.db, { ...row, rowsTotal: 10_000, fileId, createdBy: by, now });
  return { id, catalogId: catalog.id };
}
