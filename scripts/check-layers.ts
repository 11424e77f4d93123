/**
 * Folder layering: inside every package, the files and folders that share a parent must import each other
 * one way only, at every depth (no folder imports a folder that imports it back), so each package reads
 * as floors from its composition root down to its ports. Packages among themselves are checked by
 * dependency-cruiser (.dependency-cruiser.cjs); this adds the folders inside them. Tests are left out.
 *
 * Usage: tsx scripts/check-layers.ts [dependency-cruiser JSON file]; without a file it runs depcruise.
 * It also reports the rule violations of that run, so `npm run deps:check` cruises once. Exit 0 when
 * there is none and every parent's children form an acyclic graph, 1 with each fault and its imports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CruiseModule {
  source: string;
  dependencies: { resolved: string }[];
}

interface CruiseResult {
  modules: CruiseModule[];
  summary: { violations: { from: string; to: string; rule: { name: string; severity: string } }[] };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagePattern = /^((?:apps|packages)\/[^/]+)\//;
const testPattern = /(\.test\.tsx?$|\.d\.ts$|\/(testing|test|test-support)\/)/;

function readCruise(): CruiseResult {
  const file = process.argv[2];
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as CruiseResult;
  // depcruise exits non-zero when a rule is broken; its JSON still holds every module and violation
  const run = spawnSync(
    'npx',
    ['depcruise', '--config', '.dependency-cruiser.cjs', 'apps', 'packages', '--output-type', 'json'],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`depcruise gave no output: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as CruiseResult;
}

/** dependency-cruiser's own rules (.dependency-cruiser.cjs), read from the same run. */
function ruleViolations(result: CruiseResult): string[] {
  return result.summary.violations
    .filter((violation) => violation.rule.severity === 'error')
    .map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`);
}

const inScope = (path: string) => packagePattern.test(path) && !testPattern.test(path);

/** For an import from `from` to `to` in one package: the parent folder and the two children of it that hold them. */
function splitAtParent(from: string, to: string): { parent: string; a: string; b: string } | null {
  const fromParts = from.split('/');
  const toParts = to.split('/');
  let shared = 0;
  while (
    shared < fromParts.length - 1 &&
    shared < toParts.length - 1 &&
    fromParts[shared] === toParts[shared]
  ) {
    shared += 1;
  }
  const a = fromParts[shared];
  const b = toParts[shared];
  if (shared < 3 || a === undefined || b === undefined) return null; // different packages: dependency-cruiser's rules
  return { parent: fromParts.slice(0, shared).join('/'), a, b };
}

type Graph = Map<string, Map<string, string[]>>;

function folderGraphs(modules: CruiseModule[]): Map<string, Graph> {
  const graphs = new Map<string, Graph>();
  for (const module of modules) {
    if (!inScope(module.source)) continue;
    for (const { resolved } of module.dependencies) {
      if (
        !inScope(resolved) ||
        module.source.match(packagePattern)?.[1] !== resolved.match(packagePattern)?.[1]
      ) {
        continue;
      }
      const split = splitAtParent(module.source, resolved);
      if (!split || split.a === split.b) continue;
      const graph = graphs.get(split.parent) ?? new Map();
      graphs.set(split.parent, graph);
      const edges = graph.get(split.a) ?? new Map<string, string[]>();
      graph.set(split.a, edges);
      const examples = edges.get(split.b) ?? [];
      edges.set(split.b, examples);
      if (examples.length < 2) examples.push(`${module.source} -> ${resolved}`);
    }
  }
  return graphs;
}

/** Tarjan's strongly connected components, iteratively; only components of two or more are cycles. */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: string[] }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: [...(graph.get(node)?.keys() ?? [])] });
    };
    enter(start);
    for (let frame = work.at(-1); frame; frame = work.at(-1)) {
      const target = frame.next.pop();
      if (target !== undefined) {
        if (!index.has(target)) enter(target);
        else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) found.push(component.sort());
    }
  }
  return found;
}

/** "parent: hub <-> others" when one member is in every edge of the cycle, else "parent: a, b, c". */
function describe(parent: string, members: string[], graph: Graph): string {
  const hub = members.find((candidate) =>
    members.every(
      (other) => other === candidate || graph.get(candidate)?.has(other) || graph.get(other)?.has(candidate),
    ),
  );
  const others = members.filter((member) => member !== hub);
  return hub && members.length > 2
    ? `${parent}: ${hub} <-> ${others.join(', ')}`
    : `${parent}: ${members.join(' <-> ')}`;
}

function main(): void {
  const result = readCruise();
  const rules = ruleViolations(result);
  if (rules.length > 0) {
    console.error(`dependency rules: ${rules.length} violation(s)\n${rules.join('\n')}\n`);
    process.exitCode = 1;
  } else {
    console.log(`dependency rules: ${result.modules.length} modules, no violation`);
  }
  const graphs = folderGraphs(result.modules);
  const faults: string[] = [];
  for (const [parent, graph] of [...graphs].sort(([a], [b]) => a.localeCompare(b))) {
    for (const members of cycles(graph)) {
      const name = describe(parent, members, graph);
      const imports = members.flatMap((from) =>
        [...(graph.get(from) ?? [])]
          .filter(([to]) => members.includes(to))
          .flatMap(([, examples]) => examples.map((example) => `    ${example}`)),
      );
      faults.push(`${name}\n${imports.join('\n')}`);
    }
  }
  if (faults.length === 0) {
    console.log(`folder layers: ${graphs.size} parent folders, no import runs back up`);
    return;
  }
  console.error(`folder layers: ${faults.length} cycle(s) between folders of one package\n`);
  console.error(faults.join('\n\n'));
  process.exitCode = 1;
}

main();
