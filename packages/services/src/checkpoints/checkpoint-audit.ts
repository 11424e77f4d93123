import {
  type CheckpointRow,
  countLotsNotAnchored,
  type Db,
  listAllCheckpoints,
  listCheckpointLeaves,
  listLotsById,
  listRecordHashes,
} from '@nguon/db';
import {
  type AnchorFaultKind,
  anchorFaults,
  type CheckpointLeaf,
  type CheckpointStatement,
  checkSignedCheckpoint,
  firstPreviousHash,
  type LotNow,
  merkleRoot,
  parseStatement,
  type SignedCheckpoint,
} from '@nguon/domain';
import { sha256Hex } from '../lots/record-chain';
import { sha256Bytes } from './checkpoint-hash';
import type { CheckpointVerifier } from './checkpoint-key';

/**
 * What is wrong with the checkpoints themselves. bad_signature: a stored checkpoint's statement is malformed or
 * its signature fails; unknown_key: signed by a key the checker was not given; chain_broken: it does not name
 * the checkpoint before it (one was removed, replaced or inserted); copy_missing: a saved copy's checkpoint is
 * no longer in the database; copy_differs: the database holds another statement under the copy's number;
 * copy_bad_signature: the saved copy itself does not verify; leaves_altered: the stored heads no longer
 * rebuild the signed root, so no lot can be named from them.
 */
export type CheckpointProblemKind =
  | 'bad_signature'
  | 'unknown_key'
  | 'chain_broken'
  | 'copy_missing'
  | 'copy_differs'
  | 'copy_bad_signature'
  | 'leaves_altered';

export interface CheckpointProblem {
  seq: number;
  kind: CheckpointProblemKind;
  why: string;
}

export interface AnchoredLotFault {
  lotId: string;
  /** Null for a lot that is gone. */
  lotCode: string | null;
  kind: AnchorFaultKind;
  anchored: { recordCount: number; headHash: string };
}

export interface CheckpointAudit {
  /** The checkpoint the lots were compared with: the latest that verifies; null when none does. */
  anchor: { seq: number; issuedAt: string; lotCount: number } | null;
  checkpoints: number;
  problems: CheckpointProblem[];
  lotFaults: AnchoredLotFault[];
  /** Lots made after the anchor: not faults, just not yet covered. */
  notYetAnchored: number;
}

const lotsPerBatch = 500;

function checkStored(
  rows: readonly CheckpointRow[],
  verifiers: ReadonlyMap<string, CheckpointVerifier>,
): { problems: CheckpointProblem[]; valid: Map<number, CheckpointStatement> } {
  const problems: CheckpointProblem[] = [];
  const valid = new Map<number, CheckpointStatement>();
  let previous = firstPreviousHash;
  let expectedSeq = 1;
  for (const row of rows) {
    const verifier = verifiers.get(row.key_id);
    const check = checkSignedCheckpoint(row, verifier?.keyId ?? row.key_id, (text, signature) =>
      verifier ? verifier.verify(text, signature) : false,
    );
    if (!verifier) problems.push({ seq: row.seq, kind: 'unknown_key', why: `signed by key ${row.key_id}` });
    else if (!check.ok || check.statement.seq !== row.seq)
      problems.push({
        seq: row.seq,
        kind: 'bad_signature',
        why: check.ok ? 'the number was changed' : check.why,
      });
    else valid.set(row.seq, check.statement);
    const statementPrevious = check.ok ? check.statement.previous : row.previous_hash;
    if (row.seq !== expectedSeq || statementPrevious !== previous)
      problems.push({
        seq: row.seq,
        kind: 'chain_broken',
        why: `expected #${expectedSeq} after ${previous.slice(0, 12)}`,
      });
    previous = sha256Hex(row.statement);
    expectedSeq = row.seq + 1;
  }
  return { problems, valid };
}

function checkCopy(
  copy: SignedCheckpoint,
  rows: readonly CheckpointRow[],
  verifiers: ReadonlyMap<string, CheckpointVerifier>,
): CheckpointProblem[] {
  const parsed = parseStatement(copy.statement);
  const verifier = parsed.ok ? verifiers.get(parsed.statement.keyId) : undefined;
  const check = verifier
    ? checkSignedCheckpoint(copy, verifier.keyId, (t, s) => verifier.verify(t, s))
    : {
        ok: false as const,
        why: parsed.ok ? `signed by key ${parsed.statement.keyId}, which was not given` : parsed.why,
      };
  if (!check.ok) return [{ seq: 0, kind: 'copy_bad_signature', why: check.why }];
  const { seq } = check.statement;
  const stored = rows.find((row) => row.seq === seq);
  if (!stored) return [{ seq, kind: 'copy_missing', why: `the database has no checkpoint #${seq}` }];
  if (stored.statement !== copy.statement)
    return [{ seq, kind: 'copy_differs', why: 'the database holds another statement under this number' }];
  return [];
}

async function lotsNow(db: Db, lotIds: string[]) {
  const lots = new Map((await listLotsById(db, lotIds)).map((lot) => [lot.id, lot]));
  const hashes = new Map<string, Map<number, string>>();
  for (const row of await listRecordHashes(db, lotIds)) {
    const byLot = hashes.get(row.lot_id) ?? new Map<number, string>();
    byLot.set(row.seq, row.hash);
    hashes.set(row.lot_id, byLot);
  }
  const now = (lotId: string): LotNow | undefined => {
    const lot = lots.get(lotId);
    return lot && { recordCount: lot.record_count, hashAt: (seq) => hashes.get(lotId)?.get(seq) };
  };
  return { lots, now };
}

async function compareLots(
  db: Db,
  leaves: readonly CheckpointLeaf[],
  tenantId: string | null,
): Promise<AnchoredLotFault[]> {
  const faults: AnchoredLotFault[] = [];
  for (let at = 0; at < leaves.length; at += lotsPerBatch) {
    const batch = leaves.slice(at, at + lotsPerBatch);
    const { lots, now } = await lotsNow(
      db,
      batch.map((leaf) => leaf.lotId),
    );
    for (const fault of anchorFaults(batch, now)) {
      const lot = lots.get(fault.lotId);
      // A gone lot cannot be placed in a tenant: it is named in every scope.
      if (tenantId && lot && lot.tenant_id !== tenantId) continue;
      faults.push({ ...fault, lotCode: lot?.code ?? null });
    }
  }
  return faults;
}

/** The heads a checkpoint stored, when they rebuild its signed root; null when they were altered. */
async function trustedLeaves(db: Db, statement: CheckpointStatement): Promise<CheckpointLeaf[] | null> {
  const leaves = (await listCheckpointLeaves(db, statement.seq)).map((l) => ({
    lotId: l.lot_id,
    recordCount: l.record_count,
    headHash: l.head_hash,
  }));
  const rebuilt = leaves.length === statement.lotCount && merkleRoot(leaves, sha256Bytes) === statement.root;
  return rebuilt ? leaves : null;
}

/**
 * Checks the stored checkpoints (signatures with the given public keys, the checkpoint chain, a saved copy when
 * given), then compares every lot head any valid checkpoint anchored with the lot as stored now.
 */
export async function auditCheckpoints(
  db: Db,
  options: {
    verifiers: readonly CheckpointVerifier[];
    savedCopy: SignedCheckpoint | null;
    tenantId: string | null;
  },
): Promise<CheckpointAudit> {
  const verifiers = new Map(options.verifiers.map((v) => [v.keyId, v]));
  const rows = await listAllCheckpoints(db);
  const { problems, valid } = checkStored(rows, verifiers);
  if (options.savedCopy) problems.push(...checkCopy(options.savedCopy, rows, verifiers));
  const latest = [...valid.values()].at(-1);
  const audit: CheckpointAudit = {
    anchor: null,
    checkpoints: rows.length,
    problems,
    lotFaults: [],
    notYetAnchored: 0,
  };
  if (!latest) return audit;
  audit.anchor = { seq: latest.seq, issuedAt: latest.issuedAt, lotCount: latest.lotCount };
  // every valid checkpoint, not only the latest: a forgery made before the next hourly one is anchored by it,
  // but still disagrees with the heads signed earlier
  // a head signed once must stay in the chain for good: each distinct one is compared once
  const anchored = new Map<string, CheckpointLeaf>();
  for (const statement of valid.values()) {
    const leaves = await trustedLeaves(db, statement);
    if (!leaves) {
      problems.push({
        seq: statement.seq,
        kind: 'leaves_altered',
        why: 'the stored heads do not rebuild the signed root',
      });
      continue;
    }
    for (const leaf of leaves) anchored.set(`${leaf.lotId}/${leaf.recordCount}/${leaf.headHash}`, leaf);
  }
  audit.lotFaults = await compareLots(db, [...anchored.values()], options.tenantId);
  audit.notYetAnchored = await countLotsNotAnchored(db, latest.seq, options.tenantId);
  return audit;
}
