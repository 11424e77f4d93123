import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from './database';
import { migrateToLatest } from './migrator';
import { findTenant, insertTenant } from './tenants/tenants.repository';

it('persists the embedded database in its data directory across restarts', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-pglite-'));
  try {
    const first = await openDatabase({ dataDir });
    expect(first.driver).toBe('pglite');
    expect((await migrateToLatest(first.db)).length).toBeGreaterThan(0);
    const id = randomUUID();
    await insertTenant(first.db, {
      id,
      name: 'HTX Gạo ST25',
      kind: 'coop',
      address: 'Sóc Trăng',
      province: 'can-tho',
    });
    await first.close();

    const second = await openDatabase({ dataDir });
    expect(await migrateToLatest(second.db)).toEqual([]);
    expect((await findTenant(second.db, id))?.name).toBe('HTX Gạo ST25');
    await second.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});

it('lets the event loop reach its I/O phase between embedded queries, so requests are served during long jobs', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-pglite-'));
  const database = await openDatabase({ dataDir });
  try {
    // A callback queued behind I/O-phase work: it runs only if some query's answer waits for the loop.
    let turns = 0;
    const countTurns = () => {
      turns += 1;
      if (turns < 1000) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    for (let i = 0; i < 20; i++) await sql`SELECT ${i}::int AS n`.execute(database.db);
    expect(turns).toBeGreaterThanOrEqual(19);
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
