import { sql } from 'kysely';
import { copyIn } from '../copy/copy-in';
import type { Db } from '../database';
import type { ScanLabelRow, ScanSettingsRow } from '../schema';

/** One scan as the ledger buffers it (labelSerial: the label's id). */
export interface NewScan {
  tenantId: string;
  labelSerial: string;
  productId: string | null;
  lotId: string | null;
  at: Date;
  networkHash: string;
  browser: string;
  language: string;
  region: string | null;
  /** A reload from a network the label counted less than 30 minutes ago: logged, counted nowhere. */
  repeat: boolean;
}

/** Scans to add to one day's roll-up row. */
export interface ScanDayAddition {
  tenantId: string;
  /** YYYY-MM-DD, Vietnamese calendar day. */
  day: string;
  productId: string | null;
  lotId: string | null;
  scans: number;
}

/** What one flush adds to a label's figures; flags are kept from the first time they were set. */
export interface ScanLabelAddition {
  labelSerial: string;
  tenantId: string;
  productId: string | null;
  lotId: string | null;
  scans: number;
  firstAt: Date;
  lastAt: Date;
  countFlag: { at: Date; threshold: number } | null;
  spreadFlag: { at: Date; networks: number; regions: number; hours: number } | null;
}

// 10 parameters a row: 1,000 rows stay far below PostgreSQL's 65,535 bind parameters.
const insertChunkRows = 1000;

/** Appends scans with multi-row inserts. */
/** Characters COPY's text format would read as a separator, an escape or a null: such a batch takes INSERT. */
const copyUnsafe = /[\t\n\r\\]/;

const copyField = (value: string | null) => (value === null ? '\\N' : value);

/**
 * Stores a batch of scans: by COPY (the scan ledger writes thousands a second under a viral post), or by
 * INSERT when a value holds a character COPY's text format would misread.
 */
export async function insertScans(db: Db, scans: readonly NewScan[]): Promise<void> {
  if (scans.length === 0) return;
  let rows = '';
  for (const scan of scans) {
    const fields = [
      scan.tenantId,
      scan.labelSerial,
      scan.productId,
      scan.lotId,
      scan.at.toISOString(),
      scan.networkHash,
      scan.browser,
      scan.language,
      scan.region,
      scan.repeat ? 't' : 'f',
    ];
    if (fields.some((field) => field !== null && (field === '\\N' || copyUnsafe.test(field))))
      return insertScansByValues(db, scans);
    rows += `${fields.map(copyField).join('\t')}\n`;
  }
  await copyIn(
    db,
    'COPY scans (tenant_id, label_serial, product_id, lot_id, at, network_hash, browser, language, region, repeat) FROM STDIN',
    rows,
  );
}

async function insertScansByValues(db: Db, scans: readonly NewScan[]): Promise<void> {
  for (let at = 0; at < scans.length; at += insertChunkRows) {
    await db
      .insertInto('scans')
      .values(
        scans.slice(at, at + insertChunkRows).map((scan) => ({
          tenant_id: scan.tenantId,
          label_serial: scan.labelSerial,
          product_id: scan.productId,
          lot_id: scan.lotId,
          at: scan.at,
          network_hash: scan.networkHash,
          browser: scan.browser,
          language: scan.language,
          region: scan.region,
          repeat: scan.repeat,
        })),
      )
      .execute();
  }
}

const dayKey = (row: ScanDayAddition) =>
  `${row.tenantId}|${row.day}|${row.productId ?? ''}|${row.lotId ?? ''}`;

/**
 * Adds to the daily roll-ups; rows are locked in key order so two replicas flushing at once cannot deadlock.
 * One key may appear once only (the caller sums first).
 */
export async function addScanDays(db: Db, rows: readonly ScanDayAddition[]): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (dayKey(a) < dayKey(b) ? -1 : 1));
  await db
    .insertInto('scan_days')
    .values(
      sorted.map((row) => ({
        tenant_id: row.tenantId,
        day: row.day,
        product_id: row.productId,
        lot_id: row.lotId,
        scans: row.scans,
      })),
    )
    .onConflict((oc) =>
      oc.constraint('scan_days_key').doUpdateSet({ scans: sql`scan_days.scans + excluded.scans` }),
    )
    .execute();
}

/** Adds to labels' figures (additive, so replicas may each add theirs); flags keep their first time and reason. */
export async function addScanLabelFigures(db: Db, rows: readonly ScanLabelAddition[]): Promise<void> {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (a.labelSerial < b.labelSerial ? -1 : 1));
  await db
    .insertInto('scan_labels')
    .values(
      sorted.map((row) => ({
        label_serial: row.labelSerial,
        tenant_id: row.tenantId,
        product_id: row.productId,
        lot_id: row.lotId,
        scans: row.scans,
        first_at: row.firstAt,
        last_at: row.lastAt,
        count_flagged_at: row.countFlag?.at ?? null,
        count_threshold: row.countFlag?.threshold ?? null,
        spread_flagged_at: row.spreadFlag?.at ?? null,
        spread_networks: row.spreadFlag?.networks ?? null,
        spread_regions: row.spreadFlag?.regions ?? null,
        spread_hours: row.spreadFlag?.hours ?? null,
      })),
    )
    .onConflict((oc) =>
      oc.column('label_serial').doUpdateSet({
        scans: sql`scan_labels.scans + excluded.scans`,
        product_id: sql`COALESCE(excluded.product_id, scan_labels.product_id)`,
        lot_id: sql`COALESCE(excluded.lot_id, scan_labels.lot_id)`,
        first_at: sql`LEAST(scan_labels.first_at, excluded.first_at)`,
        last_at: sql`GREATEST(scan_labels.last_at, excluded.last_at)`,
        count_flagged_at: sql`COALESCE(scan_labels.count_flagged_at, excluded.count_flagged_at)`,
        count_threshold: sql`CASE WHEN scan_labels.count_flagged_at IS NULL THEN excluded.count_threshold
          ELSE scan_labels.count_threshold END`,
        spread_flagged_at: sql`COALESCE(scan_labels.spread_flagged_at, excluded.spread_flagged_at)`,
        spread_networks: sql`CASE WHEN scan_labels.spread_flagged_at IS NULL THEN excluded.spread_networks
          ELSE scan_labels.spread_networks END`,
        spread_regions: sql`CASE WHEN scan_labels.spread_flagged_at IS NULL THEN excluded.spread_regions
          ELSE scan_labels.spread_regions END`,
        spread_hours: sql`CASE WHEN scan_labels.spread_flagged_at IS NULL THEN excluded.spread_hours
          ELSE scan_labels.spread_hours END`,
      }),
    )
    .execute();
}

/** A label's stored figures, of the tenant's labels only. */
export async function findScanLabel(
  db: Db,
  tenantId: string,
  labelSerial: string,
): Promise<ScanLabelRow | undefined> {
  return db
    .selectFrom('scan_labels')
    .selectAll()
    .where('label_serial', '=', labelSerial)
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
}

export interface RecentScanRow {
  at: Date;
  network_hash: string;
  region: string | null;
}

/** A label's latest counted scans (repeats left out) after `since`, newest first, at most `limit` (the ledger's spread window). */
export async function listRecentScans(
  db: Db,
  labelSerial: string,
  since: Date,
  limit: number,
): Promise<RecentScanRow[]> {
  return db
    .selectFrom('scans')
    .select(['at', 'network_hash', 'region'])
    .where('label_serial', '=', labelSerial)
    .where('repeat', '=', false)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
}

export async function findScanSettings(db: Db, tenantId: string): Promise<ScanSettingsRow | undefined> {
  return db.selectFrom('scan_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

export interface ScanSettingsColumns {
  count_threshold: number;
  spread_networks: number;
  spread_regions: number;
  spread_hours: number;
}

export async function saveScanSettings(
  db: Db,
  settings: { tenantId: string; columns: ScanSettingsColumns; by: string; now: Date },
): Promise<ScanSettingsRow> {
  const values = { ...settings.columns, updated_by: settings.by, updated_at: settings.now };
  return db
    .insertInto('scan_settings')
    .values({ tenant_id: settings.tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}
