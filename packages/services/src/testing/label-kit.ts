import {
  builtInLabelLayouts,
  generateLabelSerials,
  labelSerialAlphabet,
  labelSerialCheckSymbol,
} from '@nguon/domain';
import { sql } from 'kysely';
import type { ServiceContext } from '../context/service-context';
import type { TenantKit } from './tenant-kit';

/** A real built-in layout: batch views parse the stored one. */
const fixtureLayout = builtInLabelLayouts.find(({ key }) => key === 'roll-50x30')?.layout;

export interface TestLabelBatch {
  id: string;
  number: number;
  /** Serials in print order: serials[i] has seq i + 1. */
  serials: string[];
}

/**
 * A label batch of the tenant stored as the batch worker leaves it (completed, every label generated), written
 * straight to the tables so label life cycle tests need no queue.
 */
export async function insertLabelBatch(
  ctx: ServiceContext,
  tenant: TenantKit,
  options: { quantity: number; productId?: string | null; lotId?: string | null; state?: string },
): Promise<TestLabelBatch> {
  const { quantity, productId = null, lotId = null, state = 'completed' } = options;
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
      lot_id: lotId,
      quantity,
      generated: state === 'completed' ? quantity : 0,
      state,
      url_prefix: 'https://nguon.test/q/',
      layout_key: 'roll-50x30',
      layout: JSON.stringify(fixtureLayout),
      created_by: tenant.userIds.owner,
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

/** The same serial with its last symbol changed: well formed, but its check symbol is wrong. */
export const mistyped = (serial: string) =>
  serial.slice(0, 12) + [...labelSerialAlphabet].find((symbol) => symbol !== serial.at(-1));

/** A well-formed serial that no batch printed. */
export const unknownSerial = () => `ZZZZZZZZZZZZ${labelSerialCheckSymbol('ZZZZZZZZZZZZ')}`;
