import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import type { Db } from './database';

const migrationsDir = new URL('./migrations/', import.meta.url);
/** Any fixed number: every replica takes the same advisory lock, so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 4_725_118_301;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The numbered SQL files, in order; a gap or a duplicate number is a bug caught here. */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(migrationsDir)).filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file)).sort();
  const migrations: Migration[] = [];
  for (const [index, file] of files.entries()) {
    const version = Number(file.slice(0, 4));
    if (version !== index + 1)
      throw new Error(`migration ${file} is out of sequence (expected ${index + 1})`);
    migrations.push({
      version,
      name: file.slice(5, -4),
      sql: await readFile(new URL(file, migrationsDir), 'utf8'),
    });
  }
  return migrations;
}

/** Applies pending migrations in one transaction under an advisory lock; returns the versions applied. */
export async function migrateToLatest(db: Db, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
      trx,
    );
    const done = new Set(
      (await trx.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name })
        .execute();
      applied.push(migration.version);
    }
    return applied;
  });
}
