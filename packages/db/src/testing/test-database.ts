import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import pg from 'pg';
import { type Database, type DriverName, databaseOverPool, openPostgres, poolOverPglite } from '../database';
import { loadMigrations, migrateToLatest } from '../migrator';

export const postgresTestUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Server-mode suites must run, not skip, in CI or when REQUIRE_SERVICES=1. */
export const servicesRequired = (): boolean =>
  process.env.REQUIRE_SERVICES === '1' || Boolean(process.env.CI);

async function isPostgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The drivers a contract suite runs on here: always PGlite; PostgreSQL when reachable.
 * Unreachable PostgreSQL is a skip with a message locally and an error in CI.
 */
export async function testDrivers(): Promise<DriverName[]> {
  const url = postgresTestUrl();
  if (await isPostgresReachable(url)) return ['pglite', 'postgres'];
  const message = `PostgreSQL not reachable at ${url.replace(/:[^:@/]+@/, ':***@')}`;
  if (servicesRequired())
    throw new Error(`${message}; server-mode suites are required here (CI or REQUIRE_SERVICES=1)`);
  console.warn(
    `${message}: server-mode (postgres) suites skipped. Set REQUIRE_SERVICES=1 to make this an error.`,
  );
  return ['pglite'];
}

type Shared = { pglite?: Promise<PGlite> };
const shared = globalThis as typeof globalThis & { __nguonTestDb?: Shared };

/** One in-memory PGlite per test worker: starting one costs seconds and about 1 GB. */
function sharedPglite(): Promise<PGlite> {
  shared.__nguonTestDb ??= {};
  shared.__nguonTestDb.pglite ??= PGlite.create();
  return shared.__nguonTestDb.pglite;
}

export interface TestDatabase extends Database {
  readonly schema: string;
}

/**
 * A freshly migrated, private schema on the given driver; close() drops it. `upTo` stops after that migration,
 * for a test of what a later one does to rows written before it.
 */
export async function createTestDatabase(
  driver: DriverName,
  options: { upTo?: number } = {},
): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let database: Database;
  if (driver === 'postgres') {
    const admin = new pg.Client({ connectionString: postgresTestUrl() });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    database = openPostgres({ url: postgresTestUrl(), schema, poolSize: 5 });
  } else {
    const pglite = await sharedPglite();
    await pglite.exec(`CREATE SCHEMA ${schema}`);
    database = databaseOverPool(poolOverPglite(pglite, schema), 'pglite', async () => {});
  }
  const { upTo } = options;
  const migrations =
    upTo === undefined ? undefined : (await loadMigrations()).filter((m) => m.version <= upTo);
  await migrateToLatest(database.db, migrations);
  return {
    db: database.db,
    driver,
    schema,
    async close() {
      await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(database.db);
      await database.close();
    },
  };
}
