import type { ProcessDefinition, ProcessStage } from './process-definition';

/**
 * The stage graph as index lists, shared by the checks and the editing helpers. A stage id that occurs
 * twice counts once (its first stage); edges to missing stages are left out; parallel edges are merged.
 * Everything here is iterative: a 500-stage chain must not exhaust the call stack.
 */
export interface StageGraph {
  stages: ProcessStage[];
  indexOf: ReadonlyMap<string, number>;
  /** Successor indices per stage, in edge order; self-loops kept. */
  out: number[][];
  /** Predecessor indices per stage, in edge order; self-loops kept. */
  in: number[][];
}

export function buildStageGraph(definition: ProcessDefinition): StageGraph {
  const stages: ProcessStage[] = [];
  const indexOf = new Map<string, number>();
  for (const stage of definition.stages) {
    if (indexOf.has(stage.id)) continue;
    indexOf.set(stage.id, stages.length);
    stages.push(stage);
  }
  const out: number[][] = stages.map(() => []);
  const into: number[][] = stages.map(() => []);
  const seen = new Set<number>();
  for (const edge of definition.edges) {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const pair = source * stages.length + target;
    if (seen.has(pair)) continue;
    seen.add(pair);
    out[source]!.push(target);
    into[target]!.push(source);
  }
  return { stages, indexOf, out, in: into };
}

/** Which stages a walk along `next` from `roots` reaches (roots included). */
export function reachable(next: readonly number[][], roots: Iterable<number>): boolean[] {
  const seen = next.map(() => false);
  const queue: number[] = [];
  for (const root of roots) {
    if (seen[root]) continue;
    seen[root] = true;
    queue.push(root);
  }
  for (let head = 0; head < queue.length; head++) {
    for (const following of next[queue[head]!]!) {
      if (seen[following]) continue;
      seen[following] = true;
      queue.push(following);
    }
  }
  return seen;
}

/** Tarjan's strongly connected components, iterative; members of each component in ascending index order. */
export function stronglyConnectedComponents(out: readonly number[][]): number[][] {
  const order = out.map(() => -1);
  const low = out.map(() => 0);
  const onStack = out.map(() => false);
  const nextEdge = out.map(() => 0);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const visit = (node: number, calls: number[]) => {
    order[node] = counter;
    low[node] = counter++;
    stack.push(node);
    onStack[node] = true;
    calls.push(node);
  };
  for (let root = 0; root < out.length; root++) {
    if (order[root] !== -1) continue;
    const calls: number[] = [];
    visit(root, calls);
    while (calls.length > 0) {
      const node = calls.at(-1)!;
      const successor = out[node]![nextEdge[node]!];
      nextEdge[node]!++;
      if (successor === undefined) {
        calls.pop();
        finishNode(node, calls.at(-1), { order, low, onStack, stack, components });
      } else if (order[successor] === -1) visit(successor, calls);
      else if (onStack[successor]) low[node] = Math.min(low[node]!, order[successor]!);
    }
  }
  return components;
}

interface TarjanState {
  order: number[];
  low: number[];
  onStack: boolean[];
  stack: number[];
  components: number[][];
}

function finishNode(node: number, caller: number | undefined, state: TarjanState): void {
  const { order, low, onStack, stack, components } = state;
  if (caller !== undefined) low[caller] = Math.min(low[caller]!, low[node]!);
  if (low[node] !== order[node]) return;
  const component: number[] = [];
  let member: number;
  do {
    member = stack.pop()!;
    onStack[member] = false;
    component.push(member);
  } while (member !== node);
  components.push(component.sort((a, b) => a - b));
}

/** A shortest cycle from `start` back to itself inside `members` (breadth first), as stage indices. */
export function shortestCycleThrough(
  out: readonly number[][],
  start: number,
  members: ReadonlySet<number>,
): number[] {
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of out[node]!) {
      if (next === start && node !== start) return pathTo(parent, node);
      if (!members.has(next) || parent.has(next)) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  return [start];
}

function pathTo(parent: ReadonlyMap<number, number>, end: number): number[] {
  const path: number[] = [];
  for (let node = end; node !== -1; node = parent.get(node)!) path.push(node);
  return path.reverse();
}

/** Kahn's algorithm taking the earliest ready stage each time; stages held up by a cycle come last, in order. */
export function topologicalIndices(graph: StageGraph): number[] {
  const waiting = graph.in.map((sources, target) => sources.filter((source) => source !== target).length);
  const ready = new MinHeap();
  waiting.forEach((count, index) => {
    if (count === 0) ready.push(index);
  });
  const result: number[] = [];
  const placed = waiting.map(() => false);
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    result.push(next);
    placed[next] = true;
    for (const target of graph.out[next]!) {
      if (target === next) continue;
      waiting[target]!--;
      if (waiting[target] === 0) ready.push(target);
    }
  }
  placed.forEach((done, index) => {
    if (!done) result.push(index);
  });
  return result;
}

/** A binary min-heap of stage indices, so ties in the topological order go to definition order. */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const items = this.items;
    let child = items.push(value) - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (items[parent]! <= value) break;
      items[child] = items[parent]!;
      child = parent;
    }
    items[child] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let parent = 0;
    for (;;) {
      let child = parent * 2 + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && items[child + 1]! < items[child]!) child++;
      if (items[child]! >= last) break;
      items[parent] = items[child]!;
      parent = child;
    }
    items[parent] = last;
    return top;
  }
}
