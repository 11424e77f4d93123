import {
  type CatalogView,
  type CreateCatalogBody,
  resourceNames,
  type UpdateCatalogBody,
} from '@nguon/contracts';
import { type Db, findVisibleCatalog, insertCatalog, listVisibleCatalogs, updateCatalog } from '@nguon/db';
import type { StageForm } from '@nguon/domain';
import { checkStageForm, type FieldType, parseFormSchema } from '@nguon/forms';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { formInvalidError } from '../forms/form-invalid-error';
import { toCatalogView } from './catalog-views';

/** A catalog the tenant may read: its own or a shared one; anything else is NOT_FOUND. */
export async function requireVisibleCatalog(db: Db, tenantId: string, id: string) {
  const row = await findVisibleCatalog(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.catalog });
  return row;
}

/** A catalog the tenant owns; another tenant's shared catalog is readable but never writable. */
export async function requireOwnCatalog(db: Db, actor: TenantActor, id: string) {
  const row = await requireVisibleCatalog(db, actor.tenantId, id);
  if (row.tenant_id !== actor.tenantId) throw new AppError('FORBIDDEN');
  return row;
}

const labelFieldTypes = new Set<FieldType>(['text', 'integer', 'number', 'choice', 'date']);

/** The item form must be sound and the label fields plain top-level values of it. */
function assertCatalogForm(form: StageForm, labelFields: readonly string[]): void {
  const problems = checkStageForm(form);
  if (problems.length > 0) throw formInvalidError(problems, '/form');
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  const fields = parsed.ok ? parsed.model.fields : [];
  labelFields.forEach((key, index) => {
    const field = fields.find((candidate) => candidate.key === key);
    if (field && labelFieldTypes.has(field.type)) return;
    const detail = { kind: 'message', key: 'catalogs.detail.labelField', values: { key } } as const;
    throw new AppError(
      'VALIDATION_FAILED',
      { path: `/labelFields/${index}`, detail },
      `/labelFields/${index}`,
    );
  });
}

export async function listCatalogs(
  ctx: ServiceContext,
  principal: Principal,
  query: { archived?: 'true' | 'false' },
) {
  const actor = requireTenantAction(principal, 'catalogs.read');
  const rows = await listVisibleCatalogs(ctx.db, actor.tenantId, query.archived === 'true');
  return { items: rows.map((row) => toCatalogView(row, actor.tenantId)) };
}

export async function getCatalog(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<CatalogView> {
  const actor = requireTenantAction(principal, 'catalogs.read');
  return toCatalogView(await requireVisibleCatalog(ctx.db, actor.tenantId, id), actor.tenantId);
}

export async function createCatalog(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateCatalogBody,
): Promise<CatalogView> {
  const actor = requireTenantAction(principal, 'catalogs.manage');
  assertCatalogForm(body.form, body.labelFields);
  const id = ctx.newId();
  await insertCatalog(ctx.db, {
    id,
    tenantId: actor.tenantId,
    nameVi: body.name.vi.trim(),
    nameEn: body.name.en.trim(),
    form: body.form,
    labelFields: body.labelFields,
    shared: body.shared ?? false,
    createdBy: actor.userId,
    now: ctx.now(),
  });
  return getCatalog(ctx, principal, id);
}

/** Changes an own catalog at the revision read; items keep their data (edits validate against the new form). */
export async function changeCatalog(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: UpdateCatalogBody,
): Promise<CatalogView> {
  const actor = requireTenantAction(principal, 'catalogs.manage');
  const row = await requireOwnCatalog(ctx.db, actor, id);
  if (body.form || body.labelFields) {
    assertCatalogForm(
      body.form ?? toCatalogView(row, actor.tenantId).form,
      body.labelFields ?? row.label_fields,
    );
  }
  const saved = await updateCatalog(ctx.db, actor.tenantId, id, body.revision, {
    ...(body.name && { nameVi: body.name.vi.trim(), nameEn: body.name.en.trim() }),
    ...(body.form && { form: body.form }),
    ...(body.labelFields && { labelFields: body.labelFields }),
    ...(body.shared !== undefined && { shared: body.shared }),
    ...(body.archived !== undefined && { archivedAt: body.archived ? ctx.now() : null }),
    now: ctx.now(),
  });
  if (!saved) throw new AppError('EDIT_CONFLICT', { resource: resourceNames.catalog });
  return getCatalog(ctx, principal, id);
}
