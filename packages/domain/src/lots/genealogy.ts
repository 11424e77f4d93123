/** One step of genealogy: material of `parent` went into `child` (by a transformation). */
export interface LotLink {
  parent: string;
  child: string;
}

export interface Genealogy {
  parents(lotId: string): string[];
  children(lotId: string): string[];
  /** Every lot the given lots came from, nearest first, the given lots left out (one step back, repeated). */
  ancestors(lotIds: Iterable<string>): string[];
  /** Every lot made from the given lots, nearest first, the given lots left out (one step forward, repeated). */
  descendants(lotIds: Iterable<string>): string[];
}

function walk(start: Iterable<string>, next: ReadonlyMap<string, string[]>): string[] {
  const seen = new Set(start);
  const queue = [...seen];
  const found: string[] = [];
  // iterative breadth-first walk: deep chains of batches must not exhaust the stack; cycles end it
  for (let head = 0; head < queue.length; head++) {
    for (const following of next.get(queue[head]!) ?? []) {
      if (seen.has(following)) continue;
      seen.add(following);
      queue.push(following);
      found.push(following);
    }
  }
  return found;
}

function index(links: readonly LotLink[], from: 'parent' | 'child'): Map<string, string[]> {
  const to = from === 'parent' ? 'child' : 'parent';
  const map = new Map<string, string[]>();
  for (const link of links) {
    const list = map.get(link[from]);
    if (!list) map.set(link[from], [link[to]]);
    else if (!list.includes(link[to])) list.push(link[to]);
  }
  return map;
}

/** Backward and forward traversal over genealogy links (TCVN 12850: one step back, one step forward). */
export function createGenealogy(links: readonly LotLink[]): Genealogy {
  const down = index(links, 'parent');
  const up = index(links, 'child');
  return {
    parents: (lotId) => [...(up.get(lotId) ?? [])],
    children: (lotId) => [...(down.get(lotId) ?? [])],
    ancestors: (lotIds) => walk(lotIds, up),
    descendants: (lotIds) => walk(lotIds, down),
  };
}

/** A lot reached by a closure walk, with its shortest distance from the seeds (0 for a seed). */
export interface ClosureNode {
  lotId: string;
  depth: number;
}

export interface Closure<L extends LotLink> {
  /** Seeds first, then nearest first (breadth-first order). */
  nodes: ClosureNode[];
  /** The links between lots of the closure. */
  links: L[];
  /** A limit stopped the walk with lots left beyond it. */
  truncated: boolean;
}

export interface ClosureLimits {
  /** Steps to walk from the seeds; every step when absent. */
  maxDepth?: number;
  /** Lots to keep, seeds included. */
  maxNodes?: number;
}

function linksFrom<L extends LotLink>(links: readonly L[], from: 'parent' | 'child'): Map<string, string[]> {
  const to = from === 'parent' ? 'child' : 'parent';
  const map = new Map<string, string[]>();
  for (const link of links) {
    const list = map.get(link[from]);
    if (list) list.push(link[to]);
    else map.set(link[from], [link[to]]);
  }
  return map;
}

/**
 * Orders the closure of some seed lots from its links: every lot reached `down` (made from them) or `up` (what
 * they came from), each once at its shortest depth, nearest first. Iterative, so a chain of any depth is fine;
 * a limit marks the closure truncated when lots lay beyond it.
 */
export function orderClosure<L extends LotLink>(
  seeds: Iterable<string>,
  links: readonly L[],
  direction: 'up' | 'down',
  limits: ClosureLimits = {},
): Closure<L> {
  const next = linksFrom(links, direction === 'down' ? 'parent' : 'child');
  const maxDepth = limits.maxDepth ?? Number.POSITIVE_INFINITY;
  const maxNodes = limits.maxNodes ?? Number.POSITIVE_INFINITY;
  const depths = new Map<string, number>();
  const nodes: ClosureNode[] = [];
  for (const seed of seeds) {
    if (depths.has(seed)) continue;
    depths.set(seed, 0);
    nodes.push({ lotId: seed, depth: 0 });
  }
  let truncated = false;
  for (let head = 0; head < nodes.length; head++) {
    const { lotId, depth } = nodes[head]!;
    for (const following of next.get(lotId) ?? []) {
      if (depths.has(following)) continue;
      if (depth >= maxDepth || nodes.length >= maxNodes) {
        truncated = true;
        continue;
      }
      depths.set(following, depth + 1);
      nodes.push({ lotId: following, depth: depth + 1 });
    }
  }
  const kept = links.filter((link) => depths.has(link.parent) && depths.has(link.child));
  return { nodes, links: kept, truncated };
}
