import type { Insertable } from 'kysely';
import type { Db } from '../database';
import type { TransformationLotsTable, TransformationsTable } from '../schema';

/** A genealogy link with what moved along it, in the parent's unit (the domain's `movedQuantities`). */
export interface NewLotLink {
  parentLotId: string;
  childLotId: string;
  quantity: number;
  proportional: boolean;
}

/** Stores a transformation with its lots and the genealogy links from every input to every output. */
export async function insertTransformation(
  db: Db,
  transformation: Insertable<TransformationsTable>,
  lots: Insertable<TransformationLotsTable>[],
  links: readonly NewLotLink[],
): Promise<void> {
  await db.insertInto('transformations').values(transformation).execute();
  await db.insertInto('transformation_lots').values(lots).execute();
  if (links.length === 0) return;
  await db
    .insertInto('lot_links')
    .values(
      links.map((link) => ({
        parent_lot_id: link.parentLotId,
        child_lot_id: link.childLotId,
        transformation_id: transformation.id,
        tenant_id: transformation.tenant_id,
        quantity: link.quantity,
        proportional: link.proportional,
      })),
    )
    .execute();
}

export interface LinkedLot {
  lot_id: string;
  transformation_id: string;
  /** What moved along the link, in the parent's unit. */
  quantity: number;
  /** The parent's unit. */
  unit: string;
  proportional: boolean;
}

/** Lots linked to `lotId` one step `up` (its parents) or down (its children), with what moved along each link. */
function linkedLots(db: Db, tenantId: string, lotId: string, direction: 'up' | 'down'): Promise<LinkedLot[]> {
  const [self, other] =
    direction === 'up'
      ? (['k.child_lot_id', 'k.parent_lot_id'] as const)
      : (['k.parent_lot_id', 'k.child_lot_id'] as const);
  return db
    .selectFrom('lot_links as k')
    .innerJoin('lots as p', 'p.id', 'k.parent_lot_id')
    .select([`${other} as lot_id`, 'k.transformation_id', 'k.quantity', 'p.unit', 'k.proportional'])
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
