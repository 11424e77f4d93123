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
