import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DriverName } from '@nguon/db';
import { createTestDatabase } from '@nguon/db/testing';
import {
  createInlineQueue,
  createInProcessPublicChanges,
  createLocalFileStore,
  defaultServiceConfig,
  listLibraryTemplates,
  type Principal,
  type ServiceContext,
  syncTemplateFiles,
  systemSources,
} from '@nguon/services';
import { sql } from 'kysely';
import type { Row } from './row';

const repoTemplates = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A templates folder with the repository's templates copied under new keys until there are `count`. */
async function templatesFolder(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nguon-bench-templates-'));
  const keys = (await readdir(repoTemplates, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (let n = 0; n < count; n++) {
    const key = keys[n % keys.length] ?? '';
    const copyKey = n < keys.length ? key : `${key}-${n}`;
    await cp(join(repoTemplates, key), join(dir, copyKey), { recursive: true });
    const path = join(dir, copyKey, 'template.json');
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, key: copyKey }));
  }
  return dir;
}

const person: Principal = {
  kind: 'person',
  userId: randomUUID(),
  sessionIdHash: 'bench',
  csrfToken: 'bench',
  tenantId: null,
  role: null,
  platformRoles: [],
  inspectorProvinces: [],
};

/** Calls `run` for `seconds` (after one warm-up call) and returns calls per second. */
async function perSecond(seconds: number, run: () => Promise<unknown>): Promise<number> {
  await run();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await run();
    calls++;
  }
  return calls / ((performance.now() - started) / 1000);
}

/**
 * The library list service (GET /api/v1/templates without its HTTP part) over `count` templates, against the
 * bare query of the same rows' ids and names: the least any list of them must read.
 */
export async function measureTemplateList(driver: DriverName, count: number, seconds: number) {
  const database = await createTestDatabase(driver);
  const filesDir = await mkdtemp(join(tmpdir(), 'nguon-bench-files-'));
  const templatesDir = await templatesFolder(count);
  const ctx: ServiceContext = {
    db: database.db,
    driver: database.driver,
    queue: createInlineQueue(),
    files: createLocalFileStore(filesDir),
    publicChanges: createInProcessPublicChanges(),
    config: {
      ...defaultServiceConfig,
      sessionSecret: 'bench-secret-bench-secret-bench-0123',
      publicBaseUrl: 'http://bench',
    },
    ...systemSources,
  };
  try {
    const synced = await syncTemplateFiles(ctx, templatesDir);
    if (synced.broken.length > 0) throw new Error(`broken bench templates: ${synced.broken.length}`);
    const listed = (await listLibraryTemplates(ctx, person, {})).items.length;
    if (listed !== count) throw new Error(`listed ${listed} of ${count} templates`);
    const bare = await perSecond(seconds, () =>
      sql`SELECT DISTINCT ON (template_id) id, name_vi FROM template_versions
          ORDER BY template_id, number DESC`.execute(ctx.db),
    );
    const list = await perSecond(seconds, () => listLibraryTemplates(ctx, person, {}));
    return { bare, list };
  } finally {
    await database.close();
    await rm(filesDir, { recursive: true, force: true });
    await rm(templatesDir, { recursive: true, force: true });
  }
}

/** The list of the 11 repository templates and of 200, on both drivers, each against its bare query. */
export async function templateListRows(seconds: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of ['pglite', 'postgres'] as const) {
    for (const count of [11, 200]) {
      const figures = await measureTemplateList(driver, count, seconds);
      const baseline = `${driver}: ids and names of ${count} templates' newest versions (queries/s)`;
      rows.push(
        { name: baseline, value: figures.bare, unit: 'queries/s' },
        {
          name: `${driver}: template library list of ${count} templates (lists/s)`,
          value: figures.list,
          unit: 'lists/s',
          baseline,
          ratio: figures.list / figures.bare,
        },
      );
    }
  }
  return rows;
}
