import type { Insertable } from 'kysely';
import type { Db } from '../database';
import type { CheckpointLeafRow, CheckpointRow, CheckpointsTable } from '../schema';

const leavesPerInsert = 1000;

export async function findLatestCheckpoint(db: Db): Promise<CheckpointRow | undefined> {
  return db.selectFrom('checkpoints').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function findCheckpoint(db: Db, seq: number): Promise<CheckpointRow | undefined> {
  return db.selectFrom('checkpoints').selectAll().where('seq', '=', seq).executeTakeFirst();
}

/** Newest first; `beforeSeq` pages back. */
export async function listCheckpoints(
  db: Db,
  query: { beforeSeq: number | null; limit: number },
): Promise<CheckpointRow[]> {
  let base = db.selectFrom('checkpoints').selectAll();
  if (query.beforeSeq !== null) base = base.where('seq', '<', query.beforeSeq);
  return base.orderBy('seq', 'desc').limit(query.limit).execute();
}

/** Every checkpoint oldest first, for checking the checkpoint chain. */
export async function listAllCheckpoints(db: Db): Promise<CheckpointRow[]> {
  return db.selectFrom('checkpoints').selectAll().orderBy('seq').execute();
}

export async function insertCheckpoint(
  db: Db,
  checkpoint: Insertable<CheckpointsTable>,
  leaves: readonly Omit<CheckpointLeafRow, 'checkpoint_seq'>[],
): Promise<void> {
  await db.insertInto('checkpoints').values(checkpoint).execute();
  for (let at = 0; at < leaves.length; at += leavesPerInsert) {
    const rows = leaves
      .slice(at, at + leavesPerInsert)
      .map((leaf) => ({ ...leaf, checkpoint_seq: checkpoint.seq }));
    await db.insertInto('checkpoint_leaves').values(rows).execute();
  }
}

/** A checkpoint's anchored heads in tree order (by lot id). */
export async function listCheckpointLeaves(db: Db, seq: number): Promise<CheckpointLeafRow[]> {
  return db
    .selectFrom('checkpoint_leaves')
    .selectAll()
    .where('checkpoint_seq', '=', seq)
    .orderBy('lot_id')
    .execute();
}

/** One anchored lot of a checkpoint, scoped to a tenant's lots (null when the tenant has no such anchored lot). */
export async function findTenantCheckpointLeaf(
  db: Db,
  query: { seq: number; lotId: string; tenantId: string },
): Promise<CheckpointLeafRow | undefined> {
  return db
    .selectFrom('checkpoint_leaves as c')
    .innerJoin('lots as l', 'l.id', 'c.lot_id')
    .selectAll('c')
    .where('c.checkpoint_seq', '=', query.seq)
    .where('c.lot_id', '=', query.lotId)
    .where('l.tenant_id', '=', query.tenantId)
    .executeTakeFirst();
}

/** Every lot's chain head in one statement, so one consistent snapshot, by lot id. */
export async function listAllLotHeads(
  db: Db,
): Promise<{ id: string; record_count: number; head_hash: string }[]> {
  return db.selectFrom('lots').select(['id', 'record_count', 'head_hash']).orderBy('id').execute();
}

/** The stored hash of each record of these lots, for comparing with anchored heads. */
export async function listRecordHashes(
  db: Db,
  lotIds: readonly string[],
): Promise<{ lot_id: string; seq: number; hash: string }[]> {
  if (lotIds.length === 0) return [];
  return db
    .selectFrom('lot_records')
    .select(['lot_id', 'seq', 'hash'])
    .where('lot_id', 'in', lotIds)
    .execute();
}

/** Lots by id with their code and count, for naming the anchored lots that disagree. */
export async function listLotsById(
  db: Db,
  lotIds: readonly string[],
): Promise<{ id: string; code: string; tenant_id: string; record_count: number }[]> {
  if (lotIds.length === 0) return [];
  return db
    .selectFrom('lots')
    .select(['id', 'code', 'tenant_id', 'record_count'])
    .where('id', 'in', lotIds)
    .execute();
}

/** How many lots (of a tenant, or all) a checkpoint did not anchor: made after it. */
export async function countLotsNotAnchored(db: Db, seq: number, tenantId: string | null): Promise<number> {
  let base = db
    .selectFrom('lots as l')
    .leftJoin('checkpoint_leaves as c', (join) =>
      join.onRef('c.lot_id', '=', 'l.id').on('c.checkpoint_seq', '=', seq),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('c.lot_id', 'is', null);
  if (tenantId) base = base.where('l.tenant_id', '=', tenantId);
  return Number((await base.executeTakeFirstOrThrow()).n);
}
