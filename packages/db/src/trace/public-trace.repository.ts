import { sql } from 'kysely';
import type { Db } from '../database';
import type { FileRow, LotRecordRow, LotRow, ProcessVersionRow, ProductRow, TenantRow } from '../schema';

/** A label as the public trace starts from it: its batch's tenant, its lot and the product it stands for. */
export interface TraceLabelRow {
  serial: string;
  state: string;
  changed_at: Date | null;
  batch_id: string;
  tenant_id: string;
  lot_id: string | null;
  lot_code: string | null;
  /** The lot's product once activated, else the batch's product (null for a blank batch). */
  product_id: string | null;
  /** What the batch printed before each serial: the keys its labels carry for good. */
  url_prefix: string;
}

/** One label by its serial (platform-unique), whatever the tenant: the caller checks what it asked for. */
export async function findTraceLabel(db: Db, serial: string): Promise<TraceLabelRow | undefined> {
  return db
    .selectFrom('labels as l')
    .innerJoin('label_batches as b', 'b.id', 'l.batch_id')
    .leftJoin('lots as lot', 'lot.id', 'l.lot_id')
    .select([
      'l.serial',
      'l.state',
      'l.changed_at',
      'l.batch_id',
      'b.tenant_id',
      'b.url_prefix',
      'l.lot_id',
      'lot.code as lot_code',
      sql<string | null>`coalesce(lot.product_id, b.product_id)`.as('product_id'),
    ])
    .where('l.serial', '=', serial)
    .executeTakeFirst();
}

/** The product a GTIN names on the platform (the unique index keeps it to one). */
export async function findProductByGtin(db: Db, gtin14: string): Promise<ProductRow | undefined> {
  return db.selectFrom('products').selectAll().where('gtin', '=', gtin14).executeTakeFirst();
}

export async function findProductById(db: Db, id: string): Promise<ProductRow | undefined> {
  return db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A product's lot by its code, exactly as printed (the index matches case-insensitively; the code must not). */
export async function findLotByCode(db: Db, productId: string, code: string): Promise<LotRow | undefined> {
  const rows = await db
    .selectFrom('lots')
    .selectAll()
    .where('product_id', '=', productId)
    .where(sql<string>`lower(code)`, '=', code.toLowerCase())
    .execute();
  return rows.find((row) => row.code === code);
}

/** The producer of a trace: the tenant's row and when its logo last changed (null: no logo). */
export async function findTraceProducer(
  db: Db,
  tenantId: string,
): Promise<(TenantRow & { logo_updated_at: Date | null }) | undefined> {
  return db
    .selectFrom('tenants as t')
    .leftJoin('tenant_logos as g', 'g.tenant_id', 't.id')
    .selectAll('t')
    .select('g.updated_at as logo_updated_at')
    .where('t.id', '=', tenantId)
    .executeTakeFirst();
}

/** Every genealogy link upstream of a lot, in the tenant, walked in one recursive query (depth-capped). */
export async function listUpstreamLinks(
  db: Db,
  tenantId: string,
  lotId: string,
  maxDepth: number,
): Promise<{ parent: string; child: string }[]> {
  const result = await sql<{ parent: string; child: string }>`
    WITH RECURSIVE up (parent, child, depth) AS (
      SELECT k.parent_lot_id, k.child_lot_id, 1 FROM lot_links k
      WHERE k.tenant_id = ${tenantId} AND k.child_lot_id = ${lotId}
      UNION
      SELECT k.parent_lot_id, k.child_lot_id, up.depth + 1 FROM lot_links k
      JOIN up ON k.child_lot_id = up.parent
      WHERE k.tenant_id = ${tenantId} AND up.depth < ${maxDepth}
    )
    SELECT DISTINCT parent, child FROM up ORDER BY child, parent`.execute(db);
  return result.rows;
}

/** Lots of the tenant with their product's name and shelf life, for the public trace. */
export async function listTraceLots(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<
  (LotRow & { product_name_vi: string; product_name_en: string; shelf_life_days: number | null })[]
> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('lots as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .selectAll('l')
    .select(['p.name_vi as product_name_vi', 'p.name_en as product_name_en', 'p.shelf_life_days'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.id', 'in', [...ids])
    .execute();
}

/** The current records (none superseded) of these lots, by lot then time: what a timeline shows. */
export async function listCurrentRecordsOfLots(
  db: Db,
  tenantId: string,
  lotIds: readonly string[],
): Promise<LotRecordRow[]> {
  if (lotIds.length === 0) return [];
  return db
    .selectFrom('lot_records as r')
    .selectAll('r')
    .where('r.tenant_id', '=', tenantId)
    .where('r.lot_id', 'in', [...lotIds])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('lot_records as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    )
    .orderBy('r.lot_id')
    .orderBy('r.event_time')
    .orderBy('r.seq')
    .execute();
}

export async function listProcessVersionsById(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<ProcessVersionRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('process_versions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .execute();
}

/** The public files among `ids` in the tenant; a private or foreign one is left out. */
export async function listPublicFiles(db: Db, tenantId: string, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('files')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('public', '=', true)
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * Marks the tenant's files public (a record shows them on its consumer page). Every named row is written, public
 * already or not: the write waits for a correction making one private (markPhotosPrivate) and lands after it.
 */
export async function markFilesPublic(db: Db, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('files')
    .set({ public: true })
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * Makes record photos private again (a correction no longer shows them), except those another current record of
 * the tenant still names, in any field (the corrected record is left out: its correction replaces it in this
 * transaction). The rows are locked first, so the check that follows (a statement of its own) sees every record
 * that made them public and committed meanwhile. Reads the tenant's current records: a correction dropping a
 * public photo is rare.
 */
export async function markPhotosPrivate(
  db: Db,
  tenantId: string,
  ids: readonly string[],
  corrected: { recordId: string },
): Promise<void> {
  if (ids.length === 0) return;
  await sql`SELECT id FROM files WHERE tenant_id = ${tenantId} AND id = ANY(${[...ids]}::uuid[]) FOR UPDATE`.execute(
    db,
  );
  await sql`
    UPDATE files f SET public = false
    WHERE f.tenant_id = ${tenantId} AND f.id = ANY(${[...ids]}::uuid[]) AND f.purpose = 'photo' AND f.public
      AND NOT EXISTS (
        SELECT 1 FROM lot_records r
        WHERE r.tenant_id = ${tenantId} AND r.id <> ${corrected.recordId}
          AND NOT EXISTS (SELECT 1 FROM lot_records c WHERE c.supersedes = r.id)
          AND strpos(r.data::text, f.id::text) > 0)`.execute(db);
}
