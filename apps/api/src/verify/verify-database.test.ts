import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMigrations, lockFileName, migrateToLatest, openDatabase } from '@nguon/db';
import { crashHolder, createTestDatabase, startEmbeddedDatabaseHolder, testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify, type VerifyOptions } from './verify-command';

const verify = async (options: Partial<VerifyOptions>) => {
  const lines: string[] = [];
  const code = await runVerify({ argv: [], env: {}, ...options }, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
};

describe('where verify finds the database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nguon-verify-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a DATA_DIR without a database, and creates none', async () => {
    const result = await verify({ env: { DATA_DIR: dataDir } });
    expect(result.code).toBe(2);
    expect(result.text).toContain(`No embedded database at ${join(dataDir, 'db')}`);
    await expect(access(join(dataDir, 'db'))).rejects.toThrow();
  });

  it('refuses a PostgreSQL it cannot reach', async () => {
    const result = await verify({ env: { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/nguon' } });
    expect(result.code).toBe(2);
    expect(result.text).toContain('Cannot connect to PostgreSQL postgres://postgres:***@127.0.0.1:1/nguon');
    expect(result.text).not.toContain('secret');
  });

  it('refuses a PGlite directory the platform holds, and opens it once that process is gone', async () => {
    const dbDir = join(dataDir, 'db');
    const setup = await openDatabase({ dataDir: dbDir });
    await migrateToLatest(setup.db);
    await setup.close();
    const holder = startEmbeddedDatabaseHolder(dbDir);
    try {
      expect(await holder.outcome).toEqual({ kind: 'open' });
      const refused = await verify({ env: { DATA_DIR: dataDir } });
      expect(refused.code).toBe(2);
      expect(refused.text).toContain(
        `The platform is running with this DATA_DIR (process ${holder.child.pid} on`,
      );
      expect(refused.text).toContain(
        `Nền tảng đang chạy với DATA_DIR này (tiến trình ${holder.child.pid} trên`,
      );
    } finally {
      await crashHolder(holder.child);
    }
    // Killed: its lock is left behind, naming a process that is gone; verify takes it over and says so.
    await expect(access(join(dbDir, lockFileName))).resolves.toBeUndefined();
    const recovered = await verify({ env: { DATA_DIR: dataDir } });
    expect(recovered.code, recovered.text).toBe(0);
    expect(recovered.text).toContain(`the last run (process ${holder.child.pid}, since`);
    expect(recovered.text).toContain(`database: PGlite ${dbDir}`);
    expect(recovered.text).toContain('checked: 0 lô / lots, 0 bản ghi / records');
    await expect(access(join(dbDir, lockFileName))).rejects.toThrow();
  }, 90_000);
});

const drivers = await testDrivers();

describe.each(drivers)('verify and the schema version on %s', (driver) => {
  it('refuses a database older or newer than the code, and one without the schema', async () => {
    const database = await createTestDatabase(driver);
    try {
      const latest = (await loadMigrations()).at(-1);
      if (!latest) throw new Error('no migrations');
      const padded = String(latest.version).padStart(4, '0');
      await database.db.deleteFrom('schema_migrations').where('version', '=', latest.version).execute();
      const older = await verify({ database });
      expect(older.code).toBe(2);
      expect(older.text).toContain(`older than the code: missing migration ${padded}_${latest.name}`);
      await database.db
        .insertInto('schema_migrations')
        .values([
          { version: latest.version, name: latest.name },
          { version: 999, name: 'future' },
        ])
        .execute();
      const newer = await verify({ database });
      expect(newer.code).toBe(2);
      expect(newer.text).toContain('The database schema (migration 999) is newer than this code');
      await database.db.schema.dropTable('schema_migrations').execute();
      const none = await verify({ database });
      expect(none.code).toBe(2);
      expect(none.text).toContain('This database has no Nguồn schema yet.');
    } finally {
      await database.close();
    }
  }, 60_000);
});
