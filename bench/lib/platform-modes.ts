import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverName } from '@nguon/db';
import { postgresTestUrl } from '@nguon/db/testing';
import pg from 'pg';
import { type PlatformChild, startPlatformChild } from './platform-child';
import { startNode, stop } from './processes';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Embedded mode: PGlite in a DATA_DIR of its own (removed afterwards), jobs in process. */
async function onPglite<T>(
  env: Record<string, string>,
  use: (platform: PlatformChild) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-bench-'));
  try {
    const platform = await startPlatformChild({ DATA_DIR: dataDir, ...env });
    try {
      return await use(platform);
    } finally {
      await platform.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Server mode: PostgreSQL (a database of its own, dropped afterwards) and Redis (queues and the change feed under
 * a key prefix of its own), with apps/worker running the jobs (label batches, reports) as in production.
 */
async function onPostgres<T>(
  env: Record<string, string>,
  use: (platform: PlatformChild) => Promise<T>,
): Promise<T> {
  const name = `nguon_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresTestUrl() });
  await admin.connect();
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-bench-'));
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresTestUrl());
    url.pathname = `/${name}`;
    const serverEnv = {
      DATABASE_URL: url.href,
      REDIS_URL: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: name,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      ...env,
    };
    const platform = await startPlatformChild(serverEnv);
    const worker = startNode(join(root, 'apps/worker/src/main.ts'), {
      ...serverEnv,
      PUBLIC_BASE_URL: platform.baseUrl,
      LOG_LEVEL: 'warn',
    });
    try {
      return await use(platform);
    } finally {
      await stop(worker);
      await platform.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Runs `use` against a platform started in the driver's mode with `env`, and stops it afterwards. */
export function withPlatform<T>(
  driver: DriverName,
  env: Record<string, string>,
  use: (platform: PlatformChild) => Promise<T>,
): Promise<T> {
  return driver === 'pglite' ? onPglite(env, use) : onPostgres(env, use);
}
