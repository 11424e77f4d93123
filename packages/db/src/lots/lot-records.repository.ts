import { type Insertable, sql } from 'kysely';
import type { Db } from '../database';
import type { LotRecordRow, LotRecordsTable } from '../schema';

export interface LotRecordWithNames extends LotRecordRow {
  recorded_by_name: string | null;
  version_number: number;
  superseded_by: string | null;
  yield_percent: number | null;
  yield_flag: string | null;
}

export async function insertLotRecords(db: Db, records: Insertable<LotRecordsTable>[]): Promise<void> {
  if (records.length === 0) return;
  await db.insertInto('lot_records').values(records).execute();
}

/** Which catalog items each stored record names ("every lot that used fertiliser batch F"). */
export async function insertRecordCatalogItems(
  db: Db,
  rows: readonly { record_id: string; item_id: string; lot_id: string; tenant_id: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('record_catalog_items')
    .values([...rows])
    .onConflict((oc) => oc.doNothing())
    .execute();
}

function selectRecords(db: Db, tenantId: string) {
  return db
    .selectFrom('lot_records as r')
    .innerJoin('process_versions as v', 'v.id', 'r.process_version_id')
    .leftJoin('users as u', 'u.id', 'r.recorded_by')
    .leftJoin('lot_records as c', 'c.supersedes', 'r.id')
    .leftJoin('transformations as t', (join) => join.on(sql`t.id::text`, '=', sql`r.transformation->>'id'`))
    .selectAll('r')
    .select([
      'u.name as recorded_by_name',
      'v.number as version_number',
      'c.id as superseded_by',
      't.yield_percent',
      't.yield_flag',
    ])
    .where('r.tenant_id', '=', tenantId);
}

/** A lot's records oldest first, with who recorded them and which correction replaced them. */
export async function listLotRecords(db: Db, tenantId: string, lotId: string): Promise<LotRecordWithNames[]> {
  return selectRecords(db, tenantId).where('r.lot_id', '=', lotId).orderBy('r.seq').execute();
}

export async function findLotRecord(
  db: Db,
  tenantId: string,
  lotId: string,
  id: string,
): Promise<LotRecordWithNames | undefined> {
  return selectRecords(db, tenantId).where('r.lot_id', '=', lotId).where('r.id', '=', id).executeTakeFirst();
}

/** Current (not superseded) stage records per lot and stage: what the availability rules count. */
export async function countCurrentStageRecords(
  db: Db,
  tenantId: string,
  lotIds: readonly string[],
): Promise<{ lot_id: string; stage_id: string; n: number }[]> {
  if (lotIds.length === 0) return [];
  const rows = await db
    .selectFrom('lot_records as r')
    .select(['r.lot_id', 'r.stage_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('r.tenant_id', '=', tenantId)
    .where('r.lot_id', 'in', [...lotIds])
    .where('r.kind', '=', 'stage')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('lot_records as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    )
    .groupBy(['r.lot_id', 'r.stage_id'])
    .execute();
  return rows.map((row) => ({ lot_id: row.lot_id, stage_id: row.stage_id, n: Number(row.n) }));
}

/** A lot's current (not superseded) records of one stage, the latest done first (event time, then order). */
export async function listCurrentRecordsOfStage(
  db: Db,
  tenantId: string,
  lotId: string,
  stageId: string,
): Promise<Pick<LotRecordRow, 'id' | 'data' | 'event_time'>[]> {
  return db
    .selectFrom('lot_records as r')
    .select(['r.id', 'r.data', 'r.event_time'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.lot_id', '=', lotId)
    .where('r.kind', '=', 'stage')
    .where('r.stage_id', '=', stageId)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('lot_records as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    )
    .orderBy('r.event_time', 'desc')
    .orderBy('r.seq', 'desc')
    .execute();
}

/** The records of these lots in chain order, for recomputing their hashes. */
export async function listChainRecords(db: Db, lotIds: readonly string[]): Promise<LotRecordRow[]> {
  if (lotIds.length === 0) return [];
  return db
    .selectFrom('lot_records')
    .selectAll()
    .where('lot_id', 'in', [...lotIds])
    .orderBy('lot_id')
    .orderBy('seq')
    .execute();
}
