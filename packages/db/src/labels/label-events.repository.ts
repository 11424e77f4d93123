import { type Insertable, sql } from 'kysely';
import type { Db } from '../database';
import type { LabelBatchRow, LabelEventsTable } from '../schema';

/** A contiguous run of print sequence numbers of one batch, as the runs below take them. */
export interface LabelRunRef {
  batchId: string;
  firstSeq: number;
  lastSeq: number;
}

export interface TenantLabel {
  serial: string;
  batch_id: string;
  seq: number;
  state: string;
}

/** The runs as a table for a join: one parameter per column, however many runs there are. */
function runsTable(runs: readonly LabelRunRef[]) {
  const batchIds = runs.map((run) => run.batchId);
  const firstSeqs = runs.map((run) => run.firstSeq);
  const lastSeqs = runs.map((run) => run.lastSeq);
  return sql`unnest(${batchIds}::uuid[], ${firstSeqs}::int[], ${lastSeqs}::int[]) AS r(batch_id, first_seq, last_seq)`;
}

/** The tenant's batches by id, locked in id order: changes to one batch's labels go one at a time. */
export async function lockLabelBatches(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<LabelBatchRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('label_batches')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Those of the serials that are the tenant's labels; an unknown serial and another tenant's are both absent. */
export async function findTenantLabels(
  db: Db,
  tenantId: string,
  serials: readonly string[],
): Promise<TenantLabel[]> {
  if (serials.length === 0) return [];
  return db
    .selectFrom('labels as l')
    .innerJoin('label_batches as b', 'b.id', 'l.batch_id')
    .select(['l.serial', 'l.batch_id', 'l.seq', 'l.state'])
    .where('b.tenant_id', '=', tenantId)
    .where('l.serial', '=', sql<string>`ANY(${[...serials]}::text[])`)
    .execute();
}

export interface LabelStateGroup {
  state: string;
  /** How many labels of the runs are in this state. */
  n: number;
  /** The first of them in batch and print order. */
  serial: string;
  seq: number;
  batch_id: string;
}

/** The labels of the runs whose state is not one of `allowed`, grouped by state: nothing when all may change. */
export async function findLabelsOutsideStates(
  db: Db,
  runs: readonly LabelRunRef[],
  allowed: readonly string[],
): Promise<LabelStateGroup[]> {
  if (runs.length === 0) return [];
  const { rows } = await sql<LabelStateGroup>`
    SELECT DISTINCT ON (l.state) l.state, l.serial, l.seq, l.batch_id,
      (count(*) OVER (PARTITION BY l.state))::int AS n
    FROM ${runsTable(runs)}
    JOIN labels l ON l.batch_id = r.batch_id AND l.seq BETWEEN r.first_seq AND r.last_seq
    WHERE l.state <> ALL(${[...allowed]}::text[])
    ORDER BY l.state, l.batch_id, l.seq`.execute(db);
  return rows;
}

/** Moves the labels of the runs (those in an allowed state) to a state, binding a lot when given; answers how many. */
export async function changeLabelRuns(
  db: Db,
  runs: readonly LabelRunRef[],
  change: { from: readonly string[]; to: string; lotId: string | null; at: Date },
): Promise<number> {
  if (runs.length === 0) return 0;
  const result = await sql`
    UPDATE labels AS l
    SET state = ${change.to}, lot_id = COALESCE(${change.lotId}::uuid, l.lot_id), changed_at = ${change.at}
    FROM ${runsTable(runs)}
    WHERE l.batch_id = r.batch_id AND l.seq BETWEEN r.first_seq AND r.last_seq
      AND l.state = ANY(${[...change.from]}::text[])`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

export async function insertLabelEvents(db: Db, events: Insertable<LabelEventsTable>[]): Promise<void> {
  if (events.length === 0) return;
  await db.insertInto('label_events').values(events).execute();
}

export interface RecordLabelRun {
  record_id: string;
  batch_id: string;
  first_seq: number;
  last_seq: number;
}

/**
 * The runs records bound (their activation events) in their normal order, batch id then first seq: of some
 * records, or of every record of some lots (a packing record binds labels to its own lot).
 */
export async function listRecordLabelRuns(
  db: Db,
  of: { recordIds: readonly string[] } | { lotIds: readonly string[] },
): Promise<RecordLabelRun[]> {
  const ids = 'recordIds' in of ? of.recordIds : of.lotIds;
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('label_events')
    .select(['record_id', 'batch_id', 'first_seq', 'last_seq'])
    .where('recordIds' in of ? 'record_id' : 'lot_id', 'in', [...ids])
    .where('record_id', 'is not', null)
    .where('kind', '=', 'activated')
    .orderBy('record_id')
    .orderBy('batch_id')
    .orderBy('first_seq')
    .execute();
  return rows.flatMap((row) => (row.record_id === null ? [] : [{ ...row, record_id: row.record_id }]));
}

/** A run with what its labels show: the batch's number and the serials of its first and last label. */
export interface LabelRunEnds {
  batch_id: string;
  first_seq: number;
  last_seq: number;
  batch_number: number;
  first_serial: string;
  last_serial: string;
  /** The batch's URL prefix: a label's URL is it plus the serial. */
  url_prefix: string;
}

/** The batch number and the first and last serial of each run; a run whose ends are not stored is absent. */
export async function listLabelRunEnds(db: Db, runs: readonly LabelRunRef[]): Promise<LabelRunEnds[]> {
  if (runs.length === 0) return [];
  const { rows } = await sql<LabelRunEnds>`
    SELECT r.batch_id::text AS batch_id, r.first_seq, r.last_seq, b.number AS batch_number,
      f.serial AS first_serial, l.serial AS last_serial, b.url_prefix
    FROM ${runsTable(runs)}
    JOIN label_batches b ON b.id = r.batch_id
    JOIN labels f ON f.batch_id = r.batch_id AND f.seq = r.first_seq
    JOIN labels l ON l.batch_id = r.batch_id AND l.seq = r.last_seq`.execute(db);
  return rows;
}
