import { canonicalJson } from '../canonical/canonical-json';
import type { LabelRun } from '../labels/label-runs';

/** The hash a lot's first record chains to. */
export const genesisHash = '0'.repeat(64);

/** close: a stage with jobs was finished, by the clerk or by a following stage's record. */
export type RecordKind = 'stage' | 'transformation' | 'close';

/** Who closed a stage with jobs: the clerk, or the record of a following stage (its id). */
export type ClosedBy = { kind: 'clerk' } | { kind: 'following'; recordId: string };

/** A waiting period a record broke under "warn", as stored and hashed with it. */
export interface WaitingFlag {
  afterStageId: string;
  afterJobId: string;
  afterRecordId: string;
  /** ISO 8601 UTC. */
  afterEventTime: string;
  days: number;
  /** YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  firstAllowedDay: string;
}

/** A record's part in a transformation: the quantity taken from an input lot, or given to an output lot. */
export interface RecordTransformation {
  id: string;
  role: 'input' | 'output';
  quantity: number;
  unit: string;
}

export interface GpsPoint {
  lat: number;
  lon: number;
  accuracy?: number;
}

/** Everything a record stores but its hashes: all of it is covered by the hash. */
export interface RecordContent {
  id: string;
  lotId: string;
  seq: number;
  kind: RecordKind;
  stageId: string;
  stageKey: string;
  processVersionId: string;
  data: Record<string, unknown>;
  /** ISO 8601 UTC with milliseconds, as `Date.toISOString()` writes it. */
  eventTime: string;
  location: GpsPoint | null;
  recordedBy: string | null;
  recordedAt: string;
  supersedes: string | null;
  reason: string | null;
  transformation: RecordTransformation | null;
  /**
   * Labels a packing record bound to its lot, as normalised runs. Absent (never empty) when it bound none, so
   * records without labels, and every record stored before labels existed, hash exactly as before.
   */
  labels?: LabelRun[];
  /**
   * A job record's job: its id and its key as recorded. Like `labels`, these three are absent (never null or
   * empty) on records without them, so every record stored before jobs existed hashes exactly as before.
   */
  job?: { id: string; key: string };
  /** Close records only. */
  closedBy?: ClosedBy;
  /** Waiting periods broken under "warn"; absent when none. */
  waitingFlags?: WaitingFlag[];
}

export interface ChainedRecord {
  content: RecordContent;
  prevHash: string;
  hash: string;
}

/** The text a record's hash is taken of: its canonical content with the previous record's hash. */
export function recordHashInput(content: RecordContent, prevHash: string): string {
  return canonicalJson({ ...content, prevHash });
}

/** content_changed: the stored data no longer gives the stored hash; chain_broken: it does not point at the
 * record before it; sequence_gap: a record before it is missing; head_mismatch: the lot's last hash differs. */
export type ChainFaultKind = 'content_changed' | 'chain_broken' | 'sequence_gap' | 'head_mismatch';

export interface ChainFault {
  recordId: string | null;
  seq: number | null;
  kind: ChainFaultKind;
}

/**
 * Recomputes one lot's chain (records in sequence order) and names every record whose stored data or link no
 * longer matches. `head` is what the lot row says its last record is, so a deleted last record shows too.
 * `hash` is sha-256 in hex on the server; it is passed in because this package does no I/O.
 */
export function verifyLotChain(
  records: readonly ChainedRecord[],
  head: { count: number; hash: string },
  hash: (text: string) => string,
): ChainFault[] {
  const faults: ChainFault[] = [];
  let previous = genesisHash;
  let expectedSeq = 1;
  for (const record of records) {
    const { id, seq } = record.content;
    if (seq !== expectedSeq) faults.push({ recordId: id, seq, kind: 'sequence_gap' });
    if (record.prevHash !== previous) faults.push({ recordId: id, seq, kind: 'chain_broken' });
    if (hash(recordHashInput(record.content, record.prevHash)) !== record.hash) {
      faults.push({ recordId: id, seq, kind: 'content_changed' });
    }
    previous = record.hash;
    expectedSeq = seq + 1;
  }
  if (head.count !== records.length || head.hash !== previous) {
    faults.push({ recordId: null, seq: null, kind: 'head_mismatch' });
  }
  return faults;
}
