import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DriverName, pingDatabase } from '@nguon/db';
import { createTestDatabase, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineJob, enqueueJob, type FeatureJob } from '../context/feature-job';
import type { Sources } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { fileKey } from '../file-store/file-store.port';
import { redisSuiteGate } from '../jobs/redis-probe';
import { updateCurrentTenant } from '../tenants/tenants.service';
import { createTenantKit } from '../testing';
import { announcePublicChanges } from '../trace/announce-changes';
import { traceTags } from '../trace/trace-ports';
import { withUnitOfWork } from '../unit-of-work';
import { composeServices, type QueueSettings, type Services } from './compose-services';

interface ProbePayload {
  label: string;
  /** How many jobs in the chain: each run enqueues the next through ctx.queue. */
  count: number;
}

/** A job that reports everything it got from its context, and uses each part of it. */
const probeJob: FeatureJob<ProbePayload, Record<string, unknown>> = defineJob({
  name: 'test.context-probe',
  payload: {
    type: 'object',
    properties: { label: { type: 'string', minLength: 1 }, count: { type: 'integer', minimum: 1 } },
    required: ['label', 'count'],
    additionalProperties: false,
  },
  process: async (ctx, payload, progress): Promise<Record<string, unknown>> => {
    await progress.report(50);
    const id = ctx.newId();
    const key = fileKey(id, 'probe');
    await ctx.files.put(key, ctx.randomBytes(4));
    const stored = await ctx.files.get(key);
    const next: { id: string } | null =
      payload.count > 1
        ? await enqueueJob(
            ctx.queue,
            probeJob,
            { label: payload.label, count: payload.count - 1 },
            { jobId: `${progress.jobId}-next` },
          )
        : null;
    return {
      label: payload.label,
      driver: ctx.driver,
      queue: ctx.queue.kind,
      databaseAnswers: await pingDatabase(ctx.db),
      publicBaseUrl: ctx.config.publicBaseUrl,
      sessionSecret: ctx.config.sessionSecret,
      sessionTtlMs: ctx.config.sessionTtlMs,
      id,
      at: ctx.now().toISOString(),
      storedBytes: stored ? [...stored] : null,
      attempt: progress.attempt,
      cancelled: progress.signal.aborted,
      next: next?.id ?? null,
    };
  },
});

/** A job that writes nothing but announces a change, as the label chunk job does after its commit. */
const announceJob: FeatureJob<{ tag: string }, null> = defineJob({
  name: 'test.announce-change',
  payload: {
    type: 'object',
    properties: { tag: { type: 'string', minLength: 1 } },
    required: ['tag'],
    additionalProperties: false,
  },
  process: async (ctx, { tag }) => {
    await withUnitOfWork(ctx, async (unit) => announcePublicChanges(unit, [tag]));
    return null;
  },
});

/** Waits (a few seconds at most) until every process's listener heard something. */
async function untilEveryoneHeard(heard: readonly unknown[][]): Promise<void> {
  const until = Date.now() + 5000;
  while (heard.some((messages) => messages.length === 0) && Date.now() < until)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A clock and random source that give the same values on every run. */
function fixedSources(): Sources {
  let ids = 0;
  let seed = 7;
  return {
    now: () => new Date('2026-12-01T08:00:00Z'),
    newId: () => {
      ids += 1;
      return `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`;
    },
    randomBytes: (size) =>
      Uint8Array.from({ length: size }, () => {
        seed = (seed * 73 + 41) % 256;
        return seed;
      }),
  };
}

const settings = {
  config: { sessionSecret: 'job-context-secret-job-context-secret', publicBaseUrl: 'https://trace.test' },
  jobs: [probeJob, announceJob],
};

async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    }
  } finally {
    redis.disconnect();
  }
}

const drivers = await testDrivers();
const gate = await redisSuiteGate('composed jobs on BullMQ');
const run = `test-compose-${Date.now().toString(36)}`;
let made = 0;
const adapters: Array<[string, DriverName, () => QueueSettings]> = [
  ['inline', 'pglite', () => ({ kind: 'inline' })],
];
if (gate.mode !== 'skip') {
  adapters.push([
    'bullmq',
    drivers.includes('postgres') ? 'postgres' : 'pglite',
    () => {
      if (gate.mode === 'fail') throw new Error(gate.message);
      made += 1;
      return { kind: 'bullmq', redisUrl: gate.url, role: 'both', prefix: `${run}-${made}` };
    },
  ]);
} else console.warn(gate.message);

describe.each(adapters)('a declared job composed with the %s queue', (adapter, driver, queueSettings) => {
  let t: TestDatabase;
  let filesDir: string;
  const opened: Services[] = [];
  const compose = async (sources: Sources = fixedSources(), queue: QueueSettings = queueSettings()) => {
    const services = await composeServices({
      ...settings,
      database: t,
      queue,
      filesDir,
      sources,
    });
    opened.push(services);
    return services.ctx;
  };

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    filesDir = await mkdtemp(join(tmpdir(), 'nguon-compose-'));
  });
  afterAll(async () => {
    await Promise.all(opened.map((services) => services.close()));
    await t?.close();
    await rm(filesDir, { recursive: true, force: true });
    if (adapter === 'bullmq') await deleteKeys(gate.url, `${run}-*`);
  });

  it('gets the whole context a request gets: database, queue, file store, config, sources', async () => {
    const ctx = await compose();
    const job = await enqueueJob(ctx.queue, probeJob, { label: 'lô 1', count: 2 }, { jobId: 'probe-1' });
    const done = await ctx.queue.waitFor(job.id, 15_000);
    const next = await ctx.queue.waitFor('probe-1-next', 15_000);
    expect([done.state, done.progress, next.state]).toEqual(['completed', 50, 'completed']);
    expect(done.result).toEqual({
      label: 'lô 1',
      driver,
      queue: adapter,
      databaseAnswers: true,
      publicBaseUrl: 'https://trace.test',
      sessionSecret: 'job-context-secret-job-context-secret',
      sessionTtlMs: 14 * 24 * 3600 * 1000,
      id: '00000000-0000-4000-8000-000000000001',
      at: '2026-12-01T08:00:00.000Z',
      storedBytes: [40, 145, 130, 59],
      attempt: 1,
      cancelled: false,
      next: 'probe-1-next',
    });
    expect(next.result).toMatchObject({ id: '00000000-0000-4000-8000-000000000002', next: null });
  });

  it("brings what a job announces to every composed process's change feed (one process when inline)", async () => {
    // two processes of one deployment: the same queue settings
    const queue = queueSettings();
    const contexts =
      adapter === 'inline'
        ? [await compose()]
        : [await compose(undefined, queue), await compose(undefined, queue)];
    const heard = contexts.map(() => [] as string[][]);
    for (const [i, ctx] of contexts.entries())
      ctx.publicChanges.subscribe((tags) => heard[i]?.push([...tags]));
    const [first] = contexts;
    if (!first) throw new Error('not composed');
    const job = await enqueueJob(
      first.queue,
      announceJob,
      { tag: 'lot:from-a-job' },
      { jobId: 'announce-1' },
    );
    expect((await first.queue.waitFor(job.id, 15_000)).state).toBe('completed');
    await untilEveryoneHeard(heard);
    expect(heard).toEqual(contexts.map(() => [['lot:from-a-job']]));
  });

  it("brings a request's write to every composed process's change feed (one process when inline)", async () => {
    // two processes of one deployment: the same queue settings
    const queue = queueSettings();
    const contexts =
      adapter === 'inline'
        ? [await compose()]
        : [await compose(undefined, queue), await compose(undefined, queue)];
    const heard = contexts.map(() => [] as string[][]);
    for (const [i, ctx] of contexts.entries())
      ctx.publicChanges.subscribe((tags) => heard[i]?.push([...tags]));
    const [api] = contexts;
    if (!api) throw new Error('not composed');
    const tenant = await createTenantKit(api, `Hai tien trinh ${adapter}`);
    await updateCurrentTenant(api, tenant.as.owner, { phone: '0987654321' });
    await untilEveryoneHeard(heard);
    expect(heard).toEqual(contexts.map(() => [[traceTags.tenant(tenant.id)]]));
  });

  it('refuses a bad payload on enqueue with a coded error, and enqueues nothing', async () => {
    const ctx = await compose();
    const refused = enqueueJob(ctx.queue, probeJob, { label: '', count: 1 }, { jobId: 'bad-enqueue' });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION_FAILED', path: '/label' });
    expect(await ctx.queue.get('bad-enqueue')).toBeNull();
  });

  it('fails a bad payload on run at once, without retry', async () => {
    const ctx = await compose();
    // What an older producer or a hand-made Redis entry could leave: the typed enqueue cannot.
    const job = await ctx.queue.enqueue(
      probeJob.name,
      { label: 7, count: 1 },
      { attempts: 3, backoffMs: 10 },
    );
    const failed = await ctx.queue.waitFor(job.id, 15_000);
    expect([failed.state, failed.attemptsMade]).toEqual(['failed', 1]);
    expect(failed.failedReason).toBe(
      'invalid payload for test.context-probe at /label: job test.context-probe: must be a string',
    );
  });

  it('gives identical output when replayed with the same fixed sources', async () => {
    const results: unknown[] = [];
    for (const jobId of ['replay-a', 'replay-b']) {
      const ctx = await compose(fixedSources());
      const job = await enqueueJob(ctx.queue, probeJob, { label: 'replay', count: 1 }, { jobId });
      results.push((await ctx.queue.waitFor(job.id, 15_000)).result);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      storedBytes: [40, 145, 130, 59],
    });
  });
});

describe('the typed enqueue', () => {
  it('does not compile with a payload of the wrong type', () => {
    const wrongTypes = (ctx: Awaited<ReturnType<typeof composeServices>>['ctx']) => [
      // @ts-expect-error count must be a number
      enqueueJob(ctx.queue, probeJob, { label: 'x', count: '2' }),
      // @ts-expect-error label is missing
      enqueueJob(ctx.queue, probeJob, { count: 2 }),
    ];
    expect(typeof wrongTypes).toBe('function');
  });
});
