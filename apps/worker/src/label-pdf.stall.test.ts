import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { insertMembership, insertTenant, insertUser } from '@nguon/db';
import { createTestDatabase, postgresTestUrl, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { labelBatchStallMs } from '@nguon/domain';
import {
  composeServices,
  getLabelBatch,
  orderLabelBatch,
  type Principal,
  redisSuiteGate,
  resumeLabelBatches,
  type Services,
} from '@nguon/services';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const quantity = 6_000;
const gate = await redisSuiteGate('the label batch fault test');
const postgres = (await testDrivers()).includes('postgres');
if (gate.mode === 'fail') throw new Error(gate.message);
const runs = gate.mode === 'run' && postgres;
if (!runs) console.warn('label batch fault test skipped: it needs PostgreSQL and Redis (server mode)');

const workerMain = resolve(import.meta.dirname, 'main.ts');
const prefix = `test-label-stall-${Date.now().toString(36)}`;
const secret = 'a-session-secret-of-at-least-32-chars';

/** The database URL the worker process gets: the test's private schema through the search path. */
function urlInSchema(schema: string): string {
  const url = new URL(postgresTestUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A real worker process, as `npm start -w @nguon/worker` runs it, with a short job lock. */
function startWorker(databaseUrl: string, filesDir: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', workerMain], {
    env: {
      ...process.env,
      REDIS_URL: gate.url,
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: secret,
      FILES_DIR: filesDir,
      PUBLIC_BASE_URL: 'https://nguon.test',
      QUEUE_PREFIX: prefix,
      JOB_LOCK_MS: '2000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
  );

describe.runIf(runs)('a PDF job BullMQ failed for good after its worker was killed twice', () => {
  let t: TestDatabase;
  let services: Services;
  let filesDir: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    filesDir = await mkdtemp(join(tmpdir(), 'nguon-label-stall-'));
    services = await composeServices({
      database: t,
      queue: { kind: 'bullmq', redisUrl: gate.url, role: 'producer', prefix },
      filesDir,
      config: { sessionSecret: secret, publicBaseUrl: 'https://nguon.test' },
    });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await services?.close();
    await t?.close();
    await rm(filesDir, { recursive: true, force: true });
    const redis = new Redis(gate.url, { maxRetriesPerRequest: 1 });
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }))
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    redis.disconnect();
  });

  async function ownerPrincipal(): Promise<Principal> {
    const { ctx } = services;
    const tenant = await insertTenant(ctx.db, {
      id: ctx.newId(),
      name: 'HTX',
      kind: 'coop',
      address: 'Xã A',
      province: 'lao-cai',
    });
    const user = await insertUser(ctx.db, {
      id: ctx.newId(),
      name: 'Chủ',
      email: 'chu@htx.test',
      phone: null,
      passwordHash: null,
      now: ctx.now(),
    });
    await insertMembership(ctx.db, tenant.id, user.id, 'owner');
    return {
      kind: 'person',
      userId: user.id,
      sessionIdHash: 'x',
      csrfToken: 'x',
      tenantId: tenant.id,
      role: 'owner',
      platformRoles: [],
      inspectorProvinces: [],
    };
  }

  async function batchRow(id: string) {
    return services.ctx.db
      .selectFrom('label_batches')
      .select(['state', 'generated', 'pdf_state', 'pdf_pages_done', 'heartbeat_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  type Row = Awaited<ReturnType<typeof batchRow>>;

  async function waitUntil(id: string, done: (row: Row) => boolean, timeoutMs: number) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const row = await batchRow(id);
      if (done(row)) return row;
      if (Date.now() > until) throw new Error(`batch still ${JSON.stringify(row)} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function waitForJob(id: string, state: string, timeoutMs: number) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const job = await services.ctx.queue.get(id);
      if (job?.state === state) return job;
      if (Date.now() > until)
        throw new Error(`job ${id} still ${job?.state ?? 'unknown'} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Starts a worker, waits for the PDF to draw pages in it (a heartbeat after its start), then kills it. */
  async function killWhileDrawing(id: string, databaseUrl: string): Promise<Row> {
    const since = new Date();
    const worker = startWorker(databaseUrl, filesDir);
    workers.push(worker);
    const drawing = await waitUntil(
      id,
      (row) => row.pdf_state === 'running' && row.pdf_pages_done > 0 && row.heartbeat_at > since,
      60_000,
    );
    worker.kill('SIGKILL');
    await exited(worker);
    return drawing;
  }

  it("is shown as stalled, and the API's start draws it again under a new job id", async () => {
    const owner = await ownerPrincipal();
    const databaseUrl = urlInSchema(t.schema);
    const batch = await orderLabelBatch(services.ctx, owner, { quantity });
    // Killed twice while drawing: BullMQ moves the job back once, then fails it ("job stalled more than
    // allowable limit") in the third worker's stalled check, and our job code never runs its catch.
    await killWhileDrawing(batch.id, databaseUrl);
    await killWhileDrawing(batch.id, databaseUrl);
    workers.push(startWorker(databaseUrl, filesDir));
    const lost = await waitForJob(`label-pdf-${batch.id}-0`, 'failed', 60_000);
    expect(lost.failedReason).toMatch(/stalled/);
    const stuck = await batchRow(batch.id);
    expect([stuck.state, stuck.pdf_state]).toEqual(['completed', 'running']);
    expect(await getLabelBatch(services.ctx, owner, batch.id)).toMatchObject({ stalled: false, retry: null });

    // Ten minutes pass without a heartbeat (moved back here rather than waited for).
    const quiet = new Date(Date.now() - labelBatchStallMs - 1000);
    await services.ctx.db
      .updateTable('label_batches')
      .set({ heartbeat_at: quiet })
      .where('id', '=', batch.id)
      .execute();
    expect(await getLabelBatch(services.ctx, owner, batch.id)).toMatchObject({
      stalled: true,
      retry: 'pdf',
      pdf: { state: 'running' },
    });
    // The order's own job id would hand back the failed job unrun: resume claims the batch and uses a new one.
    expect(await resumeLabelBatches(services.ctx)).toBe(1);
    const ready = await waitUntil(
      batch.id,
      (row) => row.pdf_state !== 'running' && row.pdf_state !== 'queued',
      90_000,
    );
    expect(ready.pdf_state).toBe('ready');
    expect(await getLabelBatch(services.ctx, owner, batch.id)).toMatchObject({ stalled: false, retry: null });
    expect(await resumeLabelBatches(services.ctx)).toBe(0);
  }, 240_000);
});
