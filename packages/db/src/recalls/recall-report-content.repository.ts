import type { Db } from '../database';
import { listActiveLabelRuns } from './recall-lots.repository';

/** A recall as its report's header names it: the tenant, the notice, who started it. */
export interface RecallReportHeaderRow {
  id: string;
  number: number;
  status: string;
  drill: boolean;
  severity: string;
  notice: unknown;
  created_at: Date;
  published_at: Date | null;
  closed_at: Date | null;
  drill_seconds: number | null;
  created_by_name: string | null;
  tenant_name: string;
  tenant_address: string;
}

export async function findRecallReportHeader(
  db: Db,
  tenantId: string,
  recallId: string,
): Promise<RecallReportHeaderRow | undefined> {
  return db
    .selectFrom('recalls as c')
    .innerJoin('tenants as t', 't.id', 'c.tenant_id')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .select([
      'c.id',
      'c.number',
      'c.status',
      'c.drill',
      'c.severity',
      'c.notice',
      'c.created_at',
      'c.published_at',
      'c.closed_at',
      'c.drill_seconds',
      'u.name as created_by_name',
      't.name as tenant_name',
      't.address as tenant_address',
    ])
    .where('c.id', '=', recallId)
    .where('c.tenant_id', '=', tenantId)
    .executeTakeFirst();
}

export async function countRecallLots(db: Db, recallId: string): Promise<number> {
  const row = await db
    .selectFrom('recall_lots')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('recall_id', '=', recallId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One affected lot with its product, as the report's table lists it. */
export interface RecallReportLotRow {
  lot_id: string;
  code: string;
  product_id: string;
  product_name_vi: string;
  product_name_en: string;
  gtin: string | null;
  quantity: number;
  /** What is still in the lot: what transformations took is counted in the lots they made. */
  remaining: number;
  unit: string;
  status: string;
  seed: boolean;
  depth: number;
  from_lot_ids: string[];
  joined_later: boolean;
}

/** The recall's lots in the report's order: by product, then lot code. */
export async function listRecallReportLots(db: Db, recallId: string): Promise<RecallReportLotRow[]> {
  const rows = await db
    .selectFrom('recall_lots as rl')
    .innerJoin('lots as l', 'l.id', 'rl.lot_id')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .select([
      'l.id as lot_id',
      'l.code',
      'p.id as product_id',
      'p.name_vi as product_name_vi',
      'p.name_en as product_name_en',
      'p.gtin',
      'l.quantity',
      'l.remaining',
      'l.unit',
      'l.status',
      'rl.seed',
      'rl.depth',
      'rl.from_lot_ids',
      'rl.joined_later',
    ])
    .where('rl.recall_id', '=', recallId)
    .orderBy('p.name_vi')
    .orderBy('p.id')
    .orderBy('l.code')
    .execute();
  return rows.map((row) => ({ ...row, quantity: Number(row.quantity), remaining: Number(row.remaining) }));
}

/** A contiguous run of a lot's activated labels in one batch, with the serials printed at its ends. */
export interface RecallReportLabelRunRow {
  lot_id: string;
  batch_number: number;
  first_seq: number;
  last_seq: number;
  first_serial: string;
  last_serial: string;
}

/**
 * The activated labels of the lots as runs (gaps and islands over the print sequence): the preview's query,
 * which finds the batches through the lots' activation events (labels have no index by lot).
 */
export async function listReportLabelRuns(
  db: Db,
  lotIds: readonly string[],
): Promise<RecallReportLabelRunRow[]> {
  return (await listActiveLabelRuns(db, lotIds)).map((run) => ({
    lot_id: run.lot_id,
    batch_number: run.batch_number,
    first_seq: run.first_seq,
    last_seq: run.last_seq,
    first_serial: run.first_serial,
    last_serial: run.last_serial,
  }));
}

/** A current (not superseded) record of a lot: which stage, when, by whom. */
export interface RecallReportRecordRow {
  lot_id: string;
  stage_id: string;
  /** A job record's job (0023), else null. */
  job_id: string | null;
  process_version_id: string;
  event_time: Date;
  recorded_by_name: string | null;
}

/** The lots' current records in the order they happened; a stage's close record says nothing done, so it is left out. */
export async function listReportRecords(
  db: Db,
  tenantId: string,
  lotIds: readonly string[],
): Promise<RecallReportRecordRow[]> {
  if (lotIds.length === 0) return [];
  return db
    .selectFrom('lot_records as r')
    .leftJoin('users as u', 'u.id', 'r.recorded_by')
    .leftJoin('lot_records as c', 'c.supersedes', 'r.id')
    .select([
      'r.lot_id',
      'r.stage_id',
      'r.job_id',
      'r.process_version_id',
      'r.event_time',
      'u.name as recorded_by_name',
    ])
    .where('r.tenant_id', '=', tenantId)
    .where('r.lot_id', 'in', [...lotIds])
    .where('r.kind', '<>', 'close')
    .where('c.id', 'is', null)
    .orderBy('r.lot_id')
    .orderBy('r.event_time')
    .orderBy('r.seq')
    .execute();
}
