import {
  type CatalogItemPage,
  type CatalogItemQuery,
  type CatalogItemView,
  resourceNames,
  type UpdateCatalogItemBody,
} from '@nguon/contracts';
import {
  type Db,
  findCatalogItem,
  insertCatalogItems,
  listCatalogItemHistory,
  searchCatalogItems,
  updateCatalogItem,
  type VisibleCatalog,
} from '@nguon/db';
import { oneOf, searchWords } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { assertValidItem, catalogFormModel, itemLabel, itemSearchText } from './catalog-item-content';
import { parseStoredForm, parseStoredItemData, toCatalogItemView } from './catalog-views';
import { requireOwnCatalog, requireVisibleCatalog } from './catalogs.service';

async function requireItem(db: Db, catalogId: string, itemId: string) {
  const row = await findCatalogItem(db, catalogId, itemId);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.catalogItem });
  return row;
}

/** The label and search text an item's data gives under its catalog's form. */
function itemContent(catalog: VisibleCatalog, data: Record<string, unknown>) {
  const label = itemLabel(catalogFormModel(parseStoredForm(catalog.form)), catalog.label_fields, data);
  return { label, searchText: itemSearchText(label, data) };
}

export async function listItemsOfCatalog(
  ctx: ServiceContext,
  principal: Principal,
  catalogId: string,
  query: CatalogItemQuery,
): Promise<CatalogItemPage> {
  const actor = requireTenantAction(principal, 'catalogs.read');
  await requireVisibleCatalog(ctx.db, actor.tenantId, catalogId);
  const page = Number(query.page ?? '1');
  const pageSize = Number(query.pageSize ?? '25');
  const { rows, total } = await searchCatalogItems(ctx.db, {
    catalogId,
    words: searchWords(query.q ?? ''),
    archived: query.archived === 'true',
    ...(query.field && query.value !== undefined && { filter: { field: query.field, value: query.value } }),
    sort: oneOf(['label', 'createdAt', 'updatedAt'] as const, query.sort ?? 'label', 'sort'),
    descending: query.order === 'desc',
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: rows.map(toCatalogItemView), total, page, pageSize };
}

export async function getItemOfCatalog(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; itemId: string },
): Promise<CatalogItemView> {
  const actor = requireTenantAction(principal, 'catalogs.read');
  await requireVisibleCatalog(ctx.db, actor.tenantId, params.id);
  return toCatalogItemView(await requireItem(ctx.db, params.id, params.itemId));
}

export async function createItemInCatalog(
  ctx: ServiceContext,
  principal: Principal,
  catalogId: string,
  data: Record<string, unknown>,
): Promise<CatalogItemView> {
  const actor = requireTenantAction(principal, 'catalogs.manage');
  const catalog = await requireOwnCatalog(ctx.db, actor, catalogId);
  assertValidItem({ id: catalog.id, revision: catalog.revision, form: parseStoredForm(catalog.form) }, data);
  const id = ctx.newId();
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    const item = { id, catalogId, tenantId: actor.tenantId, data, by: actor.userId, now: ctx.now() };
    await insertCatalogItems(trx, [{ ...item, ...itemContent(catalog, data) }], 'created');
  });
  return toCatalogItemView(await requireItem(ctx.db, catalogId, id));
}

/** Edits, archives or restores an item at the revision read; the history keeps every state. */
export async function changeItemOfCatalog(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; itemId: string },
  body: UpdateCatalogItemBody,
): Promise<CatalogItemView> {
  const actor = requireTenantAction(principal, 'catalogs.manage');
  const catalog = await requireOwnCatalog(ctx.db, actor, params.id);
  const current = await requireItem(ctx.db, params.id, params.itemId);
  const data = body.data ?? parseStoredItemData(current.data);
  if (body.data) {
    assertValidItem(
      { id: catalog.id, revision: catalog.revision, form: parseStoredForm(catalog.form) },
      data,
    );
  }
  const archivedAt = body.archived === undefined ? current.archived_at : body.archived ? ctx.now() : null;
  const action =
    body.archived === undefined || body.data ? 'updated' : body.archived ? 'archived' : 'restored';
  const saved = await withUnitOfWork(ctx, ({ db: trx }) =>
    updateCatalogItem(trx, {
      id: current.id,
      catalogId: params.id,
      tenantId: actor.tenantId,
      data,
      ...itemContent(catalog, data),
      by: actor.userId,
      now: ctx.now(),
      revision: body.revision,
      action,
      archivedAt,
    }),
  );
  if (!saved) throw new AppError('EDIT_CONFLICT', { resource: resourceNames.catalogItem });
  return toCatalogItemView(await requireItem(ctx.db, params.id, params.itemId));
}

export async function getItemHistory(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; itemId: string },
) {
  const actor = requireTenantAction(principal, 'catalogs.read');
  const catalog = await requireVisibleCatalog(ctx.db, actor.tenantId, params.id);
  await requireItem(ctx.db, params.id, params.itemId);
  const rows = await listCatalogItemHistory(ctx.db, params.itemId);
  // a tenant the catalog is shared with learns who owns it, not who works there
  const sharedBy =
    catalog.tenant_id === actor.tenantId ? null : { tenantId: catalog.tenant_id, name: catalog.owner_name };
  return {
    items: rows.map((row) => ({
      revision: row.revision,
      action: oneOf(
        ['created', 'updated', 'archived', 'restored', 'imported'] as const,
        row.action,
        'history action',
      ),
      label: row.label,
      data: parseStoredItemData(row.data),
      changedAt: row.changed_at.toISOString(),
      changedBy:
        sharedBy ??
        (row.changed_by && row.changed_by_name !== null
          ? { id: row.changed_by, name: row.changed_by_name }
          : null),
    })),
  };
}
