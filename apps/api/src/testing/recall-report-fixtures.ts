import { randomUUID } from 'node:crypto';
import { requestRecallReport, type ServiceContext } from '@nguon/services';
import { sql } from 'kysely';
import { ownerPrincipal, type TenantFixture } from './fixtures';
import { createLotFixture, type FarmFixture } from './lot-fixtures';

/** Waits until no report of the tenant is queued or running: a report asked for by an earlier call is done. */
export async function settleRecallReports(ctx: ServiceContext, tenantId: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const busy = await ctx.db
      .selectFrom('recall_reports')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('state', 'in', ['queued', 'running'])
      .execute();
    if (busy.length === 0) return;
    if (Date.now() > until) throw new Error(`recall reports of ${tenantId} still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A published recall of one fresh lot, stored as the recall service leaves it (its row, its lot in recall_lots,
 * its 'created' entry), written straight to the tables so the report's tests need not wait for that service.
 */
export async function recallFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  farm: FarmFixture,
  drill = false,
): Promise<string> {
  await settleRecallReports(ctx, tenant.id);
  const lot = await createLotFixture(ctx, tenant, farm);
  const id = randomUUID();
  const now = ctx.now();
  const { rows } = await sql<{ n: number }>`
    SELECT coalesce(max(number), 0) + 1 AS n FROM recalls WHERE tenant_id = ${tenant.id}`.execute(ctx.db);
  await ctx.db
    .insertInto('recalls')
    .values({
      id,
      tenant_id: tenant.id,
      number: rows[0]?.n ?? 1,
      status: drill ? 'draft' : 'published',
      drill,
      severity: 'medium',
      notice: JSON.stringify({
        reason: { vi: 'Dư lượng thuốc bảo vệ thực vật', en: 'Pesticide residue' },
        instructions: { vi: 'Trả lại nơi mua', en: 'Return it where you bought it' },
        contact: '0912 345 678',
      }),
      source: JSON.stringify({ kind: 'lots', lotIds: [lot.id] }),
      created_at: now,
      created_by: tenant.people.owner.id,
      published_at: drill ? null : now,
    })
    .execute();
  await sql`INSERT INTO recall_lots (recall_id, lot_id, tenant_id, seed, depth, joined_at)
    VALUES (${id}, ${lot.id}, ${tenant.id}, true, 0, ${now})`.execute(ctx.db);
  await ctx.db
    .insertInto('recall_events')
    .values({
      id: randomUUID(),
      recall_id: id,
      tenant_id: tenant.id,
      at: now,
      kind: 'created',
      by_user: null,
    })
    .execute();
  return id;
}

/** A recall whose report is ready, made by the platform's own queue. */
export async function reportedRecallFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  farm: FarmFixture,
): Promise<string> {
  const id = await recallFixture(ctx, tenant, farm);
  const asked = await requestRecallReport(ctx, ownerPrincipal(tenant), id);
  const done = await ctx.queue.waitFor(asked.job.id, 60_000);
  if (done.state !== 'completed') throw new Error(`the report of recall ${id} ended ${done.state}`);
  return id;
}
