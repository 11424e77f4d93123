import { createHash } from 'node:crypto';
import type { Db, LotRow } from '@nguon/db';
import { insertLotRecords, insertRecordCatalogItems, updateLotHead } from '@nguon/db';
import {
  type ClosedBy,
  type GpsPoint,
  type LabelRun,
  type ProcessStage,
  type RecordContent,
  type RecordTransformation,
  recordHashInput,
  type StageJob,
  type WaitingFlag,
} from '@nguon/domain';
import { assertStorableText } from '../errors/storable-text';

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A record before it has a place in its lot's chain. */
export type RecordDraft = Omit<RecordContent, 'lotId' | 'seq'>;

/** What a new record says: its stage of a version, by whom and when, its data, and what it corrects or moves. */
export interface NewRecord {
  /** The record's id, from the context's id source. */
  id: string;
  stage: ProcessStage;
  versionId: string;
  by: string;
  now: Date;
  data: Record<string, unknown>;
  eventTime: Date;
  location: GpsPoint | null;
  supersedes?: { id: string; reason: string };
  transformation?: RecordTransformation;
  /** The labels a packing record binds, as normalised runs; left out of the content when absent. */
  labels?: LabelRun[];
  /** A job record: the job of the stage; left out of the content when absent, like the two below. */
  job?: StageJob;
  /** A close record of a stage with jobs (kind 'close'): who closed it. */
  closedBy?: ClosedBy;
  /** Waiting periods the record broke under "warn". */
  waitingFlags?: WaitingFlag[];
}

/** The draft of a new record: a stage record, a correction (supersedes), or a lot's part in a transformation. */
export function newRecordDraft(record: NewRecord): RecordDraft {
  return {
    id: record.id,
    kind: record.closedBy ? 'close' : record.transformation ? 'transformation' : 'stage',
    stageId: record.stage.id,
    stageKey: record.stage.key,
    processVersionId: record.versionId,
    data: record.data,
    eventTime: record.eventTime.toISOString(),
    location: record.location,
    recordedBy: record.by,
    recordedAt: record.now.toISOString(),
    supersedes: record.supersedes?.id ?? null,
    reason: record.supersedes?.reason ?? null,
    transformation: record.transformation ?? null,
    ...(record.labels?.length ? { labels: record.labels } : {}),
    ...(record.job ? { job: { id: record.job.id, key: record.job.key } } : {}),
    ...(record.closedBy ? { closedBy: record.closedBy } : {}),
    ...(record.waitingFlags?.length ? { waitingFlags: record.waitingFlags } : {}),
  };
}

/**
 * Appends records to a lot the caller has locked: each gets the next sequence number and the hash of its
 * canonical content chained to the previous record's; the lot row keeps the new head. The records are indexed
 * by the catalog items their data names (`catalogItemIds`, from `assertValidRecordData`).
 */
export async function appendRecords(
  db: Db,
  lot: LotRow,
  drafts: readonly RecordDraft[],
  after: { remaining: number; status: string },
  catalogItemIds: readonly string[] = [],
): Promise<RecordContent[]> {
  let prevHash = lot.head_hash;
  let seq = lot.record_count;
  const contents: RecordContent[] = [];
  for (const draft of drafts) {
    // what the hash covers must come back from PostgreSQL unchanged: no NUL, no lone surrogate (stored as U+FFFD)
    assertStorableText(draft.data, '/data');
    assertStorableText(draft.reason, '/reason');
  }
  const rows = drafts.map((draft) => {
    seq += 1;
    const content: RecordContent = { ...draft, lotId: lot.id, seq };
    const hash = sha256Hex(recordHashInput(content, prevHash));
    const row = {
      id: content.id,
      tenant_id: lot.tenant_id,
      lot_id: lot.id,
      seq,
      kind: content.kind,
      stage_id: content.stageId,
      stage_key: content.stageKey,
      process_version_id: content.processVersionId,
      // jsonb gives back the same doubles (-0 as 0, which is how the canonical form writes it): nothing to normalise
      data: JSON.stringify(content.data),
      event_time: new Date(content.eventTime),
      location: content.location === null ? null : JSON.stringify(content.location),
      recorded_by: content.recordedBy,
      recorded_at: new Date(content.recordedAt),
      supersedes: content.supersedes,
      reason: content.reason,
      transformation: content.transformation === null ? null : JSON.stringify(content.transformation),
      job_id: content.job?.id ?? null,
      job_key: content.job?.key ?? null,
      closed_by: content.closedBy ? JSON.stringify(content.closedBy) : null,
      waiting_flags: content.waitingFlags ? JSON.stringify(content.waitingFlags) : null,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    contents.push(content);
    return row;
  });
  await insertLotRecords(db, rows);
  await insertRecordCatalogItems(
    db,
    rows.flatMap((row) =>
      catalogItemIds.map((itemId) => ({
        record_id: row.id,
        item_id: itemId,
        lot_id: lot.id,
        tenant_id: lot.tenant_id,
      })),
    ),
  );
  await updateLotHead(db, { id: lot.id, recordCount: seq, headHash: prevHash, ...after });
  return contents;
}
