import { randomUUID } from 'node:crypto';
import type { Db } from '@nguon/db';
import { sql } from 'kysely';

/** Rows per INSERT statement: 18 columns, well under PostgreSQL's 65,535 parameters. */
const rowsPerInsert = 1000;

const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** Twins of the bench lots (same product and version, code suffixed), for the baseline's rows to belong to. */
async function insertTwinLots(db: Db, lotIds: readonly string[]): Promise<Map<string, string>> {
  const lots = await db
    .selectFrom('lots')
    .selectAll()
    .where('id', 'in', [...lotIds])
    .execute();
  const twinOf = new Map(lots.map((lot) => [lot.id, randomUUID()]));
  await db
    .insertInto('lots')
    .values(
      lots.map((lot) => ({
        ...lot,
        id: twinOf.get(lot.id) ?? '',
        code: `${lot.code}-T`,
        created_at: undefined,
      })),
    )
    .execute();
  return twinOf;
}

/** The records the API stored (from sequence `fromSeq` on), as ready-made rows of the twin lots. */
async function rowsToCopy(db: Db, twinOf: Map<string, string>, fromSeq: number) {
  const records = await db
    .selectFrom('lot_records')
    .selectAll()
    .where('lot_id', 'in', [...twinOf.keys()])
    .where('seq', '>=', fromSeq)
    .orderBy('lot_id')
    .orderBy('seq')
    .execute();
  return records.map((record) => ({
    ...record,
    id: randomUUID(),
    lot_id: twinOf.get(record.lot_id) ?? '',
    data: JSON.stringify(record.data),
    location: jsonOrNull(record.location),
    transformation: jsonOrNull(record.transformation),
    closed_by: jsonOrNull(record.closed_by),
    waiting_flags: jsonOrNull(record.waiting_flags),
  }));
}

/** The same rows the API ingested, re-keyed onto fresh twin lots, written by plain multi-row INSERTs; timed. */
async function insertCopies(db: Db, lotIds: readonly string[], fromSeq: number) {
  const twinOf = await insertTwinLots(db, lotIds);
  try {
    const rows = await rowsToCopy(db, twinOf, fromSeq);
    const started = performance.now();
    for (let i = 0; i < rows.length; i += rowsPerInsert) {
      await db
        .insertInto('lot_records')
        .values(rows.slice(i, i + rowsPerInsert))
        .execute();
    }
    const elapsed = (performance.now() - started) / 1000;
    return { records: rows.length, perSecond: rows.length / elapsed };
  } finally {
    // the twins are the bench's own rows: lift the append-only guard just to remove them
    await db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE lot_records DISABLE TRIGGER lot_records_append_only`.execute(trx);
      await trx
        .deleteFrom('lots')
        .where('id', 'in', [...twinOf.values()])
        .execute();
      await sql`ALTER TABLE lot_records ENABLE TRIGGER lot_records_append_only`.execute(trx);
    });
  }
}

/**
 * The baseline: the same rows (same columns, hashes already computed) by `INSERT INTO lot_records`, 1,000 rows a
 * statement, on the database the platform just closed. The first round warms it up, as the API's set-up did.
 */
export async function measureRawInsert(db: Db, lotIds: readonly string[], fromSeq: number) {
  await insertCopies(db, lotIds, fromSeq);
  return insertCopies(db, lotIds, fromSeq);
}
