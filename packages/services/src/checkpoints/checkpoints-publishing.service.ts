import { resourceNames } from '@nguon/contracts';
import {
  findCheckpoint,
  findLatestCheckpoint,
  findTenantCheckpointLeaf,
  listCheckpointLeaves,
  listCheckpoints,
} from '@nguon/db';
import { inclusionProof } from '@nguon/domain';
import { type Principal, requirePlatformRole, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { sha256Bytes } from './checkpoint-hash';
import type { CheckpointKey } from './checkpoint-key';
import { makeCheckpoint, type PublishedCheckpoint, publishedCheckpoint } from './checkpoints.service';

const defaultPageSize = 20;

function keyOf(ctx: Pick<ServiceContext, 'config'>): CheckpointKey {
  const key = ctx.config.checkpointKey;
  if (!key) throw new AppError('CHECKPOINTS_OFF');
  return key;
}

/** Newest first, `before` a checkpoint number to page back; public. */
export async function listPublishedCheckpoints(
  ctx: Pick<ServiceContext, 'db'>,
  query: { before?: string; limit?: string },
): Promise<{ items: PublishedCheckpoint[]; next: number | null }> {
  const limit = query.limit ? Number(query.limit) : defaultPageSize;
  const rows = await listCheckpoints(ctx.db, {
    beforeSeq: query.before ? Number(query.before) : null,
    limit: limit + 1,
  });
  const items = rows.slice(0, limit).map(publishedCheckpoint);
  return { items, next: rows.length > limit ? (items.at(-1)?.seq ?? null) : null };
}

export async function latestPublishedCheckpoint(
  ctx: Pick<ServiceContext, 'db'>,
): Promise<PublishedCheckpoint> {
  const row = await findLatestCheckpoint(ctx.db);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.checkpoint });
  return publishedCheckpoint(row);
}

export async function getPublishedCheckpoint(
  ctx: Pick<ServiceContext, 'db'>,
  seq: number,
): Promise<PublishedCheckpoint> {
  const row = await findCheckpoint(ctx.db, seq);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.checkpoint }, '/params/seq');
  return publishedCheckpoint(row);
}

export function checkpointPublicKey(ctx: Pick<ServiceContext, 'config'>) {
  const key = keyOf(ctx);
  return { keyId: key.keyId, algorithm: 'Ed25519' as const, publicKeyPem: key.publicKeyPem };
}

/** On demand, by a platform admin; as idempotent as the hourly job (nothing new: the latest). */
export async function makeCheckpointNow(ctx: ServiceContext, principal: Principal) {
  requirePlatformRole(principal, 'admin');
  return makeCheckpoint(ctx, keyOf(ctx));
}

/**
 * The audit path proving a checkpoint anchored one of the caller's tenant's lots. A checkpoint that does not
 * exist, a lot of another tenant and a lot made later get the same NOT_FOUND: no answer says which lots exist.
 */
export async function checkpointLotProof(
  ctx: ServiceContext,
  principal: Principal,
  seq: number,
  lotId: string,
) {
  const actor = requireTenantAction(principal, 'lots.read');
  const leaf = await findTenantCheckpointLeaf(ctx.db, { seq, lotId, tenantId: actor.tenantId });
  const checkpoint = leaf && (await findCheckpoint(ctx.db, seq));
  if (!leaf || !checkpoint) throw new AppError('NOT_FOUND', { resource: resourceNames.anchoredLot });
  const leaves = (await listCheckpointLeaves(ctx.db, seq)).map((l) => ({
    lotId: l.lot_id,
    recordCount: l.record_count,
    headHash: l.head_hash,
  }));
  const index = leaves.findIndex((l) => l.lotId === leaf.lot_id);
  const proof = inclusionProof(leaves, index, sha256Bytes);
  const anchored = { lotId: leaf.lot_id, recordCount: leaf.record_count, headHash: leaf.head_hash };
  return { seq, root: checkpoint.root, leaf: anchored, ...proof };
}
