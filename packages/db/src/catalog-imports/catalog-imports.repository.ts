import { sql } from 'kysely';
import type { Db } from '../database';
import type { TenantJobListing } from '../jobs/tenant-job-listing';
import type { CatalogImportRow } from '../schema';

export interface NewCatalogImport {
  id: string;
  tenantId: string;
  catalogId: string;
  mode: 'valid-only' | 'all-or-nothing';
  rowsTotal: number;
  fileId: string;
  createdBy: string;
  now: Date;
}

/** A catalog import with its catalog's names, for views that title it. */
export type CatalogImportWithCatalog = CatalogImportRow & {
  catalog_name_vi: string;
  catalog_name_en: string;
};

export async function insertCatalogImport(db: Db, row: NewCatalogImport): Promise<void> {
  await db
    .insertInto('catalog_imports')
    .values({
      id: row.id,
      tenant_id: row.tenantId,
      catalog_id: row.catalogId,
      mode: row.mode,
      state: 'queued',
      rows_total: row.rowsTotal,
      file_id: row.fileId,
      created_by: row.createdBy,
      created_at: row.now,
      heartbeat_at: row.now,
    })
    .execute();
}

const withCatalog = (db: Db) =>
  db
    .selectFrom('catalog_imports as i')
    .innerJoin('catalogs as c', 'c.id', 'i.catalog_id')
    .selectAll('i')
    .select(['c.name_vi as catalog_name_vi', 'c.name_en as catalog_name_en']);

/** By id within the tenant; `tenantId` null only for the job, which trusts its own payload's id. */
export async function findCatalogImport(
  db: Db,
  id: string,
  tenantId: string | null,
): Promise<CatalogImportWithCatalog | undefined> {
  let query = withCatalog(db).where('i.id', '=', id);
  if (tenantId !== null) query = query.where('i.tenant_id', '=', tenantId);
  return query.executeTakeFirst();
}

/** Newest first; `createdBy` narrows to one person's imports, `before` pages back. */
export async function listCatalogImports(
  db: Db,
  query: TenantJobListing,
): Promise<CatalogImportWithCatalog[]> {
  let base = withCatalog(db).where('i.tenant_id', '=', query.tenantId);
  if (query.createdBy !== null) base = base.where('i.created_by', '=', query.createdBy);
  const before = query.before;
  if (before) base = base.where(sql<boolean>`(i.created_at, i.id) < (${before.createdAt}, ${before.id})`);
  return base.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').limit(query.limit).execute();
}

/** Queued or running (a retry) becomes running; false when it already ended (cancelled, completed...). */
export async function startCatalogImport(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('catalog_imports')
    .set({ state: 'running', started_at: sql`coalesce(started_at, ${now})`, heartbeat_at: now })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Counts a batch as done, only if the counter is still where the batch began and the import runs:
 * called in the batch's transaction, a false rolls the batch back (a second runner or a cancel won).
 */
export async function advanceCatalogImport(
  db: Db,
  id: string,
  batch: { from: number; rows: number; imported: number; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('catalog_imports')
    .set({
      rows_done: sql`rows_done + ${batch.rows}`,
      imported: sql`imported + ${batch.imported}`,
      heartbeat_at: batch.now,
    })
    .where('id', '=', id)
    .where('rows_done', '=', batch.from)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends a queued or running import; returns the rows its committed batches covered, or null when it had already ended. */
export async function finishCatalogImport(
  db: Db,
  id: string,
  end: {
    state: 'completed' | 'failed' | 'cancelled';
    report: unknown;
    errorCode: string | null;
    now: Date;
  },
): Promise<number | null> {
  const row = await db
    .updateTable('catalog_imports')
    .set({
      state: end.state,
      report: end.report === null ? null : JSON.stringify(end.report),
      error_code: end.errorCode,
      finished_at: end.now,
      heartbeat_at: end.now,
    })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .returning('rows_done')
    .executeTakeFirst();
  return row ? row.rows_done : null;
}

/** Imports of every tenant that have not ended, oldest first: the embedded queue forgets its jobs on restart. */
export async function listUnfinishedCatalogImports(
  db: Db,
): Promise<Pick<CatalogImportRow, 'id' | 'tenant_id' | 'state' | 'heartbeat_at' | 'error_code'>[]> {
  return db
    .selectFrom('catalog_imports')
    .select(['id', 'tenant_id', 'state', 'heartbeat_at', 'error_code'])
    .where('state', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .execute();
}

/**
 * Takes a stalled import over: touches its heartbeat only if it is still the one `seen` and the import has not
 * ended, so of two processes (or two retries) that found it stalled at once exactly one wins and queues it.
 */
export async function claimStalledCatalogImport(db: Db, id: string, seen: Date, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('catalog_imports')
    .set({ heartbeat_at: now })
    .where('id', '=', id)
    .where('state', 'in', ['queued', 'running'])
    .where('heartbeat_at', '=', seen)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Queues a failed import again, only if it is still the failed one `seen` (one retry of two wins). An
 * all-or-nothing import undid its committed batches when it failed, so it starts over; a valid-only one kept
 * them and resumes after the last.
 */
export async function requeueFailedCatalogImport(
  db: Db,
  id: string,
  seen: Date,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('catalog_imports')
    .set((eb) => ({
      state: 'queued',
      report: null,
      error_code: null,
      finished_at: null,
      heartbeat_at: now,
      rows_done: eb.case().when('mode', '=', 'all-or-nothing').then(0).else(eb.ref('rows_done')).end(),
      imported: eb.case().when('mode', '=', 'all-or-nothing').then(0).else(eb.ref('imported')).end(),
    }))
    .where('id', '=', id)
    .where('state', '=', 'failed')
    .where('heartbeat_at', '=', seen)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
