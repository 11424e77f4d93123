import { sql } from 'kysely';
import { copyIn } from '../copy/copy-in';
import type { Db } from '../database';
import type { LabelRow } from '../schema';

export interface NewLabel {
  serial: string;
  seq: number;
}

/** Characters COPY's text format would read as a separator or an escape: such a row takes the INSERT path. */
const copyUnsafe = /[\t\n\r\\]/;

/**
 * Stores labels and returns how many went in; a serial that already exists anywhere is skipped, and the
 * caller re-draws those seqs. The rows go in by COPY, all or nothing, under a savepoint when in a transaction:
 * a taken serial (60 random bits: practically never) fails it, and the savepoint's rollback leaves the
 * transaction as it was for the INSERT that skips taken serials.
 */
export async function insertLabels(db: Db, batchId: string, labels: readonly NewLabel[]): Promise<number> {
  if (labels.length === 0) return 0;
  let rows = '';
  for (const { serial, seq } of labels) {
    if (copyUnsafe.test(serial) || copyUnsafe.test(batchId) || !Number.isInteger(seq))
      return insertLabelsSkippingTaken(db, batchId, labels);
    rows += `${serial}\t${batchId}\t${seq}\n`;
  }
  const savepoint = db.isTransaction;
  if (savepoint) await sql`SAVEPOINT insert_labels`.execute(db);
  try {
    const copied = await copyIn(db, 'COPY labels (serial, batch_id, seq) FROM STDIN', rows);
    if (savepoint) await sql`RELEASE SAVEPOINT insert_labels`.execute(db);
    return copied;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    if (savepoint) await sql`ROLLBACK TO SAVEPOINT insert_labels`.execute(db);
    return insertLabelsSkippingTaken(db, batchId, labels);
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

/** One statement whatever the number of labels (arrays through unnest, no parameter limit), taken serials skipped. */
async function insertLabelsSkippingTaken(
  db: Db,
  batchId: string,
  labels: readonly NewLabel[],
): Promise<number> {
  const serials = labels.map((label) => label.serial);
  const seqs = labels.map((label) => label.seq);
  const result = await sql`
    INSERT INTO labels (serial, batch_id, seq)
    SELECT s, ${batchId}::uuid, q FROM unnest(${serials}::text[], ${seqs}::int[]) AS t(s, q)
    ON CONFLICT (serial) DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

/** The seqs of a batch stored between two seqs: which ones a collision left out. */
export async function labelSeqsBetween(
  db: Db,
  batchId: string,
  firstSeq: number,
  lastSeq: number,
): Promise<Set<number>> {
  const rows = await db
    .selectFrom('labels')
    .select('seq')
    .where('batch_id', '=', batchId)
    .where('seq', '>=', firstSeq)
    .where('seq', '<=', lastSeq)
    .execute();
  return new Set(rows.map((row) => row.seq));
}

/** Whether a batch already holds this seq: a chunk is stored all or nothing, so its first seq tells. */
export async function labelSeqExists(db: Db, batchId: string, seq: number): Promise<boolean> {
  const row = await db
    .selectFrom('labels')
    .select('seq')
    .where('batch_id', '=', batchId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countBatchLabels(db: Db, batchId: string): Promise<number> {
  const row = await db
    .selectFrom('labels')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('batch_id', '=', batchId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A batch's labels with seqs in [firstSeq, lastSeq], in seq order. Outputs page through a batch by seq ranges
 * rather than `seq > x LIMIT n`: right after a batch is stored its statistics are stale, and the planner then
 * sorted every remaining row for each page (a million-label CSV took 8x longer).
 */
export async function readLabelRange(
  db: Db,
  batchId: string,
  firstSeq: number,
  lastSeq: number,
): Promise<Pick<LabelRow, 'serial' | 'seq' | 'state'>[]> {
  return db
    .selectFrom('labels')
    .select(['serial', 'seq', 'state'])
    .where('batch_id', '=', batchId)
    .where('seq', '>=', firstSeq)
    .where('seq', '<=', lastSeq)
    .orderBy('seq')
    .execute();
}

/**
 * The serials of a batch's seqs in [firstSeq, lastSeq], in seq order, for outputs that read a whole batch.
 * They come back as one aggregated text value rather than a row per label: parsing 10,000 rows (the driver's
 * objects, then Kysely's) cost several times what the database spends finding them. Seqs are dense in a
 * stored chunk, so each serial's seq is the first one plus its place; a range with a gap is read row by row.
 */
export async function readLabelSerialRange(
  db: Db,
  batchId: string,
  firstSeq: number,
  lastSeq: number,
): Promise<{ seq: number; serial: string }[]> {
  const result = await sql<{ serials: string | null; n: number; low: number | null; high: number | null }>`
    SELECT string_agg(serial, ',' ORDER BY seq) AS serials, count(*)::int AS n, min(seq) AS low, max(seq) AS high
    FROM labels WHERE batch_id = ${batchId}::uuid AND seq BETWEEN ${firstSeq}::int AND ${lastSeq}::int`.execute(
    db,
  );
  const row = result.rows[0];
  if (!row || row.serials === null || row.low === null || row.high === null) return [];
  const { low, high } = row;
  if (row.n !== high - low + 1) return readLabelRange(db, batchId, firstSeq, lastSeq);
  return row.serials.split(',').map((serial, i) => ({ seq: low + i, serial }));
}

/** Voids every label of a batch not voided yet; the seq range they span, for the one event that records it. */
export async function voidBatchLabels(
  db: Db,
  batchId: string,
  at: Date,
): Promise<{ count: number; firstSeq: number; lastSeq: number } | null> {
  const result = await sql<{ n: string; first_seq: number | null; last_seq: number | null }>`
    WITH changed AS (
      UPDATE labels SET state = 'voided', changed_at = ${at}
      WHERE batch_id = ${batchId}::uuid AND state <> 'voided'
      RETURNING seq
    )
    SELECT count(*) AS n, min(seq) AS first_seq, max(seq) AS last_seq FROM changed`.execute(db);
  const row = result.rows[0];
  if (!row || row.first_seq === null || row.last_seq === null) return null;
  return { count: Number(row.n), firstSeq: row.first_seq, lastSeq: row.last_seq };
}

export interface NewLabelEvent {
  id: string;
  batchId: string;
  firstSeq: number;
  lastSeq: number;
  kind: 'activated' | 'voided';
  lotId?: string | null;
  recordId?: string | null;
  reason?: string | null;
  note?: string;
  actorId: string | null;
  at: Date;
}

export async function insertLabelEvent(db: Db, event: NewLabelEvent): Promise<void> {
  await db
    .insertInto('label_events')
    .values({
      id: event.id,
      batch_id: event.batchId,
      first_seq: event.firstSeq,
      last_seq: event.lastSeq,
      kind: event.kind,
      lot_id: event.lotId ?? null,
      record_id: event.recordId ?? null,
      reason: event.reason ?? null,
      note: event.note ?? '',
      actor_id: event.actorId,
      at: event.at,
    })
    .execute();
}
