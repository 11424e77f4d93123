import { randomUUID } from 'node:crypto';
import { orderClosure } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fixtureTransformation,
  type GenealogyScaffold,
  genealogyScaffold,
  insertFixtureLots,
} from '../testing/genealogy-fixtures';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import { findClosureLinks, findGenealogyWalkLinks, type GenealogyLinkRow } from './genealogy.repository';
import { insertTransformation } from './transformations.repository';

// Tenant A: h1 + h2 merge into b; b splits into p1, p2, p3; p1 and p2 both go into d (a diamond); h3 -> s is a
// sibling line; c0 -> c1 -> ... -> c50 a chain of depth 50. Tenant B's lot x is linked to... nothing of A
// (links never cross tenants), but B has its own chain under the same codes.
const graph: Record<string, string[]> = {
  h1: ['b'],
  h2: ['b'],
  b: ['p1', 'p2', 'p3'],
  p1: ['d'],
  p2: ['d'],
  h3: ['s'],
  ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`c${i}`, [`c${i + 1}`]])),
};

async function makeGenealogy(db: TestDatabase['db'], scaffold: GenealogyScaffold) {
  const codes = [...new Set([...Object.keys(graph), ...Object.values(graph).flat()])];
  const ids = await insertFixtureLots(
    db,
    scaffold,
    codes.map((code) => ({ code, quantity: 100, unit: 'kg' })),
  );
  const id = (code: string) => ids.get(code) ?? '';
  for (const [parent, children] of Object.entries(graph)) {
    const transformationId = randomUUID();
    await insertTransformation(
      db,
      fixtureTransformation(scaffold, transformationId),
      [
        {
          transformation_id: transformationId,
          lot_id: id(parent),
          tenant_id: scaffold.tenantId,
          role: 'input',
          quantity: 90,
        },
        ...children.map((child) => ({
          transformation_id: transformationId,
          lot_id: id(child),
          tenant_id: scaffold.tenantId,
          role: 'output',
          quantity: 30,
        })),
      ],
      children.map((child) => ({
        parentLotId: id(parent),
        childLotId: id(child),
        quantity: 90 / children.length,
        proportional: false,
      })),
    );
  }
  return ids;
}

const chainDown = Array.from({ length: 51 }, (_, i) => `c${i}`);

describe.each(await testDrivers())('genealogy closure on %s', (driver) => {
  let t: TestDatabase;
  let a: GenealogyScaffold;
  let idsA: Map<string, string>;
  let idsB: Map<string, string>;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    a = await genealogyScaffold(t.db, 'A');
    idsA = await makeGenealogy(t.db, a);
    idsB = await makeGenealogy(t.db, await genealogyScaffold(t.db, 'B'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    { name: 'a chain, down', seeds: ['c48'], dir: 'down', lots: ['c48:0', 'c49:1', 'c50:2'] },
    { name: 'a chain, up', seeds: ['c2'], dir: 'up', lots: ['c2:0', 'c1:1', 'c0:2'] },
    {
      name: 'a merge, down from one input',
      seeds: ['h1'],
      dir: 'down',
      lots: ['h1:0', 'b:1', 'p1:2', 'p2:2', 'p3:2', 'd:3'],
    },
    { name: 'a merge, up to both inputs', seeds: ['b'], dir: 'up', lots: ['b:0', 'h1:1', 'h2:1'] },
    {
      name: 'a split: the other pack lots are not upstream',
      seeds: ['p3'],
      dir: 'up',
      lots: ['p3:0', 'b:1', 'h1:2', 'h2:2'],
    },
    {
      name: 'a split, down: unaffected siblings excluded',
      seeds: ['p1'],
      dir: 'down',
      lots: ['p1:0', 'd:1'],
    },
    {
      name: 'a diamond, up, each lot once',
      seeds: ['d'],
      dir: 'up',
      lots: ['d:0', 'p1:1', 'p2:1', 'b:2', 'h1:3', 'h2:3'],
    },
    {
      name: 'several seeds, the nearest depth',
      seeds: ['h3', 'b', 'p2'],
      dir: 'down',
      lots: ['b:0', 'h3:0', 'p2:0', 'd:1', 'p1:1', 'p3:1', 's:1'],
    },
    { name: 'depth 50, down', seeds: ['c0'], dir: 'down', lots: chainDown.map((c, i) => `${c}:${i}`) },
    {
      name: 'depth 50, up',
      seeds: ['c50'],
      dir: 'up',
      lots: [...chainDown].reverse().map((c, i) => `${c}:${i}`),
    },
    { name: 'a lot with no links', seeds: ['s'], dir: 'down', lots: ['s:0'] },
  ] as const)('$name', async ({ seeds, dir, lots }) => {
    const code = new Map([...idsA].map(([c, id]) => [id, c]));
    const seedIds = seeds.map((s) => idsA.get(s) ?? '');
    const rows = await findClosureLinks(t.db, a.tenantId, seedIds, dir);
    const closure = orderClosure(
      seedIds,
      rows.map((row) => ({ parent: row.parent_lot_id, child: row.child_lot_id })),
      dir,
    );
    // within a depth the order is the database's: compare depth by depth
    const found = closure.nodes.map((n) => `${code.get(n.lotId) ?? `foreign:${n.lotId}`}:${n.depth}`);
    const byDepth = (list: readonly string[]) =>
      [...list].sort((x, y) => Number(x.split(':')[1]) - Number(y.split(':')[1]) || x.localeCompare(y));
    expect(byDepth(found)).toEqual(byDepth(lots));
    const otherTenant = new Set(idsB.values());
    expect(rows.some((row) => otherTenant.has(row.parent_lot_id) || otherTenant.has(row.child_lot_id))).toBe(
      false,
    );
  });

  it.each([
    {
      name: 'a chain cut at depth 5',
      root: 'c0',
      dir: 'down',
      depth: 5,
      lots: 2000,
      read: 6,
      truncated: true,
    },
    { name: 'a chain cut at 10 lots', root: 'c0', dir: 'down', lots: 10, read: 11, truncated: true },
    {
      name: 'a chain ending at the depth',
      root: 'c48',
      dir: 'down',
      depth: 2,
      lots: 2000,
      read: 2,
      truncated: false,
    },
    {
      name: 'a diamond cut at depth 2',
      root: 'd',
      dir: 'up',
      depth: 2,
      lots: 2000,
      read: 4,
      truncated: true,
    },
    {
      name: 'a diamond within depth 3',
      root: 'd',
      dir: 'up',
      depth: 3,
      lots: 2000,
      read: 4,
      truncated: false,
    },
    { name: 'a merge and split, whole', root: 'h1', dir: 'down', lots: 2000, read: 4, truncated: false },
  ] as const)('walks $name as the whole closure cut there, reading no further', async (walk) => {
    const { root, dir, lots: maxLots, read, truncated } = walk;
    const limits = 'depth' in walk ? { maxDepth: walk.depth } : {};
    const code = new Map([...idsA].map(([c, id]) => [id, c]));
    const rootId = idsA.get(root) ?? '';
    const closureOf = (rows: GenealogyLinkRow[]) => {
      const links = rows.map((row) => ({ parent: row.parent_lot_id, child: row.child_lot_id }));
      const closure = orderClosure([rootId], links, dir, { ...limits, maxNodes: maxLots });
      const nodes = closure.nodes.map((node) => `${code.get(node.lotId)}:${node.depth}`).sort();
      return { nodes, truncated: closure.truncated };
    };
    const rows = await findGenealogyWalkLinks(t.db, a.tenantId, rootId, dir, { ...limits, maxLots });
    const whole = await findClosureLinks(t.db, a.tenantId, [rootId], dir);
    expect(closureOf(rows)).toEqual({ ...closureOf(whole), truncated });
    // links were read out of this many lots (leaves have none): the cut, and one step past the cap that tells it
    const from = new Set(rows.map((row) => (dir === 'down' ? row.parent_lot_id : row.child_lot_id)));
    expect(from.size).toBe(read);
  });

  it('walks a tie at the lot cap to exactly that many lots, truncated', async () => {
    const rows = await findGenealogyWalkLinks(t.db, a.tenantId, idsA.get('b') ?? '', 'up', { maxLots: 2 });
    const links = rows.map((row) => ({ parent: row.parent_lot_id, child: row.child_lot_id }));
    const closure = orderClosure([idsA.get('b') ?? ''], links, 'up', { maxNodes: 2 });
    expect([closure.nodes.length, closure.truncated]).toEqual([2, true]);
    expect(
      await findGenealogyWalkLinks(t.db, a.tenantId, idsB.get('h1') ?? '', 'down', { maxLots: 9 }),
    ).toEqual([]);
  });

  it('reads no more than the cap and one lot past it out of a wide split, truncated', async () => {
    const root = idsA.get('b') ?? '';
    const rows = await findGenealogyWalkLinks(t.db, a.tenantId, root, 'down', { maxLots: 2 });
    const links = rows.map((row) => ({ parent: row.parent_lot_id, child: row.child_lot_id }));
    const closure = orderClosure([root], links, 'down', { maxNodes: 2 });
    expect([closure.nodes.length, closure.truncated]).toEqual([2, true]);
    // b splits into three packs: two (the cap, and one past it) are read, and at most one link beyond them
    expect(
      new Set(rows.filter((row) => row.parent_lot_id === root).map((row) => row.child_lot_id)).size,
    ).toBe(2);
    expect(rows.length).toBeLessThanOrEqual(3);
  });

  it("never walks from another tenant's seed", async () => {
    expect(await findClosureLinks(t.db, a.tenantId, [idsB.get('h1') ?? ''], 'down')).toEqual([]);
  });

  it('gives what moved along each link', async () => {
    const rows = await findClosureLinks(t.db, a.tenantId, [idsA.get('b') ?? ''], 'down');
    const p1 = rows.find((row) => row.child_lot_id === idsA.get('p1'));
    expect(p1).toMatchObject({ quantity: 30, proportional: false });
  });
});
