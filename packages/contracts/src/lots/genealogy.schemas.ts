import { type Static, Type } from '@sinclair/typebox';
import { LocalizedName, Timestamp, Uuid } from '../http/common.schemas';
import { InspectedTenantRef } from '../http/inspection.schemas';
import { BoundLabelRunView } from '../http/label-selection.schemas';
import { LotSummary } from '../http/lot-summary.schemas';

/** Which way to walk from the lot: `up` to the farms and inputs it came from, `down` to what was made of it. */
export const GenealogyDirection = Type.Union([Type.Literal('up'), Type.Literal('down')]);
export type GenealogyDirection = Static<typeof GenealogyDirection>;

export const GenealogyQuery = Type.Object(
  {
    direction: GenealogyDirection,
    /** Steps to walk, 1-100; every step when absent. */
    depth: Type.Optional(Type.String({ pattern: '^([1-9]|[1-9][0-9]|100)$' })),
  },
  { additionalProperties: false },
);
export type GenealogyQuery = Static<typeof GenealogyQuery>;

/** One lot reached by the walk, with how far it is and the labels bound to it. */
export const GenealogyNode = Type.Object(
  {
    lot: LotSummary,
    /** Steps from the lot asked for (0 for itself); the shortest when several paths lead to it. */
    depth: Type.Integer({ minimum: 0 }),
    labelCount: Type.Integer({ minimum: 0 }),
    /** Runs of labels activated on this lot (by print sequence within a batch); at most 50 shown. */
    labelRuns: Type.Array(BoundLabelRunView),
  },
  { additionalProperties: false },
);
export type GenealogyNode = Static<typeof GenealogyNode>;

/** Material of `parentLotId` went into `childLotId` in one transformation. */
export const GenealogyEdge = Type.Object(
  {
    parentLotId: Uuid,
    childLotId: Uuid,
    transformationId: Uuid,
    /** What moved from the parent to the child, in the parent's unit. */
    quantity: Type.Number(),
    unit: Type.String(),
    /** True when the transformation had several inputs and several outputs: the share is proportional, not weighed. */
    proportional: Type.Boolean(),
    at: Timestamp,
  },
  { additionalProperties: false },
);
export type GenealogyEdge = Static<typeof GenealogyEdge>;

export const LotGenealogy = Type.Object(
  {
    rootLotId: Uuid,
    direction: GenealogyDirection,
    /** Nearest first; the root lot first of all. */
    nodes: Type.Array(GenealogyNode),
    edges: Type.Array(GenealogyEdge),
    /** The walk stopped at `depth` or at the node limit with lots left beyond it. */
    truncated: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type LotGenealogy = Static<typeof LotGenealogy>;

/** A catalog item, by its catalog (the catalogs folder's CatalogItemParams; contracts folders import no other). */
export const CatalogItemLotsParams = Type.Object({ id: Uuid, itemId: Uuid }, { additionalProperties: false });
export type CatalogItemLotsParams = Static<typeof CatalogItemLotsParams>;

/** A lot whose records name a catalog item (a fertiliser batch, a plot, a supplier). */
export const CatalogItemLotView = Type.Object(
  {
    lot: LotSummary,
    /** Records of this lot that name the item, corrections included. */
    recordCount: Type.Integer({ minimum: 1 }),
    firstAt: Timestamp,
    lastAt: Timestamp,
  },
  { additionalProperties: false },
);
export type CatalogItemLotView = Static<typeof CatalogItemLotView>;

export const CatalogItemLots = Type.Object(
  {
    item: Type.Object(
      { id: Uuid, catalogId: Uuid, catalogName: LocalizedName, label: Type.String() },
      { additionalProperties: false },
    ),
    /** Newest record first. */
    lots: Type.Array(CatalogItemLotView),
  },
  { additionalProperties: false },
);
export type CatalogItemLots = Static<typeof CatalogItemLots>;

export { InspectedTenantRef };

export const InspectedLotGenealogy = Type.Object(
  { tenant: InspectedTenantRef, genealogy: LotGenealogy },
  { additionalProperties: false },
);
export type InspectedLotGenealogy = Static<typeof InspectedLotGenealogy>;
