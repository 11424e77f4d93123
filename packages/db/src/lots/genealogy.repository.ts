import { sql } from 'kysely';
import type { Db } from '../database';

/** One genealogy link with what moved along it, in the parent's unit. */
export interface GenealogyLinkRow {
  parent_lot_id: string;
  child_lot_id: string;
  transformation_id: string;
  quantity: number;
  proportional: boolean;
}

/**
 * Every link walked from the seed lots of the tenant, down (to what was made from them) or up (to what they came
 * from): the closure's edges, from which the domain orders the lots. One recursive query whatever the depth; the
 * UNION keeps each lot once, so diamonds and long chains stay linear.
 */
export async function findClosureLinks(
  db: Db,
  tenantId: string,
  seedLotIds: readonly string[],
  direction: 'up' | 'down',
): Promise<GenealogyLinkRow[]> {
  if (seedLotIds.length === 0) return [];
  const [from, to] =
    direction === 'down'
      ? [sql.ref('k.parent_lot_id'), sql.ref('k.child_lot_id')]
      : [sql.ref('k.child_lot_id'), sql.ref('k.parent_lot_id')];
  const { rows } = await sql<GenealogyLinkRow>`
    WITH RECURSIVE reach(lot_id) AS (
      SELECT unnest(${[...seedLotIds]}::uuid[])
      UNION
      SELECT ${to} FROM lot_links k JOIN reach r ON ${from} = r.lot_id WHERE k.tenant_id = ${tenantId}
    )
    SELECT k.parent_lot_id, k.child_lot_id, k.transformation_id, k.quantity, k.proportional
    FROM lot_links k JOIN reach r ON ${from} = r.lot_id
    WHERE k.tenant_id = ${tenantId}`.execute(db);
  return rows;
}
