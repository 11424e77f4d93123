import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, type DriverName, openDatabase } from '@nguon/db';
import { postgresTestUrl, testDrivers } from '@nguon/db/testing';
import pg from 'pg';
import { startPlatformChild } from './platform-child';
import { measureRawInsert } from './raw-record-insert';
import { assertChainsVerify, ingestRecords, setUpIngest } from './records-ingest';

/** Lots taking records at once: a co-op's clerks in the field, not a flood. */
export const parallelLots = 12;
/** Each lot's plant (1) and warm-up fertilise (2) come before the measured records. */
const firstMeasuredSeq = 3;

export interface IngestFigures {
  driver: DriverName;
  apiRecords: number;
  apiPerSecond: number;
  rawRecords: number;
  rawPerSecond: number;
}

/** One platform process with `env`, the API ingest, then the raw INSERT on the database it leaves behind. */
async function measureOn(
  driver: DriverName,
  env: Record<string, string>,
  openAfterwards: () => Promise<Database>,
  seconds: number,
): Promise<IngestFigures> {
  const platform = await startPlatformChild(env);
  let measured: { setup: Awaited<ReturnType<typeof setUpIngest>>; records: number; perSecond: number };
  try {
    const setup = await setUpIngest(platform, parallelLots);
    measured = { setup, ...(await ingestRecords(setup, seconds)) };
    await assertChainsVerify(setup);
  } finally {
    // Also frees the PGlite directory: PGlite allows one process at a time.
    await platform.stop();
  }
  const database = await openAfterwards();
  try {
    const raw = await measureRawInsert(database.db, measured.setup.lotIds, firstMeasuredSeq);
    if (raw.records !== measured.records)
      throw new Error(`baseline copied ${raw.records} rows of ${measured.records}`);
    return {
      driver,
      apiRecords: measured.records,
      apiPerSecond: measured.perSecond,
      rawRecords: raw.records,
      rawPerSecond: raw.perSecond,
    };
  } finally {
    await database.close();
  }
}

async function onPglite(seconds: number): Promise<IngestFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-bench-records-'));
  try {
    const openAfterwards = () => openDatabase({ dataDir: join(dataDir, 'db') });
    return await measureOn('pglite', { DATA_DIR: dataDir }, openAfterwards, seconds);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A database of its own on the test server, dropped afterwards, so tests and other benches are untouched. */
async function onPostgres(seconds: number): Promise<IngestFigures> {
  const name = `nguon_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresTestUrl() });
  await admin.connect();
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-bench-records-'));
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresTestUrl());
    url.pathname = `/${name}`;
    const env = {
      DATABASE_URL: url.href,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
    };
    const openAfterwards = async () => openDatabase({ url: url.href, poolSize: 1 });
    return await measureOn('postgres', env, openAfterwards, seconds);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Records ingested through POST /api/v1/lots/{id}/records (validation, hash chain, Idempotency-Key) by one
 * signed-in clerk on `parallelLots` lots at once, and a raw multi-row INSERT of the same rows, per driver:
 * PGlite always, PostgreSQL when reachable.
 */
export async function measureRecordsIngest(seconds: number): Promise<IngestFigures[]> {
  const figures: IngestFigures[] = [];
  for (const driver of await testDrivers()) {
    figures.push(driver === 'pglite' ? await onPglite(seconds) : await onPostgres(seconds));
  }
  return figures;
}
