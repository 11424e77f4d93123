import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Db } from '@nguon/db';
import { sql } from 'kysely';
import { expect } from 'vitest';

/** Per table of the test schema: its row count and a hash of its rows; per stored file: its size. */
export interface StorageSnapshot {
  tables: Record<string, { rows: number; hash: string }>;
  files: Record<string, number>;
}

/**
 * Columns a read legitimately changes, left out of the hash:
 * a session slides its last-seen time and expiry on use (touchSession),
 * a token notes its last use (markApiTokenUsed).
 */
export const readTimeColumns: Readonly<Record<string, readonly string[]>> = {
  sessions: ['last_seen_at', 'expires_at'],
  api_tokens: ['last_used_at'],
};

const identifier = /^[a-z_][a-z0-9_]*$/;

async function tablesOfSchema(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);
  return result.rows.map((row) => row.name);
}

/** One query: every table's rows as jsonb text (read-time columns removed), sorted, counted and hashed. */
function tableHashesQuery(tables: string[]): string {
  return tables
    .map((table) => {
      if (!identifier.test(table)) throw new RangeError(`unexpected table name ${table}`);
      const dropped = (readTimeColumns[table] ?? []).map((column) => ` - '${column}'`).join('');
      return `SELECT '${table}' AS name, count(*)::int AS rows,
        coalesce(md5(string_agg(r, E'\\n' ORDER BY r COLLATE "C")), '') AS hash
        FROM (SELECT (to_jsonb(x)${dropped})::text AS r FROM ${table} x) s`;
    })
    .join('\nUNION ALL\n');
}

async function filesUnder(root: string): Promise<Record<string, number>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: Record<string, number> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(root, path)] = (await stat(path)).size;
  }
  return files;
}

/** Everything the platform has stored: the rows of every table of its schema, and the files under filesDir. */
export async function snapshotStorage(db: Db, filesDir?: string): Promise<StorageSnapshot> {
  const tables = await tablesOfSchema(db);
  const result = await sql<{ name: string; rows: number; hash: string }>`${sql.raw(
    tableHashesQuery(tables),
  )}`.execute(db);
  const snapshot: StorageSnapshot = { tables: {}, files: filesDir ? await filesUnder(filesDir) : {} };
  for (const row of result.rows) snapshot.tables[row.name] = { rows: row.rows, hash: row.hash };
  return snapshot;
}

export interface StoredPlace {
  db: Db;
  filesDir?: string;
}

/** Runs `act` and fails, naming `label` and the tables that moved, if it changed anything stored. */
export async function expectNothingStored<T>(
  place: StoredPlace,
  label: string,
  act: () => Promise<T>,
): Promise<T> {
  const before = await snapshotStorage(place.db, place.filesDir);
  const outcome = await act();
  expect(await snapshotStorage(place.db, place.filesDir), `${label} changed stored data`).toEqual(before);
  return outcome;
}

const guardedPlatforms = new Map<string, StoredPlace>();

/** From now on every refusal (4xx) an HttpAgent gets from `baseUrl` is checked to have stored nothing. */
export function guardRefusals(baseUrl: string, place: StoredPlace): void {
  guardedPlatforms.set(baseUrl, place);
}

export function releaseRefusals(baseUrl: string): void {
  guardedPlatforms.delete(baseUrl);
}

/** Where the platform at `baseUrl` stores, when its refusals are guarded. */
export function refusalGuardFor(baseUrl: string): StoredPlace | undefined {
  return guardedPlatforms.get(baseUrl);
}
