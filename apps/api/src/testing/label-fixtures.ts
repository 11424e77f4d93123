import { generateLabelSerials } from '@nguon/domain';
import type { ServiceContext } from '@nguon/services';
import { sql } from 'kysely';
import type { TenantFixture } from './fixtures';

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
      layout: '{}',
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
