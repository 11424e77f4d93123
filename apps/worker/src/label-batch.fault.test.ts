import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { insertMembership, insertTenant, insertUser } from '@nguon/db';
import { createTestDatabase, postgresTestUrl, type TestDatabase, testDrivers } from '@nguon/db/testing';
import { parseLabelSerial } from '@nguon/domain';
import {
  composeServices,
  orderLabelBatch,
  type Principal,
  redisSuiteGate,
  type Services,
  streamBatchCsv,
} from '@nguon/services';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const quantity = 200_000;
const gate = await redisSuiteGate('the label batch fault test');
const postgres = (await testDrivers()).includes('postgres');
if (gate.mode === 'fail') throw new Error(gate.message);
const runs = gate.mode === 'run' && postgres;
if (!runs) console.warn('label batch fault test skipped: it needs PostgreSQL and Redis (server mode)');

const workerMain = resolve(import.meta.dirname, 'main.ts');
const prefix = `test-label-fault-${Date.now().toString(36)}`;
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

describe.runIf(runs)('a worker killed in the middle of a label batch', () => {
  let t: TestDatabase;
  let services: Services;
  let filesDir: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    filesDir = await mkdtemp(join(tmpdir(), 'nguon-label-fault-'));
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
      .select(['state', 'generated'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  async function waitUntil(
    id: string,
    done: (row: { state: string; generated: number }) => boolean,
    timeoutMs: number,
  ) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const row = await batchRow(id);
      if (done(row)) return row;
      if (Date.now() > until)
        throw new Error(`batch still ${row.state} with ${row.generated} labels after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('leaves, after a restart, exactly the labels asked for: none missing, none twice', async () => {
    const owner = await ownerPrincipal();
    const databaseUrl = urlInSchema(t.schema);
    const batch = await orderLabelBatch(services.ctx, owner, { quantity });
    const first = startWorker(databaseUrl, filesDir);
    workers.push(first);
    const half = await waitUntil(batch.id, (row) => row.generated >= quantity / 2, 60_000);
    first.kill('SIGKILL');
    await exited(first);
    const atKill = await batchRow(batch.id);
    expect(atKill.state).toBe('running');
    expect(atKill.generated).toBeLessThan(quantity);
    expect(half.generated).toBeGreaterThanOrEqual(quantity / 2);

    workers.push(startWorker(databaseUrl, filesDir));
    const end = await waitUntil(batch.id, (row) => row.state !== 'running', 90_000);
    expect(end).toEqual({ state: 'completed', generated: quantity });

    const { rows } = await services.ctx.db
      .selectFrom('labels')
      .select([
        (eb) => eb.fn.countAll<string>().as('count'),
        (eb) => eb.fn.count<string>('serial').distinct().as('serials'),
        (eb) => eb.fn.count<string>('seq').distinct().as('seqs'),
        (eb) => eb.fn.min('seq').as('low'),
        (eb) => eb.fn.max('seq').as('high'),
      ])
      .where('batch_id', '=', batch.id)
      .execute()
      .then((found) => ({ rows: found }));
    expect(rows).toEqual([
      { count: String(quantity), serials: String(quantity), seqs: String(quantity), low: 1, high: quantity },
    ]);

    let csv = '';
    await streamBatchCsv(
      services.ctx,
      owner,
      batch.id,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          csv += chunk.toString('utf8');
          done();
        },
      }),
    );
    const lines = csv.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(quantity);
    let bad = 0;
    lines.forEach((line, i) => {
      const [seq, serial = ''] = line.split(',');
      if (Number(seq) !== i + 1 || !parseLabelSerial(serial).ok) bad += 1;
    });
    expect(bad).toBe(0);
  }, 180_000);
});
