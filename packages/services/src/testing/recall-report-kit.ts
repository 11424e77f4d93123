import { sql } from 'kysely';
import type { ServiceContext } from '../context/service-context';
import type { TenantKit } from './tenant-kit';

export interface RecallLotFixture {
  lotId: string;
  seed?: boolean;
  depth?: number;
  fromLotIds?: string[];
}

/**
 * A recall (or drill) stored as the recall service leaves it — its row, its lots in `recall_lots` and its
 * 'created' history entry — written straight to the tables, so the report's tests need not wait for it.
 */
export async function insertRecallFixture(
  ctx: ServiceContext,
  tenant: TenantKit,
  options: { lots: RecallLotFixture[]; drill?: boolean; status?: 'draft' | 'published' },
): Promise<string> {
  const { drill = false, status = drill ? 'draft' : 'published' } = options;
  const id = ctx.newId();
  const now = ctx.now();
  const last = await ctx.db
    .selectFrom('recalls')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirst();
  await ctx.db
    .insertInto('recalls')
    .values({
      id,
      tenant_id: tenant.id,
      number: (last?.n ?? 0) + 1,
      status,
      drill,
      severity: 'high',
      notice: JSON.stringify({
        reason: { vi: 'Nhiễm nấm mốc ở lô phân bón', en: 'Mould in a fertiliser batch' },
        instructions: { vi: 'Ngừng sử dụng, gọi cho chúng tôi', en: 'Stop using it and call us' },
        contact: '0987 654 321',
      }),
      source: JSON.stringify({
        kind: 'lots',
        lotIds: options.lots.filter((l) => l.seed).map((l) => l.lotId),
      }),
      created_at: now,
      created_by: tenant.userIds.owner,
      published_at: status === 'published' ? now : null,
    })
    .execute();
  for (const lot of options.lots)
    await sql`INSERT INTO recall_lots (recall_id, lot_id, tenant_id, seed, depth, from_lot_ids, joined_at)
      VALUES (${id}, ${lot.lotId}, ${tenant.id}, ${lot.seed ?? false}, ${lot.depth ?? 0},
        ${lot.fromLotIds ?? []}::uuid[], ${now})`.execute(ctx.db);
  const event = { recall_id: id, tenant_id: tenant.id, at: now, by_user: tenant.userIds.owner };
  await ctx.db
    .insertInto('recall_events')
    .values({ ...event, id: ctx.newId(), kind: 'created' })
    .execute();
  if (status === 'published')
    await ctx.db
      .insertInto('recall_events')
      .values({ ...event, id: ctx.newId(), kind: 'published' })
      .execute();
  return id;
}

/** Binds labels seq first..last of a batch to a lot, as activating them does. */
export async function bindLabels(
  ctx: ServiceContext,
  batchId: string,
  lotId: string,
  firstSeq: number,
  lastSeq: number,
): Promise<void> {
  await ctx.db
    .updateTable('labels')
    .set({ lot_id: lotId, state: 'activated', changed_at: ctx.now() })
    .where('batch_id', '=', batchId)
    .where('seq', '>=', firstSeq)
    .where('seq', '<=', lastSeq)
    .execute();
  // and its history entry, by which the lot's batches are found
  await ctx.db
    .insertInto('label_events')
    .values({
      id: ctx.newId(),
      batch_id: batchId,
      first_seq: firstSeq,
      last_seq: lastSeq,
      kind: 'activated',
      lot_id: lotId,
      record_id: null,
      reason: null,
      actor_id: null,
      at: ctx.now(),
    })
    .execute();
}
