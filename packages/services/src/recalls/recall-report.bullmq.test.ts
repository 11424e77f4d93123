import { testDrivers } from '@nguon/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { createBullmqQueue } from '../jobs/bullmq.queue';
import { redisSuiteGate } from '../jobs/redis-probe';
import { createTwoFarms, newLot, type TwoFarms } from '../testing';
import { insertRecallFixture } from '../testing/recall-report-kit';
import { recallReportJob } from './recall-report.jobs';
import { recallReportCsv, recallReportView, requestRecallReport } from './recall-report.service';

const drivers = await testDrivers();
const gate = await redisSuiteGate('the recall report job on BullMQ');
const prefix = `test-recall-reports-${Date.now().toString(36)}`;
if (gate.mode === 'skip') console.warn(gate.message);

// Server mode: PostgreSQL and a BullMQ queue on real Redis, the job run by the same process's worker.
describe.skipIf(gate.mode === 'skip')('a recall report on BullMQ', () => {
  let f: TwoFarms;
  let ctx: ServiceContext;
  beforeAll(async () => {
    if (gate.mode === 'fail') throw new Error(gate.message);
    f = await createTwoFarms(drivers.includes('postgres') ? 'postgres' : 'pglite', ['Hang doi', 'Khac']);
    const queue = createBullmqQueue({ connection: gate.url, prefix, role: 'both' });
    ctx = { ...f.kit.ctx, queue };
    queue.register(recallReportJob.name, recallReportJob.processorFor(ctx));
    await queue.start();
  });
  afterAll(async () => {
    await ctx?.queue.close();
    await f?.kit.close();
    if (gate.mode !== 'run') return;
    const redis = new Redis(gate.url, { maxRetriesPerRequest: 1 });
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }))
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    redis.disconnect();
  });

  it('builds the report through the queue, its lots counted, with progress to the end', async () => {
    const lots = [];
    for (const quantity of [10, 20, 30]) lots.push(await newLot(ctx, f.tenant, f.farm, quantity));
    const recallId = await insertRecallFixture(ctx, f.tenant, {
      lots: lots.map((lot, depth) => ({ lotId: lot.id, seed: depth === 0, depth })),
    });
    const progress: number[] = [];
    const stop = ctx.queue.onEvent((event) => {
      if (event.type === 'progress') progress.push(event.progress);
    });
    const asked = await requestRecallReport(ctx, f.tenant.as.owner, recallId);
    const done = await ctx.queue.waitFor(asked.job.id, 30_000);
    stop();
    expect([done.state, done.result]).toEqual(['completed', { state: 'completed' }]);
    expect(progress.at(-1)).toBe(100);
    expect((await recallReportView(ctx, f.tenant.id, recallId))?.job).toMatchObject({
      state: 'completed',
      done: 3,
      total: 3,
    });
    const file = await recallReportCsv(ctx, f.tenant.as.owner, recallId);
    let text = '';
    for await (const chunk of file.chunks) text += Buffer.from(chunk).toString('utf8');
    for (const lot of lots) expect(text).toContain(lot.code);
  });
});
