import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../database';
import type { TenantJobListing } from '../jobs/tenant-job-listing';
import type { LabelBatchesTable, LabelBatchRow } from '../schema';

/** A batch with the names every view of it shows. */
export interface LabelBatchWithNames extends LabelBatchRow {
  product_name_vi: string | null;
  product_name_en: string | null;
  lot_code: string | null;
  creator_name: string | null;
}

function selectBatches(db: Db) {
  return db
    .selectFrom('label_batches as b')
    .leftJoin('products as p', 'p.id', 'b.product_id')
    .leftJoin('lots as l', 'l.id', 'b.lot_id')
    .leftJoin('users as u', 'u.id', 'b.created_by')
    .selectAll('b')
    .select([
      'p.name_vi as product_name_vi',
      'p.name_en as product_name_en',
      'l.code as lot_code',
      'u.name as creator_name',
    ]);
}

export async function findLabelBatch(
  db: Db,
  tenantId: string,
  id: string,
): Promise<LabelBatchWithNames | undefined> {
  return selectBatches(db).where('b.tenant_id', '=', tenantId).where('b.id', '=', id).executeTakeFirst();
}

/** For jobs, which carry only the batch id: the batch with its names, whoever's it is. */
export async function findLabelBatchWithNamesById(
  db: Db,
  id: string,
): Promise<LabelBatchWithNames | undefined> {
  return selectBatches(db).where('b.id', '=', id).executeTakeFirst();
}

/** For jobs, which carry only the batch id: the batch row, whoever's it is. */
export async function findLabelBatchById(db: Db, id: string): Promise<LabelBatchRow | undefined> {
  return db.selectFrom('label_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks a batch row inside the caller's transaction: chunk jobs and cancel serialise on it. */
export async function lockLabelBatch(db: Db, id: string): Promise<LabelBatchRow | undefined> {
  return db.selectFrom('label_batches').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * The next batch number of a tenant, inside the caller's transaction. Locking the tenant row (NO KEY, so rows
 * that reference the tenant can still be written) makes concurrent orders take 1, 2, 3… without a gap or clash.
 */
export async function nextLabelBatchNumber(db: Db, tenantId: string): Promise<number> {
  await db.selectFrom('tenants').select('id').where('id', '=', tenantId).forNoKeyUpdate().execute();
  const row = await db
    .selectFrom('label_batches')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

export async function insertLabelBatch(db: Db, batch: Insertable<LabelBatchesTable>): Promise<void> {
  await db.insertInto('label_batches').values(batch).execute();
}

export async function updateLabelBatch(
  db: Db,
  id: string,
  patch: Updateable<LabelBatchesTable>,
): Promise<LabelBatchRow | undefined> {
  return db.updateTable('label_batches').set(patch).where('id', '=', id).returningAll().executeTakeFirst();
}

/** Changes a batch only while it is in one of `states`: a cancel committed meanwhile is never overwritten. */
export async function updateLabelBatchIn(
  db: Db,
  id: string,
  states: readonly string[],
  patch: Updateable<LabelBatchesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('label_batches')
    .set(patch)
    .where('id', '=', id)
    .where('state', 'in', [...states])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Updates a batch's PDF columns unless its PDF is ready: a second render of the same batch (a retry of a PDF
 * that only looked stalled) may fail or report pages after the first stored the file, and must not undo it.
 */
export async function updateLabelPdfUnlessReady(
  db: Db,
  id: string,
  patch: Updateable<LabelBatchesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('label_batches')
    .set(patch)
    .where('id', '=', id)
    .where('pdf_state', '<>', 'ready')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Takes a stalled batch over: touches its heartbeat only if it is still the one `seen`, so of two processes
 * that found it stalled at once exactly one wins and queues it again.
 */
export async function claimStalledLabelBatch(db: Db, id: string, seen: Date, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('label_batches')
    .set({ heartbeat_at: now })
    .where('id', '=', id)
    .where('heartbeat_at', '=', seen)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Counts a stored chunk, a heartbeat of the batch; the row says whether the batch is now complete. */
export async function addGeneratedLabels(
  db: Db,
  id: string,
  count: number,
  now: Date,
): Promise<LabelBatchRow> {
  return db
    .updateTable('label_batches')
    .set((eb) => ({ generated: eb('generated', '+', count), heartbeat_at: now }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface LabelBatchQuery {
  tenantId: string;
  state?: string;
  productId?: string;
  offset: number;
  limit: number;
}

export async function searchLabelBatches(
  db: Db,
  query: LabelBatchQuery,
): Promise<{ rows: LabelBatchWithNames[]; total: number }> {
  let base = selectBatches(db).where('b.tenant_id', '=', query.tenantId);
  if (query.state) base = base.where('b.state', '=', query.state);
  if (query.productId) base = base.where('b.product_id', '=', query.productId);
  const [rows, count] = await Promise.all([
    base
      .orderBy('b.created_at', 'desc')
      .orderBy('b.number', 'desc')
      .offset(query.offset)
      .limit(query.limit)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Batches whose labels or PDF are still to be made, of every tenant: what a restart must take up again. */
export async function listUnfinishedLabelBatches(
  db: Db,
): Promise<Pick<LabelBatchRow, 'id' | 'state' | 'pdf_state' | 'heartbeat_at'>[]> {
  return db
    .selectFrom('label_batches')
    .select(['id', 'state', 'pdf_state', 'heartbeat_at'])
    .where((eb) =>
      eb.or([
        eb('state', 'in', ['queued', 'running']),
        eb.and([eb('state', '=', 'completed'), eb('pdf_state', 'in', ['queued', 'running'])]),
      ]),
    )
    .orderBy('created_at')
    .execute();
}

/** A tenant's batches as its jobs page lists them: newest first, before a cursor, optionally one person's. */
export async function listLabelBatchJobs(db: Db, query: TenantJobListing): Promise<LabelBatchWithNames[]> {
  let base = selectBatches(db).where('b.tenant_id', '=', query.tenantId);
  if (query.createdBy !== null) base = base.where('b.created_by', '=', query.createdBy);
  const before = query.before;
  if (before) base = base.where(sql<boolean>`(b.created_at, b.id) < (${before.createdAt}, ${before.id})`);
  return base.orderBy('b.created_at', 'desc').orderBy('b.id', 'desc').limit(query.limit).execute();
}
