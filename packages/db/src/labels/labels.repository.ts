import { sql } from 'kysely';
import type { Db } from '../database';
import type { LabelRow } from '../schema';

export interface NewLabel {
  serial: string;
  seq: number;
}

/**
 * Stores labels in ONE statement whatever their number (arrays through unnest, no parameter limit) and
 * returns the seqs stored; a serial that already exists anywhere is skipped, so the caller re-draws those seqs.
 */
export async function insertLabels(
  db: Db,
  batchId: string,
  labels: readonly NewLabel[],
): Promise<Set<number>> {
  if (labels.length === 0) return new Set();
  const serials = labels.map((label) => label.serial);
  const seqs = labels.map((label) => label.seq);
  const result = await sql<{ seq: number }>`
    INSERT INTO labels (serial, batch_id, seq)
    SELECT s, ${batchId}::uuid, q FROM unnest(${serials}::text[], ${seqs}::int[]) AS t(s, q)
    ON CONFLICT (serial) DO NOTHING
    RETURNING seq`.execute(db);
  return new Set(result.rows.map((row) => row.seq));
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

/** The next page of a batch's labels after a seq, in seq order: outputs stream a batch without holding it. */
export async function readLabelsAfter(
  db: Db,
  batchId: string,
  afterSeq: number,
  limit: number,
): Promise<Pick<LabelRow, 'serial' | 'seq' | 'state'>[]> {
  return db
    .selectFrom('labels')
    .select(['serial', 'seq', 'state'])
    .where('batch_id', '=', batchId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
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
