import { mkdir } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, type KyselyPlugin, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { installCopyIn } from './copy/copy-in';
import { type LockHolder, lockDatabaseDirectory } from './lock/directory-lock';
import type { DB } from './schema';

export type DriverName = 'pglite' | 'postgres';
export type Db = Kysely<DB>;

export interface Database {
  readonly db: Db;
  readonly driver: DriverName;
  /** Closes the pool (and the embedded PGlite when this object owns it). */
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PGlite in dataDir is used. */
  url?: string;
  dataDir?: string;
  poolSize?: number;
  /** Schema to work in (tests isolate by schema); default public. */
  schema?: string;
  /** Told when the embedded database's lock, left by a process that is gone, is taken over. */
  onStaleLock?: (stale: LockHolder, lockFile: string) => void;
}

function searchPathHook(pool: pg.Pool, schema: string | undefined): void {
  if (!schema) return;
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError(`bad schema name ${schema}`);
  pool.on('connect', (client) => {
    client.query(`SET search_path TO ${schema}`).catch(() => {});
  });
}

/**
 * PGlite answers in this thread and its shim settles every query as a microtask, so a job running query after
 * query (a label batch: seconds of them) never let the event loop reach its I/O phase: no request was read and
 * no response written until the job ended. Each answer therefore waits for one turn of the loop.
 */
export const yieldAfterEachQuery: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    await nextTurn();
    return args.result;
  },
};

/** One code path for both backends: Kysely over a pg.Pool, whose connection is real or PGlite's shim. */
export function databaseOverPool(pool: pg.Pool, driver: DriverName, onClose: () => Promise<void>): Database {
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: driver === 'pglite' ? [yieldAfterEachQuery] : [],
  });
  return {
    db,
    driver,
    async close() {
      await db.destroy();
      await onClose();
    },
  };
}

export function openPostgres(config: DatabaseConfig & { url: string }): Database {
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
  pool.on('connect', (client) => installCopyIn(client));
  searchPathHook(pool, config.schema);
  return databaseOverPool(pool, 'postgres', async () => {});
}

/** PGlite is one session: the pool must hold exactly one connection. */
export function poolOverPglite(pglite: PGlite, schema?: string): pg.Pool {
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  pool.on('connect', (client) => installCopyIn(client, pglite));
  searchPathHook(pool, schema);
  return pool;
}

const warnStaleLock = (stale: LockHolder, lockFile: string) => {
  console.warn(
    `${lockFile}: tiến trình ${stale.pid} (từ ${stale.since}) không còn chạy, tiếp quản khóa / process ${stale.pid} (since ${stale.since}) is gone, taking over its lock`,
  );
};

/** PGlite takes no lock of its own: ours is taken before it touches the directory, released after it closes. */
export async function openPglite(config: DatabaseConfig & { dataDir: string }): Promise<Database> {
  await mkdir(config.dataDir, { recursive: true });
  const lock = await lockDatabaseDirectory(config.dataDir, {
    onTakeOver: config.onStaleLock ?? warnStaleLock,
  });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: config.dataDir });
  } catch (error: unknown) {
    await lock.release();
    throw error;
  }
  const pool = poolOverPglite(pglite, config.schema);
  return databaseOverPool(pool, 'pglite', async () => {
    try {
      await pglite.close();
    } finally {
      await lock.release();
    }
  });
}

/** PostgreSQL when a URL is given, else the embedded PGlite persisted in dataDir. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url) return openPostgres({ ...config, url: config.url });
  return openPglite({ ...config, dataDir: config.dataDir ?? './data/db' });
}

/** True when the database answers a trivial query. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
