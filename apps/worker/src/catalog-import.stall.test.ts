import { jobStallMs } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { createCatalog, getCatalogImport, importCatalogItems, resumeCatalogImports } from '@nguon/services';
import { describe, expect, it } from 'vitest';
import { pollUntil, serverModeGate, useServerMode } from './testing/server-mode';

const rows = 150_000;
const { runs, redisUrl } = await serverModeGate('the catalog import stall test');

describe.runIf(runs)('a catalog import BullMQ failed for good after its worker was killed twice', () => {
  const server = useServerMode(redisUrl, 'import-stall');
  const { ownerPrincipal } = server;

  async function importRow(id: string) {
    return server.services.ctx.db
      .selectFrom('catalog_imports')
      .select(['state', 'rows_done', 'imported', 'heartbeat_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  type Row = Awaited<ReturnType<typeof importRow>>;

  /** Starts a worker, waits for it to commit a batch (a heartbeat after its start), then kills it. */
  async function killWhileImporting(id: string): Promise<Row> {
    const since = new Date();
    const worker = server.startWorker();
    const importing = await pollUntil(
      () => importRow(id),
      (row) => row.state === 'running' && row.rows_done > 0 && row.heartbeat_at > since,
      90_000,
    );
    await server.kill(worker);
    return importing;
  }

  it("is shown as stalled, and the API's start imports the rest under a new job id, each row once", async () => {
    const owner = await ownerPrincipal();
    const form = compileFormModel({
      fields: [{ ...newFormField('text', 'code', { vi: 'Mã', en: 'Code' }), required: true }],
      rules: [],
    });
    const catalog = await createCatalog(server.services.ctx, owner, {
      name: { vi: 'Nông hộ', en: 'Farmers' },
      form,
      labelFields: ['code'],
    });
    const lines = Array.from({ length: rows }, (_, i) => `H-${i}`);
    const bytes = new TextEncoder().encode(`code\n${lines.join('\n')}\n`);
    const file = { contentType: 'text/csv', bytes, caching: 'private' as const };
    const outcome = await importCatalogItems(server.services.ctx, owner, catalog.id, file, 'all-or-nothing');
    if (outcome.kind !== 'background') throw new Error('expected a background import');
    const id = outcome.view.id;

    // Killed twice while importing: BullMQ moves the job back once, then fails it ("job stalled more than
    // allowable limit") in the third worker's stalled check, and our job code never runs its catch.
    const first = await killWhileImporting(id);
    const second = await killWhileImporting(id);
    expect(second.rows_done).toBeGreaterThanOrEqual(first.rows_done);
    server.startWorker();
    const lost = await server.waitForJob(id, 'failed', 60_000);
    expect(lost.failedReason).toMatch(/stalled/);
    const stuck = await importRow(id);
    expect(stuck.state).toBe('running');
    expect(stuck.rows_done).toBeLessThan(rows);
    expect(await getCatalogImport(server.services.ctx, owner, id)).toMatchObject({
      stalled: false,
      canRetry: false,
    });

    // Ten minutes pass without a heartbeat (moved back here rather than waited for).
    const quiet = new Date(Date.now() - jobStallMs - 1000);
    await server.services.ctx.db
      .updateTable('catalog_imports')
      .set({ heartbeat_at: quiet })
      .where('id', '=', id)
      .execute();
    const stalled = await getCatalogImport(server.services.ctx, owner, id);
    expect(stalled).toMatchObject({ stalled: true, canRetry: true, job: { state: 'failed' } });
    expect(stalled.job.error?.code).toBe('CATALOG_IMPORT_STALLED');

    // The import's own job id would hand back the failed job unrun: resume claims it and uses a new one.
    expect(await resumeCatalogImports(server.services.ctx)).toBe(1);
    const ended = await pollUntil(
      () => importRow(id),
      (row) => row.state !== 'running' && row.state !== 'queued',
      180_000,
    );
    expect(ended).toMatchObject({ state: 'completed', rows_done: rows, imported: rows });
    const view = await getCatalogImport(server.services.ctx, owner, id);
    expect(view).toMatchObject({ stalled: false, canRetry: false, job: { state: 'completed', done: rows } });
    expect(view.report?.vi.imported).toBe(rows);

    // Exactly the CSV's rows, once each.
    const items = await server.services.ctx.db
      .selectFrom('catalog_items')
      .select('data')
      .where('catalog_id', '=', catalog.id)
      .execute();
    const codes = items.map(({ data }) => (data as { code?: unknown }).code);
    expect(codes.length).toBe(rows);
    expect(new Set(codes)).toEqual(new Set(lines));
    expect(await resumeCatalogImports(server.services.ctx)).toBe(0);
  }, 420_000);
});
