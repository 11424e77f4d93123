import { testDrivers } from '@nguon/db/testing';
import { compileFormModel, newFormField } from '@nguon/forms';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { createBullmqQueue } from '../jobs/bullmq.queue';
import { redisSuiteGate } from '../jobs/redis-probe';
import { createServiceKit, createTenantKit, type ServiceKit, type TenantKit } from '../testing';
import { catalogImportJob } from './catalog-import.jobs';
import { importCatalogItems } from './catalog-import.service';
import { getCatalogImport } from './catalog-imports.service';
import { listItemsOfCatalog } from './catalog-items.service';
import { createCatalog } from './catalogs.service';

const drivers = await testDrivers();
const gate = await redisSuiteGate('the catalog import job on BullMQ');
const prefix = `test-catalog-imports-${Date.now().toString(36)}`;
if (gate.mode === 'skip') console.warn(gate.message);

// Server mode: PostgreSQL and a BullMQ queue on real Redis, the job run by the same process's worker.
describe.skipIf(gate.mode === 'skip')('a background catalog import on BullMQ', () => {
  let kit: ServiceKit;
  let a: TenantKit;
  let ctx: ServiceContext;
  beforeAll(async () => {
    if (gate.mode === 'fail') throw new Error(gate.message);
    kit = await createServiceKit(drivers.includes('postgres') ? 'postgres' : 'pglite');
    a = await createTenantKit(kit.ctx, 'A');
    const queue = createBullmqQueue({ connection: gate.url, prefix, role: 'both' });
    ctx = { ...kit.ctx, queue, config: { ...kit.ctx.config, backgroundImportRows: 100 } };
    queue.register(catalogImportJob.name, catalogImportJob.processorFor(ctx));
    await queue.start();
  });
  afterAll(async () => {
    await ctx?.queue.close();
    await kit?.close();
    if (gate.mode !== 'run') return;
    const redis = new Redis(gate.url, { maxRetriesPerRequest: 1 });
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }))
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    redis.disconnect();
  });

  it('imports 2,500 rows through the queue, each once, with progress to the end', async () => {
    const form = compileFormModel({
      fields: [{ ...newFormField('text', 'code', { vi: 'Mã', en: 'Code' }), required: true }],
      rules: [],
    });
    const catalog = await createCatalog(ctx, a.as.owner, {
      name: { vi: 'Nông hộ', en: 'Farmers' },
      form,
      labelFields: ['code'],
    });
    const lines = Array.from({ length: 2500 }, (_, i) => `H-${i}`);
    const bytes = new TextEncoder().encode(`code\n${lines.join('\n')}\n`);
    const file = { contentType: 'text/csv', bytes, caching: 'private' as const };
    const progress: number[] = [];
    const stop = ctx.queue.onEvent((event) => {
      if (event.type === 'progress') progress.push(event.progress);
    });
    const outcome = await importCatalogItems(ctx, a.as.owner, catalog.id, file, 'all-or-nothing');
    if (outcome.kind !== 'background') throw new Error('expected a background import');
    const done = await ctx.queue.waitFor(outcome.view.id, 30_000);
    stop();
    expect([done.state, done.result]).toEqual(['completed', { state: 'completed', imported: 2500 }]);
    expect(progress.at(-1)).toBe(100);
    const view = await getCatalogImport(ctx, a.as.owner, outcome.view.id);
    expect(view.job).toMatchObject({ state: 'completed', done: 2500, total: 2500 });
    const items = await listItemsOfCatalog(ctx, a.as.owner, catalog.id, { pageSize: '1' });
    expect(items.total).toBe(2500);
  });
});
