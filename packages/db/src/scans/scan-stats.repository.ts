import { sql } from 'kysely';
import type { Db } from '../database';
import type { ScanLabelRow } from '../schema';

/** Days are Vietnamese calendar days (YYYY-MM-DD), both ends included. */
export interface ScanDayRange {
  tenantId: string;
  fromDay: string;
  toDay: string;
}

const dayText = sql<string>`to_char(day, 'YYYY-MM-DD')`;

/** Scans per day of the range; days without scans are absent. */
export async function scanDayTotals(db: Db, range: ScanDayRange): Promise<{ day: string; scans: number }[]> {
  const rows = await db
    .selectFrom('scan_days')
    .select([dayText.as('day'), sql<string>`sum(scans)`.as('scans')])
    .where('tenant_id', '=', range.tenantId)
    .where('day', '>=', range.fromDay)
    .where('day', '<=', range.toDay)
    .groupBy('day')
    .orderBy('day')
    .execute();
  return rows.map((row) => ({ day: row.day, scans: Number(row.scans) }));
}

export interface ProductScanRow {
  productId: string | null;
  nameVi: string | null;
  nameEn: string | null;
  scans: number;
}

/** Scans per product of the range, most scanned first (null: labels not yet bound to a product). */
export async function scansByProduct(db: Db, range: ScanDayRange): Promise<ProductScanRow[]> {
  const rows = await db
    .selectFrom('scan_days as d')
    .leftJoin('products as p', (join) =>
      join.onRef('p.id', '=', 'd.product_id').onRef('p.tenant_id', '=', 'd.tenant_id'),
    )
    .select(['d.product_id', 'p.name_vi', 'p.name_en', sql<string>`sum(d.scans)`.as('scans')])
    .where('d.tenant_id', '=', range.tenantId)
    .where('d.day', '>=', range.fromDay)
    .where('d.day', '<=', range.toDay)
    .groupBy(['d.product_id', 'p.name_vi', 'p.name_en'])
    .orderBy(sql`sum(d.scans)`, 'desc')
    .orderBy('d.product_id')
    .limit(500)
    .execute();
  return rows.map((row) => ({
    productId: row.product_id,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    scans: Number(row.scans),
  }));
}

export interface LotScanRow {
  lotId: string;
  code: string | null;
  productId: string | null;
  scans: number;
}

/** Scans per lot of the range, most scanned first (labels bound to a lot only). */
export async function scansByLot(db: Db, range: ScanDayRange, limit: number): Promise<LotScanRow[]> {
  const rows = await db
    .selectFrom('scan_days as d')
    .leftJoin('lots as l', (join) =>
      join.onRef('l.id', '=', 'd.lot_id').onRef('l.tenant_id', '=', 'd.tenant_id'),
    )
    .select(['d.lot_id', 'l.code', 'd.product_id', sql<string>`sum(d.scans)`.as('scans')])
    .where('d.tenant_id', '=', range.tenantId)
    .where('d.day', '>=', range.fromDay)
    .where('d.day', '<=', range.toDay)
    .where('d.lot_id', 'is not', null)
    .groupBy(['d.lot_id', 'l.code', 'd.product_id'])
    .orderBy(sql`sum(d.scans)`, 'desc')
    .orderBy('d.lot_id')
    .limit(limit)
    .execute();
  return rows.flatMap((row) =>
    row.lot_id === null
      ? []
      : [{ lotId: row.lot_id, code: row.code, productId: row.product_id, scans: Number(row.scans) }],
  );
}

export interface TopLabelRow extends ScanLabelRow {
  period_scans: string;
}

/**
 * The labels scanned most in [start, end), with their all-time figures. Reads the raw scans of the period
 * through scans_tenant_at_idx: fine for a co-op's volumes; a per-label daily roll-up is the next step if not.
 */
export async function topScannedLabels(
  db: Db,
  range: { tenantId: string; start: Date; end: Date },
  limit: number,
): Promise<TopLabelRow[]> {
  return db
    .with('top', (qb) =>
      qb
        .selectFrom('scans')
        .select(['label_serial', sql<string>`count(*)`.as('period_scans')])
        .where('tenant_id', '=', range.tenantId)
        .where('at', '>=', range.start)
        .where('at', '<', range.end)
        .where('repeat', '=', false)
        .groupBy('label_serial')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('label_serial')
        .limit(limit),
    )
    .selectFrom('top')
    .innerJoin('scan_labels as l', 'l.label_serial', 'top.label_serial')
    .selectAll('l')
    .select('top.period_scans')
    .where('l.tenant_id', '=', range.tenantId)
    .orderBy(sql`top.period_scans::bigint`, 'desc')
    .orderBy('l.label_serial')
    .execute();
}

/** The tenant's flagged labels, last scanned first. */
export async function flaggedScanLabels(db: Db, tenantId: string, limit: number): Promise<ScanLabelRow[]> {
  return db
    .selectFrom('scan_labels')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('count_flagged_at', 'is not', null), eb('spread_flagged_at', 'is not', null)]))
    .orderBy('last_at', 'desc')
    .orderBy('label_serial')
    .limit(limit)
    .execute();
}

export interface ExportScanRow {
  id: string;
  at: Date;
  label_serial: string;
  product_id: string | null;
  lot_id: string | null;
  product_name: string | null;
  lot_code: string | null;
  browser: string;
  language: string;
  region: string | null;
  network_hash: string;
  repeat: boolean;
}

/** One page of the tenant's scans in [start, end) in time order, after the row `after` (keyset paging). */
export async function scanExportPage(
  db: Db,
  range: { tenantId: string; start: Date; end: Date },
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<ExportScanRow[]> {
  let query = db
    .selectFrom('scans as s')
    .leftJoin('products as p', (join) =>
      join.onRef('p.id', '=', 's.product_id').onRef('p.tenant_id', '=', 's.tenant_id'),
    )
    .leftJoin('lots as l', (join) =>
      join.onRef('l.id', '=', 's.lot_id').onRef('l.tenant_id', '=', 's.tenant_id'),
    )
    .select([
      sql<string>`s.id::text`.as('id'),
      's.at',
      's.label_serial',
      's.product_id',
      's.lot_id',
      'p.name_vi as product_name',
      'l.code as lot_code',
      's.browser',
      's.language',
      's.region',
      's.network_hash',
      's.repeat',
    ])
    .where('s.tenant_id', '=', range.tenantId)
    .where('s.at', '>=', range.start)
    .where('s.at', '<', range.end);
  if (after)
    query = query.where((eb) =>
      eb.or([eb('s.at', '>', after.at), eb.and([eb('s.at', '=', after.at), eb('s.id', '>', after.id)])]),
    );
  return query.orderBy('s.at').orderBy('s.id').limit(limit).execute();
}

/** Names of the tenant's products among `ids` (other tenants' ids find nothing). */
export async function productNamesOf(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, { vi: string; en: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('products')
    .select(['id', 'name_vi', 'name_en'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, { vi: row.name_vi, en: row.name_en }]));
}

/** Codes of the tenant's lots among `ids`. */
export async function lotCodesOf(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('lots')
    .select(['id', 'code'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.code]));
}
