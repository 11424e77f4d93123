import { updateLabelBatch } from '@nguon/db';
import { builtInLabelLayouts, generateLabelSerials } from '@nguon/domain';
import { orderLabelBatch, type ServiceContext } from '@nguon/services';
import { sql } from 'kysely';
import { ownerPrincipal, type TenantFixture } from './fixtures';

/** A real built-in layout: batch views parse the stored one. */
const fixtureLayout = builtInLabelLayouts.find(({ key }) => key === 'roll-50x30')?.layout;

/**
 * Waits until no batch of the tenant, nor its PDF, is queued or running: a batch's jobs write in the background, and the
 * storage checks around refusals and reads must not see them.
 */
export async function settleLabelBatches(ctx: ServiceContext, tenantId: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const busy = await ctx.db
      .selectFrom('label_batches')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where((eb) =>
        eb.or([eb('state', 'in', ['queued', 'running']), eb('pdf_state', 'in', ['queued', 'running'])]),
      )
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

export interface LabelBatchFixture {
  id: string;
  number: number;
  /** serials[i] has print number i + 1. */
  serials: string[];
}

/** A completed label batch of the tenant as the batch worker leaves it, written straight to the tables. */
export async function insertLabelBatchFixture(
  ctx: ServiceContext,
  tenant: TenantFixture,
  options: { quantity: number; productId?: string | null; state?: string },
): Promise<LabelBatchFixture> {
  const { quantity, productId = null, state = 'completed' } = options;
  const id = ctx.newId();
  const last = await ctx.db
    .selectFrom('label_batches')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirst();
  const number = (last?.n ?? 0) + 1;
  const at = ctx.now();
  await ctx.db
    .insertInto('label_batches')
    .values({
      id,
      tenant_id: tenant.id,
      number,
      product_id: productId,
      quantity,
      generated: state === 'completed' ? quantity : 0,
      state,
      url_prefix: 'https://nguon.test/q/',
      layout: JSON.stringify(fixtureLayout),
      created_by: tenant.people.owner.id,
      created_at: at,
      finished_at: state === 'completed' ? at : null,
    })
    .execute();
  const serials = generateLabelSerials(quantity, ctx.randomBytes);
  if (state === 'completed')
    await sql`INSERT INTO labels (serial, batch_id, seq)
      SELECT s, ${id}::uuid, n::int FROM unnest(${serials}::text[]) WITH ORDINALITY AS t(s, n)`.execute(
      ctx.db,
    );
  return { id, number, serials };
}
