import type { Insertable } from 'kysely';
import type { Db } from '../database';
import type { TransformationLotsTable, TransformationsTable } from '../schema';

/** Stores a transformation with its lots and the genealogy links from every input to every output. */
export async function insertTransformation(
  db: Db,
  transformation: Insertable<TransformationsTable>,
  lots: Insertable<TransformationLotsTable>[],
): Promise<void> {
  await db.insertInto('transformations').values(transformation).execute();
  await db.insertInto('transformation_lots').values(lots).execute();
  const inputs = lots.filter((lot) => lot.role === 'input');
  const outputs = lots.filter((lot) => lot.role === 'output');
  const outputTotal = outputs.reduce((sum, output) => sum + output.quantity, 0);
  // what moved, in the parent's unit: its taken quantity shared by the outputs' quantities (see 0019)
  const links = inputs.flatMap((input) =>
    outputs.map((output) => ({
      parent_lot_id: input.lot_id,
      child_lot_id: output.lot_id,
      transformation_id: transformation.id,
      tenant_id: transformation.tenant_id,
      quantity: (input.quantity * output.quantity) / outputTotal,
      proportional: inputs.length > 1 && outputs.length > 1,
    })),
  );
  if (links.length > 0) await db.insertInto('lot_links').values(links).execute();
}

export interface LinkedLot {
  lot_id: string;
  transformation_id: string;
  /** The quantity that moved: taken from the parent, or given to the child, in that lot's unit. */
  quantity: number;
}

/** Lots linked to `lotId` one step `up` (its parents) or down (its children), with the quantity each moved. */
function linkedLots(db: Db, tenantId: string, lotId: string, direction: 'up' | 'down'): Promise<LinkedLot[]> {
  const [self, other] =
    direction === 'up'
      ? (['k.child_lot_id', 'k.parent_lot_id'] as const)
      : (['k.parent_lot_id', 'k.child_lot_id'] as const);
  return db
    .selectFrom('lot_links as k')
    .innerJoin('transformation_lots as t', (join) =>
      join.onRef('t.transformation_id', '=', 'k.transformation_id').onRef('t.lot_id', '=', other),
    )
    .select([`${other} as lot_id`, 'k.transformation_id', 't.quantity'])
    .where('k.tenant_id', '=', tenantId)
    .where(self, '=', lotId)
    .orderBy(other)
    .execute();
}

/** The lots one step up (inputs of the transformations that made it) and one step down (their outputs). */
export async function findLotNeighbours(
  db: Db,
  tenantId: string,
  lotId: string,
): Promise<{ parents: LinkedLot[]; children: LinkedLot[] }> {
  const [parents, children] = await Promise.all([
    linkedLots(db, tenantId, lotId, 'up'),
    linkedLots(db, tenantId, lotId, 'down'),
  ]);
  return { parents, children };
}
