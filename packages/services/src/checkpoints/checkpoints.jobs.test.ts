import { generateKeyPairSync } from 'node:crypto';
import { createTestDatabase, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultServiceConfig, type ServiceContext } from '../context/service-context';
import { createLocalFileStore } from '../file-store/local-file-store';
import { createBullmqQueue } from '../jobs/bullmq.queue';
import { createInlineQueue } from '../jobs/inline.queue';
import type { JobQueue } from '../jobs/queue.port';
import { redisSuiteGate } from '../jobs/redis-probe';
import { systemSources } from '../sources/system-sources';
import { createInProcessPublicChanges } from '../trace/in-process.public-changes';
import { checkpointKeyFromPem } from './checkpoint-key';
import { enqueueHourlyCheckpoint, makeCheckpointJob } from './checkpoints.jobs';

const key = checkpointKeyFromPem(
  generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
);
const drivers = await testDrivers();
const gate = await redisSuiteGate('the checkpoint job on BullMQ');
const prefix = `test-checkpoints-${Date.now().toString(36)}`;
const queues: Array<[string, () => JobQueue]> = [['inline', createInlineQueue]];
if (gate.mode !== 'skip')
  queues.push([
    'bullmq',
    () => {
      if (gate.mode === 'fail') throw new Error(gate.message);
      return createBullmqQueue({ connection: gate.url, prefix, role: 'both' });
    },
  ]);
else console.warn(gate.message);

describe.each(queues)('the hourly checkpoint job on the %s queue', (adapter, makeQueue) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(
      drivers.includes('postgres') && adapter === 'bullmq' ? 'postgres' : 'pglite',
    );
  });
  afterAll(async () => {
    await t?.close();
    if (adapter !== 'bullmq' || gate.mode !== 'run') return;
    const redis = new Redis(gate.url, { maxRetriesPerRequest: 1 });
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }))
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    redis.disconnect();
  });

  // Composed by hand: checkpoints/ sits below composition/, which lists this job.
  const contextWith = (checkpointKey: typeof key | null, now: Date): ServiceContext => ({
    db: t.db,
    driver: t.driver,
    queue: makeQueue(),
    files: createLocalFileStore('/nonexistent'),
    publicChanges: createInProcessPublicChanges(),
    ...systemSources,
    now: () => now,
    config: {
      ...defaultServiceConfig,
      sessionSecret: 'x'.repeat(32),
      publicBaseUrl: 'http://x.test',
      checkpointKey,
    },
  });

  it('makes one checkpoint per hour whoever enqueues it, and nothing without a key', async () => {
    const now = new Date('2026-11-25T10:30:00Z');
    const ctx = contextWith(key, now);
    ctx.queue.register(makeCheckpointJob.name, makeCheckpointJob.processorFor(ctx));
    await ctx.queue.start();
    try {
      const first = await enqueueHourlyCheckpoint(ctx);
      const second = await enqueueHourlyCheckpoint({ ...ctx, now: () => new Date('2026-11-25T10:59:00Z') });
      expect(second.id).toBe(first.id);
      const done = await ctx.queue.waitFor(first.id, 20_000);
      expect([done.state, done.result]).toEqual(['completed', { seq: 1, created: true }]);
      const rows = await t.db.selectFrom('checkpoints').select(['seq', 'key_id', 'lot_count']).execute();
      expect(rows).toEqual([{ seq: 1, key_id: key.keyId, lot_count: 0 }]);
    } finally {
      await ctx.queue.close();
    }
    const off = contextWith(null, new Date('2026-11-25T11:30:00Z'));
    off.queue.register(makeCheckpointJob.name, makeCheckpointJob.processorFor(off));
    await off.queue.start();
    try {
      const job = await enqueueHourlyCheckpoint(off);
      const done = await off.queue.waitFor(job.id, 20_000);
      expect(done.result).toEqual({ seq: null, created: false });
    } finally {
      await off.queue.close();
    }
  });
});
