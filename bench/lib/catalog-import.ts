import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertMembership, insertTenant, insertUser } from '@nguon/db';
import { createTestDatabase, postgresTestUrl } from '@nguon/db/testing';
import { compileFormModel, newFormField } from '@nguon/forms';
import {
  createCatalog,
  createInlineQueue,
  createInProcessPublicChanges,
  createLocalFileStore,
  defaultServiceConfig,
  importCatalogItems,
  type Principal,
  type ServiceContext,
  systemSources,
} from '@nguon/services';
import pg from 'pg';

const plotsForm = () =>
  compileFormModel({
    fields: [
      { ...newFormField('text', 'code', { vi: 'Mã thửa', en: 'Plot code' }), required: true },
      { ...newFormField('text', 'name', { vi: 'Tên thửa', en: 'Plot name' }), required: true },
      { ...newFormField('number', 'area', { vi: 'Diện tích', en: 'Area' }), unit: 'ha', min: 0 },
      {
        ...newFormField('choice', 'crop', { vi: 'Cây trồng', en: 'Crop' }),
        choices: [
          { value: 'rice', label: { vi: 'Lúa', en: 'Rice' } },
          { value: 'tea', label: { vi: 'Chè', en: 'Tea' } },
        ],
      },
      newFormField('yesNo', 'irrigated', { vi: 'Có tưới', en: 'Irrigated' }),
      newFormField('date', 'planted', { vi: 'Ngày trồng', en: 'Planted on' }),
    ],
    rules: [],
  });

/** The CSV an owner would upload: header plus `count` plots. */
export function plotsCsv(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `P-${i},Thửa số ${i},"${(i % 97) / 4}",${i % 2 ? 'Chè' : 'Lúa'},có,01/01/2024`,
  );
  return `\uFEFFcode,name,area,crop,irrigated,planted\n${rows.join('\n')}\n`;
}

async function ownerContext(ctx: ServiceContext): Promise<Principal> {
  const tenant = await insertTenant(ctx.db, {
    id: randomUUID(),
    name: 'HTX Bench',
    kind: 'coop',
    address: 'Thôn Bench',
    province: 'thai-nguyen',
  });
  const user = await insertUser(ctx.db, {
    id: randomUUID(),
    name: 'Chủ HTX',
    email: `bench.${randomUUID().slice(0, 8)}@htx.test`,
    phone: null,
    passwordHash: null,
    now: ctx.now(),
  });
  await insertMembership(ctx.db, tenant.id, user.id, 'owner');
  return { kind: 'token', tokenId: randomUUID(), tenantId: tenant.id, role: 'owner', createdBy: user.id };
}

/** Items/s of the CSV import service (parse, convert, validate, insert with history) on PostgreSQL. */
async function importItemsPerSecond(text: string, count: number): Promise<number> {
  const database = await createTestDatabase('postgres');
  const filesDir = await mkdtemp(join(tmpdir(), 'nguon-bench-files-'));
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
    const owner = await ownerContext(ctx);
    const body = {
      name: { vi: 'Thửa ruộng', en: 'Plots' },
      form: plotsForm(),
      labelFields: ['code', 'name'],
    };
    const catalog = await createCatalog(ctx, owner, body);
    const file = { contentType: 'text/csv', bytes: new TextEncoder().encode(text) };
    const started = performance.now();
    // The in-request path, whatever the size: the background job adds batches and yields on top of it.
    const inRequest = { ...ctx, config: { ...ctx.config, backgroundImportRows: Number.POSITIVE_INFINITY } };
    const outcome = await importCatalogItems(inRequest, owner, catalog.id, file, 'all-or-nothing');
    const seconds = (performance.now() - started) / 1000;
    const imported = outcome.kind === 'report' ? outcome.report.imported : 0;
    if (imported !== count) throw new Error(`imported ${imported} of ${count}`);
    return count / seconds;
  } finally {
    await database.close();
    await rm(filesDir, { recursive: true, force: true });
  }
}

/** Items/s of PostgreSQL's own COPY of the same file into a scratch table: the floor for any import. */
async function copyRowsPerSecond(text: string, count: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'nguon-bench-copy-'));
  const file = join(dir, 'plots.csv');
  await writeFile(file, text.replace(/^\uFEFF/, ''));
  await chmod(dir, 0o755);
  await chmod(file, 0o644);
  const client = new pg.Client({ connectionString: postgresTestUrl() });
  await client.connect();
  try {
    await client.query(
      'CREATE TEMP TABLE bench_plots (code text, name text, area text, crop text, irrigated text, planted text)',
    );
    const started = performance.now();
    // Server-side COPY: the database reads the file itself (same machine, superuser in the test cluster).
    const result = await client.query(`COPY bench_plots FROM '${file}' WITH (FORMAT csv, HEADER true)`);
    const seconds = (performance.now() - started) / 1000;
    if (result.rowCount !== count) throw new Error(`COPY loaded ${result.rowCount} of ${count}`);
    return count / seconds;
  } finally {
    await client.end();
    await rm(dir, { recursive: true, force: true });
  }
}

/** CSV import of `count` catalog items against a raw COPY of the same rows, both on PostgreSQL. */
export async function measureCatalogImport(count: number) {
  const text = plotsCsv(count);
  const copyPerSecond = await copyRowsPerSecond(text, count);
  const importPerSecond = await importItemsPerSecond(text, count);
  return { copyPerSecond, importPerSecond };
}
