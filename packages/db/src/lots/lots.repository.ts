import { type Insertable, sql } from 'kysely';
import type { Db } from '../database';
import type { LotRow, LotsTable, ProcessVersionRow } from '../schema';

/** A lot with what every view of it shows: its product's name and its pinned version's number. */
export interface LotWithNames extends LotRow {
  product_name_vi: string;
  product_name_en: string;
  version_number: number;
}

function selectLots(db: Db, tenantId: string) {
  return db
    .selectFrom('lots as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .innerJoin('process_versions as v', 'v.id', 'l.process_version_id')
    .selectAll('l')
    .select(['p.name_vi as product_name_vi', 'p.name_en as product_name_en', 'v.number as version_number'])
    .where('l.tenant_id', '=', tenantId);
}

export async function findLot(db: Db, tenantId: string, id: string): Promise<LotWithNames | undefined> {
  return selectLots(db, tenantId).where('l.id', '=', id).executeTakeFirst();
}

export async function findLots(db: Db, tenantId: string, ids: readonly string[]): Promise<LotWithNames[]> {
  if (ids.length === 0) return [];
  return selectLots(db, tenantId)
    .where('l.id', 'in', [...ids])
    .execute();
}

/** Locks the tenant's lots with these ids (in id order, so two writers cannot deadlock); missing ids are left out. */
export async function lockLots(db: Db, tenantId: string, ids: readonly string[]): Promise<LotRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('lots')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}

export interface LotQuery {
  tenantId: string;
  /** Part of a lot code, matched case-insensitively. */
  code?: string;
  productId?: string;
  status?: string;
  offset: number;
  limit: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchLots(db: Db, query: LotQuery): Promise<{ rows: LotWithNames[]; total: number }> {
  let base = selectLots(db, query.tenantId);
  if (query.code)
    base = base.where(sql<string>`lower(l.code)`, 'like', likePattern(query.code.toLowerCase()));
  if (query.productId) base = base.where('l.product_id', '=', query.productId);
  if (query.status) base = base.where('l.status', '=', query.status);
  const [rows, count] = await Promise.all([
    base.orderBy('l.created_at', 'desc').orderBy('l.id').offset(query.offset).limit(query.limit).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every lot still in progress, oldest first, for the work list. */
export async function listOpenLots(
  db: Db,
  query: { tenantId: string; code?: string; productId?: string; limit: number },
): Promise<LotWithNames[]> {
  let base = selectLots(db, query.tenantId).where('l.status', '=', 'in_progress');
  if (query.code)
    base = base.where(sql<string>`lower(l.code)`, 'like', likePattern(query.code.toLowerCase()));
  if (query.productId) base = base.where('l.product_id', '=', query.productId);
  return base.orderBy('l.created_at').orderBy('l.id').limit(query.limit).execute();
}

export async function insertLot(db: Db, lot: Insertable<LotsTable>): Promise<void> {
  await db.insertInto('lots').values(lot).execute();
}

/** Moves a lot's chain head (and what it has left, and its status) after records were appended. */
export async function updateLotHead(
  db: Db,
  lot: { id: string; recordCount: number; headHash: string; remaining: number; status: string },
): Promise<void> {
  await db
    .updateTable('lots')
    .set({
      record_count: lot.recordCount,
      head_hash: lot.headHash,
      remaining: lot.remaining,
      status: lot.status,
    })
    .where('id', '=', lot.id)
    .execute();
}

/** The lot's recorded quantity (null: none counts any more) and what it has left after it. */
export async function updateLotRecordedQuantity(
  db: Db,
  lotId: string,
  change: {
    remaining: number;
    recorded: { quantity: number; at: Date; stageId: string; recordId: string } | null;
  },
): Promise<void> {
  const { recorded } = change;
  await db
    .updateTable('lots')
    .set({
      remaining: change.remaining,
      recorded_quantity: recorded?.quantity ?? null,
      recorded_at: recorded?.at ?? null,
      recorded_stage_id: recorded?.stageId ?? null,
      recorded_by_record: recorded?.recordId ?? null,
    })
    .where('id', '=', lotId)
    .execute();
}

/** Takes the product's next lot sequence number (the row lock serialises concurrent takers). */
export async function nextLotSeq(db: Db, tenantId: string, productId: string): Promise<number> {
  const row = await db
    .updateTable('products')
    .set((eb) => ({ lot_seq: eb('lot_seq', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', productId)
    .returning('lot_seq')
    .executeTakeFirstOrThrow();
  return row.lot_seq;
}

export async function latestProcessVersion(
  db: Db,
  tenantId: string,
  processId: string,
): Promise<ProcessVersionRow | undefined> {
  return db
    .selectFrom('process_versions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('process_id', '=', processId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findProcessVersionById(
  db: Db,
  tenantId: string,
  id: string,
): Promise<ProcessVersionRow | undefined> {
  return db
    .selectFrom('process_versions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every lot of a tenant (or all tenants) with its chain head, in pages by id, for verification. */
export async function listLotHeads(
  db: Db,
  query: { tenantId: string | null; afterId: string | null; limit: number },
): Promise<Pick<LotRow, 'id' | 'tenant_id' | 'code' | 'record_count' | 'head_hash'>[]> {
  let base = db.selectFrom('lots').select(['id', 'tenant_id', 'code', 'record_count', 'head_hash']);
  if (query.tenantId) base = base.where('tenant_id', '=', query.tenantId);
  if (query.afterId) base = base.where('id', '>', query.afterId);
  return base.orderBy('id').limit(query.limit).execute();
}

export async function lotCodeExists(db: Db, productId: string, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('lots')
    .select('id')
    .where('product_id', '=', productId)
    .where(sql<string>`lower(code)`, '=', code.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}
