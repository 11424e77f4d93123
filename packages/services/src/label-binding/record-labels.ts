import type { BoundLabelRunView } from '@nguon/contracts';
import { type Db, listLabelRunEnds, listRecordLabelRuns } from '@nguon/db';
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

/** Each record's runs as the clerk reads them (batch number, first and last serial), in the same order. */
export async function boundLabelsOf(
  db: Db,
  runsByRecord: ReadonlyMap<string, readonly LabelRun[]>,
): Promise<Map<string, BoundLabelRunView[]>> {
  const all = [...runsByRecord.values()].flat();
  const keyOf = (batchId: string, firstSeq: number, lastSeq: number) => `${batchId}:${firstSeq}:${lastSeq}`;
  const ends = new Map(
    (await listLabelRunEnds(db, all)).map((row) => [keyOf(row.batch_id, row.first_seq, row.last_seq), row]),
  );
  const byRecord = new Map<string, BoundLabelRunView[]>();
  for (const [id, runs] of runsByRecord) {
    byRecord.set(
      id,
      runs.flatMap((run) => {
        const end = ends.get(keyOf(run.batchId, run.firstSeq, run.lastSeq));
        return end
          ? [
              {
                ...run,
                batchNumber: end.batch_number,
                firstSerial: end.first_serial,
                lastSerial: end.last_serial,
                urlPrefix: end.url_prefix,
              },
            ]
          : [];
      }),
    );
  }
  return byRecord;
}
