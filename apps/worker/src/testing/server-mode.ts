import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { insertMembership, insertTenant, insertUser } from '@nguon/db';
import { createTestDatabase, postgresTestUrl, type TestDatabase, testDrivers } from '@nguon/db/testing';
import {
  composeServices,
  type JobSnapshot,
  type Principal,
  redisSuiteGate,
  type Services,
} from '@nguon/services';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';

/**
 * The harness of the worker's fault tests: the server mode for real (a private PostgreSQL schema, a queue prefix
 * on real Redis, the API's producer services in this process, and worker processes as `npm start -w
 * @nguon/worker` runs them, killed with SIGKILL when a test says so).
 */

const workerMain = resolve(import.meta.dirname, '../main.ts');
const secret = 'a-session-secret-of-at-least-32-chars';

/** Whether a server-mode suite runs here: it needs PostgreSQL and Redis (CI always has both). */
export async function serverModeGate(suite: string): Promise<{ runs: boolean; redisUrl: string }> {
  const gate = await redisSuiteGate(suite);
  const postgres = (await testDrivers()).includes('postgres');
  if (gate.mode === 'fail') throw new Error(gate.message);
  const runs = gate.mode === 'run' && postgres;
  if (!runs) console.warn(`${suite} skipped: it needs PostgreSQL and Redis (server mode)`);
  return { runs, redisUrl: gate.url };
}

/** Reads until `done` holds, pausing between reads; past `timeoutMs` it throws with the last value read. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  pauseMs = 20,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

export const exited = (child: ChildProcess) =>
  new Promise<void>((done) =>
    child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done()),
  );

export interface ServerMode {
  readonly services: Services;
  /** A real worker process on the suite's schema and queue, with a short job lock; killed at the end. */
  startWorker(): ChildProcess;
  /** Kills a worker at once (kill -9) and waits until it is gone. */
  kill(worker: ChildProcess): Promise<void>;
  /** A new tenant with its owner, as the principal the API would pass. */
  ownerPrincipal(): Promise<Principal>;
  /** Waits until the queue holds job `id` in `state`. */
  waitForJob(id: string, state: string, timeoutMs: number): Promise<JobSnapshot>;
}

/** Sets a server-mode suite up (call it inside the describe); `name` tells its queue keys and files apart. */
export function useServerMode(redisUrl: string, name: string): ServerMode {
  const prefix = `test-${name}-${Date.now().toString(36)}`;
  const workers: ChildProcess[] = [];
  let t: TestDatabase;
  let services: Services;
  let filesDir: string;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    filesDir = await mkdtemp(join(tmpdir(), `nguon-${name}-`));
    services = await composeServices({
      database: t,
      queue: { kind: 'bullmq', redisUrl, role: 'producer', prefix },
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
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }))
      if (Array.isArray(keys) && keys.length > 0) await redis.unlink(...keys.map(String));
    redis.disconnect();
  });

  return {
    get services() {
      return services;
    },
    startWorker() {
      // The test's private schema reaches the worker through the search path of its database URL.
      const url = new URL(postgresTestUrl());
      url.searchParams.set('options', `-c search_path=${t.schema}`);
      const child = spawn(process.execPath, ['--import', 'tsx', workerMain], {
        env: {
          ...process.env,
          REDIS_URL: redisUrl,
          DATABASE_URL: url.toString(),
          SESSION_SECRET: secret,
          FILES_DIR: filesDir,
          PUBLIC_BASE_URL: 'https://nguon.test',
          QUEUE_PREFIX: prefix,
          JOB_LOCK_MS: '2000',
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      workers.push(child);
      return child;
    },
    async waitForJob(id, state, timeoutMs) {
      const job = await pollUntil(
        () => services.ctx.queue.get(id),
        (found) => found?.state === state,
        timeoutMs,
        50,
      );
      if (job === null) throw new Error(`job ${id} is gone`);
      return job;
    },
    async kill(worker) {
      worker.kill('SIGKILL');
      await exited(worker);
    },
    async ownerPrincipal() {
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
        email: `chu-${tenant.id}@htx.test`,
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
    },
  };
}
