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

/**
 * Current (not superseded) stage and close records per lot, stage and job (null for a record of a stage without
 * jobs, and for close records), with the latest event time of each: what the availability rules count.
 */
export async function countCurrentStageRecords(
  db: Db,
  tenantId: string,
  lotIds: readonly string[],
): Promise<
  {
    lot_id: string;
    kind: 'stage' | 'close';
    stage_id: string;
    job_id: string | null;
    n: number;
    last: Date;
  }[]
> {
  if (lotIds.length === 0) return [];
  const rows = await db
    .selectFrom('lot_records as r')
    .select(['r.lot_id', 'r.kind', 'r.stage_id', 'r.job_id', (eb) => eb.fn.countAll<string>().as('n')])
    .select((eb) => eb.fn.max('r.event_time').as('last'))
    .where('r.tenant_id', '=', tenantId)
    .where('r.lot_id', 'in', [...lotIds])
    .where('r.kind', 'in', ['stage', 'close'])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('lot_records as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    )
    .groupBy(['r.lot_id', 'r.kind', 'r.stage_id', 'r.job_id'])
    .execute();
  return rows.map((row) => ({
    lot_id: row.lot_id,
    kind: row.kind === 'close' ? 'close' : 'stage',
    stage_id: row.stage_id,
    job_id: row.job_id,
    n: Number(row.n),
    last: new Date(row.last),
  }));
}

/**
 * The lot's latest current record of each of these jobs (any stage): what waiting periods count from.
 * `except` leaves out a record being corrected.
 */
export async function listLatestJobRecords(
  db: Db,
  tenantId: string,
  lotId: string,
  jobIds: readonly string[],
  except: string | null = null,
): Promise<Pick<LotRecordRow, 'id' | 'stage_id' | 'job_id' | 'data' | 'event_time'>[]> {
  if (jobIds.length === 0) return [];
  let query = db
    .selectFrom('lot_records as r')
    .distinctOn('r.job_id')
    .select(['r.id', 'r.stage_id', 'r.job_id', 'r.data', 'r.event_time'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.lot_id', '=', lotId)
    .where('r.job_id', 'in', [...jobIds])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('lot_records as c').select('c.id').whereRef('c.supersedes', '=', 'r.id'))),
    );
  if (except !== null) query = query.where('r.id', '<>', except);
  return query.orderBy('r.job_id').orderBy('r.event_time', 'desc').orderBy('r.seq', 'desc').execute();
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
