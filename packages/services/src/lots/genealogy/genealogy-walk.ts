import type { GenealogyEdge, GenealogyNode, GenealogyQuery, LotGenealogy } from '@nguon/contracts';
import {
  countLotLabels,
  type Db,
  findGenealogyWalkLinks,
  findLots,
  findTransformationTimes,
  type GenealogyLinkRow,
  type LotWithNames,
  listLotLabelRuns,
} from '@nguon/db';
import { type Closure, type LabelRun, normalizeLabelRuns, orderClosure } from '@nguon/domain';
import { boundLabelsOf } from '../../label-binding/record-labels';
import { toLotSummary } from '../lot-views';

/** The explorer draws at most this many lots; beyond it the walk says it was truncated. */
export const maxGenealogyNodes = 2000;
const maxLabelRunsShown = 50;

type WalkedLink = GenealogyLinkRow & { parent: string; child: string };

/** A walk with the lots and transformation times it reached: what the JSON view and the CSV are made of. */
export interface GenealogyWalk {
  rootLotId: string;
  query: GenealogyQuery;
  closure: Closure<WalkedLink>;
  lots: Map<string, LotWithNames>;
  times: Map<string, Date>;
}

/** Walks a lot's genealogy of one tenant up or down, `depth` steps at most, and loads what it reached. */
export async function walkGenealogy(
  db: Db,
  tenantId: string,
  rootLotId: string,
  query: GenealogyQuery,
): Promise<GenealogyWalk> {
  const limits = query.depth === undefined ? {} : { maxDepth: Number(query.depth) };
  // the query reads only as far as the limits (and one step past the node cap); the closure cuts exactly there
  const rows = await findGenealogyWalkLinks(db, tenantId, rootLotId, query.direction, {
    ...limits,
    maxLots: maxGenealogyNodes,
  });
  const links = rows.map((row) => ({ ...row, parent: row.parent_lot_id, child: row.child_lot_id }));
  const closure = orderClosure([rootLotId], links, query.direction, {
    maxNodes: maxGenealogyNodes,
    ...limits,
  });
  const lotRows = await findLots(
    db,
    tenantId,
    closure.nodes.map((node) => node.lotId),
  );
  const transformationIds = [...new Set(closure.links.map((link) => link.transformation_id))];
  const times = await findTransformationTimes(db, tenantId, transformationIds);
  return {
    rootLotId,
    query,
    closure,
    lots: new Map(lotRows.map((lot) => [lot.id, lot])),
    times: new Map(times.map((row) => [row.id, row.event_time])),
  };
}

/** Each lot's labels: how many are activated on it now, and its first runs as the clerk reads them. */
async function labelsOfLots(db: Db, lotIds: readonly string[]) {
  const runsByLot = new Map<string, LabelRun[]>();
  for (const row of await listLotLabelRuns(db, lotIds)) {
    const runs = runsByLot.get(row.lot_id) ?? [];
    runs.push({ batchId: row.batch_id, firstSeq: row.first_seq, lastSeq: row.last_seq });
    runsByLot.set(row.lot_id, runs);
  }
  for (const [lotId, runs] of runsByLot) {
    runsByLot.set(lotId, normalizeLabelRuns(runs).slice(0, maxLabelRunsShown));
  }
  const counts = new Map((await countLotLabels(db, lotIds)).map((row) => [row.lot_id, row.labels]));
  return { counts, runs: await boundLabelsOf(db, runsByLot) };
}

function edgeOf(walk: GenealogyWalk, link: WalkedLink): GenealogyEdge {
  const at = walk.times.get(link.transformation_id);
  if (!at) throw new Error(`transformation ${link.transformation_id} of a link has no row`);
  return {
    parentLotId: link.parent_lot_id,
    childLotId: link.child_lot_id,
    transformationId: link.transformation_id,
    quantity: link.quantity,
    unit: walk.lots.get(link.parent_lot_id)?.unit ?? '',
    proportional: link.proportional,
    at: at.toISOString(),
  };
}

/** The walk as the explorer shows it: lots nearest first with their labels, and what moved along each link. */
export async function genealogyView(db: Db, walk: GenealogyWalk): Promise<LotGenealogy> {
  const ids = walk.closure.nodes.map((node) => node.lotId);
  const labels = await labelsOfLots(db, ids);
  const nodes = walk.closure.nodes.flatMap((node): GenealogyNode[] => {
    const lot = walk.lots.get(node.lotId);
    if (!lot) return [];
    return [
      {
        lot: toLotSummary(lot),
        depth: node.depth,
        labelCount: labels.counts.get(node.lotId) ?? 0,
        labelRuns: labels.runs.get(node.lotId) ?? [],
      },
    ];
  });
  return {
    rootLotId: walk.rootLotId,
    direction: walk.query.direction,
    nodes,
    edges: walk.closure.links.map((link) => edgeOf(walk, link)),
    truncated: walk.closure.truncated,
  };
}
