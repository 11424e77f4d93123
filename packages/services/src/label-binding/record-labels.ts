import { type Db, listRecordLabelRuns } from '@nguon/db';
import { type LabelRun, normalizeLabelRuns } from '@nguon/domain';

/** The labels each record bound (its activation events), by record id, in the normal form its hash covers. */
export async function recordLabelRuns(
  db: Db,
  of: { recordIds: readonly string[] } | { lotIds: readonly string[] },
): Promise<Map<string, LabelRun[]>> {
  const byRecord = new Map<string, LabelRun[]>();
  for (const row of await listRecordLabelRuns(db, of)) {
    const runs = byRecord.get(row.record_id) ?? [];
    runs.push({ batchId: row.batch_id, firstSeq: row.first_seq, lastSeq: row.last_seq });
    byRecord.set(row.record_id, runs);
  }
  for (const [id, runs] of byRecord) byRecord.set(id, normalizeLabelRuns(runs));
  return byRecord;
}
