import { type Db, findClosureLinks } from '@nguon/db';
import { createTestDatabase, genealogyScaffold, testDrivers } from '@nguon/db/testing';
import { orderClosure } from '@nguon/domain';
import { sql } from 'kysely';
import { against, type Row } from './row';

// A realistic genealogy of 100,000 lots in one tenant: 60,000 harvest lots merged ten by ten into 6,000 batches,
// each batch also taking from one salt lot (a shared input: its closure is large), each batch split into 5 pack
// lots (30,000), and one chain of 3,999 lots (depth 3,998). Ten minimal records per lot: 1,000,000 records.
const harvests = 60_000;
const batches = 6_000;
const packsPerBatch = 5;
const chain = 3_999;
const recordsPerLot = 10;

const lotId = (prefix: string, n: string) => `md5('${prefix}' || ${n})::uuid`;

/** The seeding statements, straight SQL with generate_series; ids are md5 of a name so links can find them. */
function seedStatements(tenant: string, product: string, process: string, version: string): string[] {
  const lots = (prefix: string, count: number, quantity: number) => `
    INSERT INTO lots (id, tenant_id, product_id, process_id, process_version_id, code, quantity, remaining, unit)
    SELECT ${lotId(prefix, 'g')}, '${tenant}', '${product}', '${process}', '${version}', '${prefix.toUpperCase()}-' || g,
      ${quantity}, 0, 'kg'
    FROM generate_series(1, ${count}) g`;
  const transformations = (prefix: string, count: number) => `
    INSERT INTO transformations (id, tenant_id, process_version_id, stage_id, stage_key, event_time, recorded_at)
    SELECT ${lotId(prefix, 'g')}, '${tenant}', '${version}', 'dry', 'dry', now(), now()
    FROM generate_series(1, ${count}) g`;
  const links = (parent: string, child: string, transformation: string, from: string, quantity: number) => `
    INSERT INTO lot_links (parent_lot_id, child_lot_id, transformation_id, tenant_id, quantity)
    SELECT ${parent}, ${child}, ${transformation}, '${tenant}', ${quantity} FROM ${from}`;
  const packs = batches * packsPerBatch;
  return [
    lots('h', harvests, 100),
    `INSERT INTO lots (id, tenant_id, product_id, process_id, process_version_id, code, quantity, remaining, unit)
     VALUES (md5('salt')::uuid, '${tenant}', '${product}', '${process}', '${version}', 'SALT-1', ${batches}, 0, 'kg')`,
    lots('b', batches, 1000),
    lots('p', packs, 200),
    lots('c', chain, 100),
    transformations('tm', batches),
    transformations('ts', batches),
    transformations('tc', chain - 1),
    links(
      lotId('h', 'g'),
      lotId('b', '((g - 1) / 10 + 1)'),
      lotId('tm', '((g - 1) / 10 + 1)'),
      `generate_series(1, ${harvests}) g`,
      100,
    ),
    links(`md5('salt')::uuid`, lotId('b', 'g'), lotId('tm', 'g'), `generate_series(1, ${batches}) g`, 1),
    links(
      lotId('b', `((g - 1) / ${packsPerBatch} + 1)`),
      lotId('p', 'g'),
      lotId('ts', `((g - 1) / ${packsPerBatch} + 1)`),
      `generate_series(1, ${packs}) g`,
      200,
    ),
    links(
      lotId('c', 'g'),
      lotId('c', '(g + 1)'),
      lotId('tc', 'g'),
      `generate_series(1, ${chain - 1}) g`,
      100,
    ),
    `INSERT INTO lot_records (id, tenant_id, lot_id, seq, kind, stage_id, stage_key, process_version_id, data,
       event_time, recorded_at, prev_hash, hash)
     SELECT gen_random_uuid(), '${tenant}', l.id, s, 'stage', 'plant', 'plant', '${version}', '{}', now(), now(),
       repeat('0', 64), repeat('0', 64)
     FROM lots l CROSS JOIN generate_series(1, ${recordsPerLot}) s WHERE l.tenant_id = '${tenant}'`,
    'ANALYZE',
  ];
}

async function seed(db: Db): Promise<{ tenantId: string; seconds: number }> {
  const started = performance.now();
  const scaffold = await genealogyScaffold(db, 'HTX Bench');
  for (const statement of seedStatements(
    scaffold.tenantId,
    scaffold.productId,
    scaffold.processId,
    scaffold.versionId,
  )) {
    await sql.raw(statement).execute(db);
  }
  return { tenantId: scaffold.tenantId, seconds: (performance.now() - started) / 1000 };
}

/** Median milliseconds of the closure (query and ordering) from one seed, after one warm-up run. */
async function timeClosure(db: Db, tenantId: string, seedId: string, direction: 'up' | 'down') {
  let lots = 0;
  const times: number[] = [];
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    const links = await findClosureLinks(db, tenantId, [seedId], direction);
    const closure = orderClosure(
      [seedId],
      links.map((link) => ({ parent: link.parent_lot_id, child: link.child_lot_id })),
      direction,
    );
    if (run > 0) times.push(performance.now() - started);
    lots = closure.nodes.length;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, lots };
}

const seeds = [
  {
    name: 'forward closure of the salt lot used by every batch',
    seed: "md5('salt')::uuid",
    direction: 'down',
  },
  { name: 'forward closure of a typical harvest lot', seed: "md5('h' || 4242)::uuid", direction: 'down' },
  { name: 'forward closure along the chain', seed: "md5('c' || 1)::uuid", direction: 'down' },
  { name: 'backward closure of a typical pack lot', seed: "md5('p' || 4242)::uuid", direction: 'up' },
] as const;

/** The recall closure over 100,000 lots and 1,000,000 records, on each driver; the design's target is 1 s. */
export async function closureRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of await testDrivers()) {
    const on = driver === 'pglite' ? 'PGlite, embedded' : 'PostgreSQL';
    const database = await createTestDatabase(driver);
    try {
      const { tenantId, seconds } = await seed(database.db);
      rows.push({
        name: `seeding 100,000 lots and 1,000,000 records by SQL (${on})`,
        value: seconds,
        unit: 's',
      });
      for (const { name, seed: expression, direction } of seeds) {
        const { rows: found } = await sql<{ id: string }>`SELECT ${sql.raw(expression)} AS id`.execute(
          database.db,
        );
        const seedId = found[0]?.id ?? '';
        const { ms, lots } = await timeClosure(database.db, tenantId, seedId, direction);
        const label = `${name}: ${lots.toLocaleString('en')} lots (${on}, median ms)`;
        rows.push({ name: against(label, ms, 1000, 'ms'), value: ms, unit: 'ms' });
      }
    } finally {
      await database.close();
    }
  }
  return rows;
}
