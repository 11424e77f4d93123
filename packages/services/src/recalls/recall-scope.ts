import type { BoundLabelRunView, RecallLotView, RecallScope } from '@nguon/contracts';
import {
  type ActiveLabelRunRow,
  type Db,
  findClosureLinks,
  findExcludedSiblings,
  findScopeLots,
  type LotWithNames,
  listActiveLabelRuns,
  type NewRecallLot,
} from '@nguon/db';
import { type RecallClosureLot, recallClosure } from '@nguon/domain';
import { toLotSummary } from '../lots/lot-views';

/** A lot of a recall's scope, computed (a draft's preview) or as stored (recall_lots). */
export interface ScopeLot extends RecallClosureLot {
  joinedLater: boolean;
}

/** The most label runs listed per lot; the count covers them all. */
const maxRunsShown = 50;

/** The seeds and every lot made from them, each at its shortest depth, with the affected lots it came from. */
export async function computeClosure(
  db: Db,
  tenantId: string,
  seedLotIds: readonly string[],
): Promise<ScopeLot[]> {
  const links = await findClosureLinks(db, tenantId, seedLotIds, 'down');
  const closure = recallClosure(
    seedLotIds,
    links.map((link) => ({ parent: link.parent_lot_id, child: link.child_lot_id })),
  );
  return closure.map((lot) => ({ ...lot, joinedLater: false }));
}

/** The recall_lots rows of a computed scope. */
export function recallLotRows(
  recall: { id: string; tenantId: string },
  lots: readonly ScopeLot[],
  at: Date,
): NewRecallLot[] {
  return lots.map((lot) => ({
    recall_id: recall.id,
    lot_id: lot.lotId,
    tenant_id: recall.tenantId,
    seed: lot.seed,
    depth: lot.depth,
    from_lot_ids: lot.fromLotIds,
    joined_later: lot.joinedLater,
    joined_at: at,
  }));
}

/** Does the stored scope differ from the computed one? (a draft's rows are replaced only then) */
export function scopeChanged(stored: readonly ScopeLot[], computed: readonly ScopeLot[]): boolean {
  const key = (lot: ScopeLot) => `${lot.lotId}|${lot.seed}|${lot.depth}|${lot.fromLotIds.join(',')}`;
  const known = new Set(stored.map(key));
  return stored.length !== computed.length || computed.some((lot) => !known.has(key(lot)));
}

async function lotsById(
  db: Db,
  tenantId: string,
  ids: readonly string[],
): Promise<Map<string, LotWithNames>> {
  return new Map((await findScopeLots(db, tenantId, ids)).map((lot) => [lot.id, lot]));
}

async function runsByLot(db: Db, ids: readonly string[]): Promise<Map<string, ActiveLabelRunRow[]>> {
  const byLot = new Map<string, ActiveLabelRunRow[]>();
  for (const run of await listActiveLabelRuns(db, ids)) {
    const runs = byLot.get(run.lot_id) ?? [];
    runs.push(run);
    byLot.set(run.lot_id, runs);
  }
  return byLot;
}

const runView = (run: ActiveLabelRunRow): BoundLabelRunView => ({
  batchId: run.batch_id,
  batchNumber: run.batch_number,
  firstSeq: run.first_seq,
  lastSeq: run.last_seq,
  firstSerial: run.first_serial,
  lastSerial: run.last_serial,
  urlPrefix: run.url_prefix,
});

const labelsIn = (runs: readonly ActiveLabelRunRow[]) =>
  runs.reduce((sum, run) => sum + run.last_seq - run.first_seq + 1, 0);

/**
 * Totals per product: lots, labels, and quantities per unit (a product's lots may differ in unit). The quantity is
 * what is still in each lot: what a transformation took is counted in the lots it made, so a kilogram of leaves
 * roasted into a batch is counted once, as tea, not twice.
 */
function productTotals(views: readonly RecallLotView[]): RecallScope['products'] {
  const byProduct = new Map<string, RecallScope['products'][number]>();
  for (const { lot, labelCount } of views) {
    const total = byProduct.get(lot.productId) ?? {
      productId: lot.productId,
      productName: lot.productName,
      lotCount: 0,
      quantities: [],
      labelCount: 0,
    };
    total.lotCount += 1;
    total.labelCount += labelCount;
    const quantity = total.quantities.find((q) => q.unit === lot.unit);
    if (quantity) quantity.quantity += lot.remaining;
    else total.quantities.push({ quantity: lot.remaining, unit: lot.unit });
    byProduct.set(lot.productId, total);
  }
  return [...byProduct.values()];
}

/**
 * What a recall reaches, as the owner previews it and authorities read it: each lot with its labels activated now
 * (as runs), totals per product, and the lots made beside affected ones that are visibly left out.
 */
export async function scopeView(db: Db, tenantId: string, scope: readonly ScopeLot[]): Promise<RecallScope> {
  const ids = scope.map((lot) => lot.lotId);
  const [lots, runs] = [await lotsById(db, tenantId, ids), await runsByLot(db, ids)];
  const views = scope.flatMap((entry): RecallLotView[] => {
    const lot = lots.get(entry.lotId);
    if (!lot) return [];
    const lotRuns = runs.get(entry.lotId) ?? [];
    return [
      {
        lot: toLotSummary(lot),
        seed: entry.seed,
        depth: entry.depth,
        fromLotIds: entry.fromLotIds,
        joinedLater: entry.joinedLater,
        labelCount: labelsIn(lotRuns),
        labelRuns: lotRuns.slice(0, maxRunsShown).map(runView),
      },
    ];
  });
  const siblings = await findExcludedSiblings(db, tenantId, ids);
  const siblingLots = await lotsById(
    db,
    tenantId,
    siblings.map((row) => row.lot_id),
  );
  return {
    lots: views,
    excluded: siblings.flatMap((row) => {
      const lot = siblingLots.get(row.lot_id);
      return lot
        ? [
            {
              lot: toLotSummary(lot),
              siblingOfLotId: row.sibling_of_lot_id,
              transformationId: row.transformation_id,
            },
          ]
        : [];
    }),
    products: productTotals(views),
    labelCount: views.reduce((sum, view) => sum + view.labelCount, 0),
  };
}
