import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { insertMembership, insertTenant, insertUser } from '@nguon/db';
import { createTestDatabase, postgresTestUrl, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { jobStallMs } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import {
  composeServices,
  createCatalog,
  getCatalogImport,
  importCatalogItems,
  type Principal,
  redisSuiteGate,
  resumeCatalogImports,
  type Services,
} from '@nguon/services';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const rows = 150_000;
const gate = await redisSuiteGate('the catalog import stall test');
const postgres = (await testDrivers()).includes('postgres');
if (gate.mode === 'fail') throw new Error(gate.message);
const runs = gate.mode === 'run' && postgres;
if (!runs) console.warn('catalog import stall test skipped: it needs PostgreSQL and Redis (server mode)');

const workerMain = resolve(import.meta.dirname, 'main.ts');
const prefix = `test-import-stall-${Date.now().toString(36)}`;
const secret = 'a-session-secret-of-at-least-32-chars';

/** The database URL the worker process gets: the test's private schema through the search path. */
function urlInSchema(schema: string): string {
  const url = new URL(postgresTestUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A real worker process, as `npm start -w @nguon/worker` runs it, with a short job lock. */
function startWorker(databaseUrl: string, filesDir: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', workerMain], {
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
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
  );

describe.runIf(runs)('a catalog import BullMQ failed for good after its worker was killed twice', () => {
  let t: TestDatabase;
  let services: Services;
  let filesDir: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    filesDir = await mkdtemp(join(tmpdir(), 'nguon-import-stall-'));
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

  async function importRow(id: string) {
    return services.ctx.db
      .selectFrom('catalog_imports')
      .select(['state', 'rows_done', 'imported', 'heartbeat_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  type Row = Awaited<ReturnType<typeof importRow>>;

  async function waitUntil(id: string, done: (row: Row) => boolean, timeoutMs: number) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const row = await importRow(id);
      if (done(row)) return row;
      if (Date.now() > until) throw new Error(`import still ${JSON.stringify(row)} after ${timeoutMs} ms`);
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

  /** Starts a worker, waits for it to commit a batch (a heartbeat after its start), then kills it. */
  async function killWhileImporting(id: string, databaseUrl: string): Promise<Row> {
    const since = new Date();
    const worker = startWorker(databaseUrl, filesDir);
    workers.push(worker);
    const importing = await waitUntil(
      id,
      (row) => row.state === 'running' && row.rows_done > 0 && row.heartbeat_at > since,
      90_000,
    );
    worker.kill('SIGKILL');
    await exited(worker);
    return importing;
  }

  it("is shown as stalled, and the API's start imports the rest under a new job id, each row once", async () => {
    const owner = await ownerPrincipal();
    const databaseUrl = urlInSchema(t.schema);
    const form = compileFormModel({
      fields: [{ ...newFormField('text', 'code', { vi: 'Mã', en: 'Code' }), required: true }],
      rules: [],
    });
    const catalog = await createCatalog(services.ctx, owner, {
      name: { vi: 'Nông hộ', en: 'Farmers' },
      form,
      labelFields: ['code'],
    });
    const lines = Array.from({ length: rows }, (_, i) => `H-${i}`);
    const bytes = new TextEncoder().encode(`code\n${lines.join('\n')}\n`);
    const file = { contentType: 'text/csv', bytes, caching: 'private' as const };
    const outcome = await importCatalogItems(services.ctx, owner, catalog.id, file, 'all-or-nothing');
    if (outcome.kind !== 'background') throw new Error('expected a background import');
    const id = outcome.view.id;

    // Killed twice while importing: BullMQ moves the job back once, then fails it ("job stalled more than
    // allowable limit") in the third worker's stalled check, and our job code never runs its catch.
    const first = await killWhileImporting(id, databaseUrl);
    const second = await killWhileImporting(id, databaseUrl);
    expect(second.rows_done).toBeGreaterThanOrEqual(first.rows_done);
    workers.push(startWorker(databaseUrl, filesDir));
    const lost = await waitForJob(id, 'failed', 60_000);
    expect(lost.failedReason).toMatch(/stalled/);
    const stuck = await importRow(id);
    expect(stuck.state).toBe('running');
    expect(stuck.rows_done).toBeLessThan(rows);
    expect(await getCatalogImport(services.ctx, owner, id)).toMatchObject({
      stalled: false,
      canRetry: false,
    });

    // Ten minutes pass without a heartbeat (moved back here rather than waited for).
    const quiet = new Date(Date.now() - jobStallMs - 1000);
    await services.ctx.db
      .updateTable('catalog_imports')
      .set({ heartbeat_at: quiet })
      .where('id', '=', id)
      .execute();
    const stalled = await getCatalogImport(services.ctx, owner, id);
    expect(stalled).toMatchObject({ stalled: true, canRetry: true, job: { state: 'failed' } });
    expect(stalled.job.error?.code).toBe('CATALOG_IMPORT_STALLED');

    // The import's own job id would hand back the failed job unrun: resume claims it and uses a new one.
    expect(await resumeCatalogImports(services.ctx)).toBe(1);
    const ended = await waitUntil(id, (row) => row.state !== 'running' && row.state !== 'queued', 180_000);
    expect(ended).toMatchObject({ state: 'completed', rows_done: rows, imported: rows });
    const view = await getCatalogImport(services.ctx, owner, id);
    expect(view).toMatchObject({ stalled: false, canRetry: false, job: { state: 'completed', done: rows } });
    expect(view.report?.vi.imported).toBe(rows);

    // Exactly the CSV's rows, once each.
    const items = await services.ctx.db
      .selectFrom('catalog_items')
      .select('data')
      .where('catalog_id', '=', catalog.id)
      .execute();
    const codes = items.map(({ data }) => (data as { code?: unknown }).code);
    expect(codes.length).toBe(rows);
    expect(new Set(codes)).toEqual(new Set(lines));
    expect(await resumeCatalogImports(services.ctx)).toBe(0);
  }, 420_000);
});
