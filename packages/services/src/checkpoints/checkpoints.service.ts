import { type CheckpointRow, findLatestCheckpoint, insertCheckpoint, listAllLotHeads } from '@nguon/db';
import {
  type CheckpointLeaf,
  type CheckpointStatement,
  checkpointFormat,
  firstPreviousHash,
  merkleRoot,
  statementText,
} from '@nguon/domain';
import { sql } from 'kysely';
import type { ServiceContext } from '../context/service-context';
import { sha256Hex } from '../lots/record-chain';
import { withUnitOfWork } from '../unit-of-work';
import { sha256Bytes } from './checkpoint-hash';
import type { CheckpointKey } from './checkpoint-key';

/** A checkpoint as published: the signed statement text, its signature, and what it says. */
export interface PublishedCheckpoint {
  seq: number;
  issuedAt: string;
  lotCount: number;
  root: string;
  previous: string;
  keyId: string;
  statement: string;
  signature: string;
  /** sha-256 of the statement: what the next checkpoint names as previous. */
  hash: string;
}

export const publishedCheckpoint = (row: CheckpointRow): PublishedCheckpoint => ({
  seq: row.seq,
  issuedAt: row.issued_at.toISOString(),
  lotCount: row.lot_count,
  root: row.root,
  previous: row.previous_hash,
  keyId: row.key_id,
  statement: row.statement,
  signature: row.signature,
  hash: row.statement_hash,
});

// One creator at a time across replicas and the worker: the sequence and the previous hash stay a line.
const checkpointLockKey = 0x6e67636b; // 'ngck'

/**
 * Anchors every lot's chain head: reads all heads in one statement (one snapshot), builds the Merkle tree,
 * signs the statement and stores it with its leaves. When no head moved since the latest checkpoint, that one
 * is returned and nothing is stored, so running it twice (a retried job, a repeated request) makes one.
 */
export async function makeCheckpoint(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  key: CheckpointKey,
): Promise<{ checkpoint: PublishedCheckpoint; created: boolean }> {
  return withUnitOfWork(ctx, async ({ db }) => {
    await sql`SELECT pg_advisory_xact_lock(${checkpointLockKey})`.execute(db);
    const heads = await listAllLotHeads(db);
    const leaves: CheckpointLeaf[] = heads.map((h) => ({
      lotId: h.id,
      recordCount: h.record_count,
      headHash: h.head_hash,
    }));
    const root = merkleRoot(leaves, sha256Bytes);
    const latest = await findLatestCheckpoint(db);
    if (latest && latest.root === root && latest.key_id === key.keyId)
      return { checkpoint: publishedCheckpoint(latest), created: false };
    const statement: CheckpointStatement = {
      format: checkpointFormat,
      seq: (latest?.seq ?? 0) + 1,
      issuedAt: ctx.now().toISOString(),
      previous: latest?.statement_hash ?? firstPreviousHash,
      lotCount: leaves.length,
      root,
      keyId: key.keyId,
    };
    const text = statementText(statement);
    const row = {
      seq: statement.seq,
      issued_at: new Date(statement.issuedAt),
      root,
      lot_count: leaves.length,
      previous_hash: statement.previous,
      key_id: key.keyId,
      statement: text,
      signature: key.sign(text),
      statement_hash: sha256Hex(text),
    };
    await insertCheckpoint(
      db,
      row,
      heads.map((h) => ({ lot_id: h.id, record_count: h.record_count, head_hash: h.head_hash })),
    );
    return { checkpoint: publishedCheckpoint(row), created: true };
  });
}
