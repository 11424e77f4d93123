import { updateLabelBatch } from '@nguon/db';
import { orderLabelBatch, type ServiceContext } from '@nguon/services';
import { ownerPrincipal, type TenantFixture } from './fixtures';

/**
 * Waits until no batch of the tenant is queued or running: a batch's jobs write in the background, and the
 * storage checks around refusals and reads must not see them.
 */
export async function settleLabelBatches(ctx: ServiceContext, tenantId: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const busy = await ctx.db
      .selectFrom('label_batches')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('state', 'in', ['queued', 'running'])
      .execute();
    if (busy.length === 0) return;
    if (Date.now() > until) throw new Error(`label batches of ${tenantId} still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A small batch of the tenant, made to the end (completed), or then marked failed to test retry and cancel. */
export async function labelBatchFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  state: 'completed' | 'failed' = 'completed',
) {
  const batch = await orderLabelBatch(ctx, ownerPrincipal(tenant), { quantity: 3 });
  await settleLabelBatches(ctx, tenant.id);
  if (state === 'failed')
    await updateLabelBatch(ctx.db, batch.id, { state: 'failed', error_code: 'LABEL_BATCH_FAILED' });
  return batch;
}
