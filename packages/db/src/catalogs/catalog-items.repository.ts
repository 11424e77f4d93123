import { sql } from 'kysely';
import type { Db } from '../database';
import type { CatalogItemHistoryRow, CatalogItemRow } from '../schema';

export type CatalogItemSort = 'label' | 'createdAt' | 'updatedAt';

export interface CatalogItemQuery {
  catalogId: string;
  /** Lower-case, accent-free words; every word must appear. */
  words: string[];
  archived: boolean;
  /** A top-level field of the item data equal to a value (compared as text). */
  filter?: { field: string; value: string };
  sort: CatalogItemSort;
  descending: boolean;
  offset: number;
  limit: number;
}

const sortColumn = { label: 'label', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

/** Items of a catalog matching the query, and how many match in all (for pagination). */
export async function searchCatalogItems(
  db: Db,
  query: CatalogItemQuery,
): Promise<{ rows: CatalogItemRow[]; total: number }> {
  let base = db
    .selectFrom('catalog_items')
    .where('catalog_id', '=', query.catalogId)
    .where('archived_at', query.archived ? 'is not' : 'is', null);
  for (const word of query.words) {
    base = base.where('search_text', 'like', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (query.filter) base = base.where(sql<string>`data ->> ${query.filter.field}`, '=', query.filter.value);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(sortColumn[query.sort], query.descending ? 'desc' : 'asc')
      .orderBy('id')
      .offset(query.offset)
      .limit(query.limit)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findCatalogItem(
  db: Db,
  catalogId: string,
  id: string,
): Promise<CatalogItemRow | undefined> {
  return db
    .selectFrom('catalog_items')
    .selectAll()
    .where('catalog_id', '=', catalogId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface CatalogItemWrite {
  id: string;
  catalogId: string;
  tenantId: string;
  data: unknown;
  label: string;
  searchText: string;
  by: string | null;
  now: Date;
}

/**
 * Inserts items of one catalog, tenant, author and time, with their `created`/`imported` history rows, in one
 * statement: the rows travel as one JSON parameter, which PostgreSQL parses far faster than thousands of binds.
 */
export async function insertCatalogItems(
  db: Db,
  items: CatalogItemWrite[],
  action: 'created' | 'imported',
): Promise<void> {
  const [first] = items;
  if (!first) return;
  if (
    items.some((i) => i.catalogId !== first.catalogId || i.tenantId !== first.tenantId || i.by !== first.by)
  )
    throw new Error('insertCatalogItems takes items of one catalog, tenant and author');
  const rows = JSON.stringify(
    items.map((i) => ({ id: i.id, data: i.data, label: i.label, search_text: i.searchText })),
  );
  await sql`
    WITH rows AS (
      SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS r(id uuid, data jsonb, label text, search_text text)
    ), items AS (
      INSERT INTO catalog_items
        (id, catalog_id, tenant_id, data, label, search_text, created_by, created_at, updated_at, updated_by)
      SELECT id, ${first.catalogId}, ${first.tenantId}, data, label, search_text, ${first.by}, ${first.now}, ${first.now}, ${first.by}
      FROM rows
    )
    INSERT INTO catalog_item_history (item_id, tenant_id, revision, action, data, label, changed_at, changed_by)
    SELECT id, ${first.tenantId}, 1, ${action}, data, label, ${first.now}, ${first.by} FROM rows`.execute(db);
}

/** Writes a new state of an item at the revision the caller read, with its history row; false when stale. */
export async function updateCatalogItem(
  db: Db,
  item: CatalogItemWrite & {
    revision: number;
    action: 'updated' | 'archived' | 'restored';
    archivedAt: Date | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('catalog_items')
    .set({
      data: JSON.stringify(item.data),
      label: item.label,
      search_text: item.searchText,
      archived_at: item.archivedAt,
      revision: item.revision + 1,
      updated_at: item.now,
      updated_by: item.by,
    })
    .where('catalog_id', '=', item.catalogId)
    .where('id', '=', item.id)
    .where('revision', '=', item.revision)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await db
    .insertInto('catalog_item_history')
    .values({
      item_id: item.id,
      tenant_id: item.tenantId,
      revision: item.revision + 1,
      action: item.action,
      data: JSON.stringify(item.data),
      label: item.label,
      changed_at: item.now,
      changed_by: item.by,
    })
    .execute();
  return true;
}

export interface CatalogItemHistoryEntry extends CatalogItemHistoryRow {
  changed_by_name: string | null;
}

export async function listCatalogItemHistory(db: Db, itemId: string): Promise<CatalogItemHistoryEntry[]> {
  return db
    .selectFrom('catalog_item_history as h')
    .leftJoin('users as u', 'u.id', 'h.changed_by')
    .selectAll('h')
    .select('u.name as changed_by_name')
    .where('h.item_id', '=', itemId)
    .orderBy('h.revision', 'desc')
    .execute();
}

/** Every active item of a catalog, by label, for an export. */
export async function listActiveCatalogItems(db: Db, catalogId: string): Promise<CatalogItemRow[]> {
  return db
    .selectFrom('catalog_items')
    .selectAll()
    .where('catalog_id', '=', catalogId)
    .where('archived_at', 'is', null)
    .orderBy('label')
    .orderBy('id')
    .execute();
}

/** Removes items (and, by cascade, their history) by id within one tenant: an import undone. */
export async function deleteCatalogItems(db: Db, tenantId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .deleteFrom('catalog_items')
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
