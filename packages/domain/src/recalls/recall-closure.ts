import type { LotLink } from '../lots/genealogy';

/** One lot a recall reaches: a seed, or made from affected lots, at its shortest distance from a seed. */
export interface RecallClosureLot {
  lotId: string;
  seed: boolean;
  depth: number;
  /** The affected lots it was made from, in link order (empty for a seed). */
  fromLotIds: string[];
}

/**
 * The forward closure of a recall's seeds over genealogy links (parent -> child): every lot made from affected
 * material, breadth first so each lot gets its shortest depth; merges, splits and diamonds reach a lot once.
 * A seed made from another seed is still a seed (depth 0), with the seeds it came from as its parents.
 */
export function recallClosure(seedLotIds: readonly string[], links: readonly LotLink[]): RecallClosureLot[] {
  const children = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  for (const { parent, child } of links) {
    const down = children.get(parent) ?? [];
    if (!down.includes(child)) down.push(child);
    children.set(parent, down);
    const up = parents.get(child) ?? [];
    if (!up.includes(parent)) up.push(parent);
    parents.set(child, up);
  }
  const depth = new Map<string, number>(seedLotIds.map((id) => [id, 0]));
  const queue = [...depth.keys()];
  // iterative: a chain of thousands of batches must not exhaust the stack; a cycle ends at a lot already seen
  for (let head = 0; head < queue.length; head++) {
    const lotId = queue[head] ?? '';
    for (const child of children.get(lotId) ?? []) {
      if (depth.has(child)) continue;
      depth.set(child, (depth.get(lotId) ?? 0) + 1);
      queue.push(child);
    }
  }
  const seeds = new Set(seedLotIds);
  return queue.map((lotId) => ({
    lotId,
    seed: seeds.has(lotId),
    depth: depth.get(lotId) ?? 0,
    fromLotIds: (parents.get(lotId) ?? []).filter((parent) => depth.has(parent)),
  }));
}
