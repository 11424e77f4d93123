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

/** Inserts items and their `created`/`imported` history rows in one statement each. */
export async function insertCatalogItems(
  db: Db,
  items: CatalogItemWrite[],
  action: 'created' | 'imported',
): Promise<void> {
  if (items.length === 0) return;
  await db
    .insertInto('catalog_items')
    .values(
      items.map((item) => ({
        id: item.id,
        catalog_id: item.catalogId,
        tenant_id: item.tenantId,
        data: JSON.stringify(item.data),
        label: item.label,
        search_text: item.searchText,
        created_by: item.by,
        created_at: item.now,
        updated_at: item.now,
        updated_by: item.by,
      })),
    )
    .execute();
  await db
    .insertInto('catalog_item_history')
    .values(
      items.map((item) => ({
        item_id: item.id,
        tenant_id: item.tenantId,
        revision: 1,
        action,
        data: JSON.stringify(item.data),
        label: item.label,
        changed_at: item.now,
        changed_by: item.by,
      })),
    )
    .execute();
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
