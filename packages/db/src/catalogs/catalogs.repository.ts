import type { Db } from '../database';
import type { CatalogRow } from '../schema';

/** A catalog as a tenant sees it: its own, or another tenant's shared one (read-only). */
export interface VisibleCatalog extends CatalogRow {
  owner_name: string;
  item_count: string;
}

function selectVisible(db: Db, tenantId: string) {
  return db
    .selectFrom('catalogs as c')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .selectAll('c')
    .select((eb) => [
      't.name as owner_name',
      eb
        .selectFrom('catalog_items as i')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('i.catalog_id', '=', 'c.id')
        .where('i.archived_at', 'is', null)
        .as('item_count'),
    ])
    .where((eb) =>
      eb.or([
        eb('c.tenant_id', '=', tenantId),
        eb.and([eb('c.shared', '=', true), eb('c.archived_at', 'is', null)]),
      ]),
    );
}

/** Count comes back null from the scalar subquery's type; it is always a count string. */
const withCount = (
  row: Omit<VisibleCatalog, 'item_count'> & { item_count: string | null },
): VisibleCatalog => ({
  ...row,
  item_count: row.item_count ?? '0',
});

export async function listVisibleCatalogs(
  db: Db,
  tenantId: string,
  archived: boolean,
): Promise<VisibleCatalog[]> {
  const rows = await selectVisible(db, tenantId)
    .where('c.archived_at', archived ? 'is not' : 'is', null)
    .orderBy('c.name_vi')
    .orderBy('c.id')
    .execute();
  return rows.map(withCount);
}

export async function findVisibleCatalog(
  db: Db,
  tenantId: string,
  id: string,
): Promise<VisibleCatalog | undefined> {
  const row = await selectVisible(db, tenantId).where('c.id', '=', id).executeTakeFirst();
  return row && withCount(row);
}

export async function insertCatalog(
  db: Db,
  catalog: {
    id: string;
    tenantId: string;
    nameVi: string;
    nameEn: string;
    form: unknown;
    labelFields: string[];
    shared: boolean;
    createdBy: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('catalogs')
    .values({
      id: catalog.id,
      tenant_id: catalog.tenantId,
      name_vi: catalog.nameVi,
      name_en: catalog.nameEn,
      form: JSON.stringify(catalog.form),
      label_fields: catalog.labelFields,
      shared: catalog.shared,
      created_by: catalog.createdBy,
      created_at: catalog.now,
      updated_at: catalog.now,
    })
    .execute();
}

/** Updates an own catalog at the revision the caller read; false when the revision is stale. */
export async function updateCatalog(
  db: Db,
  tenantId: string,
  id: string,
  revision: number,
  changes: {
    nameVi?: string;
    nameEn?: string;
    form?: unknown;
    labelFields?: string[];
    shared?: boolean;
    archivedAt?: Date | null;
    now: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('catalogs')
    .set({
      ...(changes.nameVi !== undefined && { name_vi: changes.nameVi }),
      ...(changes.nameEn !== undefined && { name_en: changes.nameEn }),
      ...(changes.form !== undefined && { form: JSON.stringify(changes.form) }),
      ...(changes.labelFields !== undefined && { label_fields: changes.labelFields }),
      ...(changes.shared !== undefined && { shared: changes.shared }),
      ...(changes.archivedAt !== undefined && { archived_at: changes.archivedAt }),
      revision: revision + 1,
      updated_at: changes.now,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
