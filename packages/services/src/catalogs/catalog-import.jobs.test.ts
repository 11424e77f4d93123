import { type CatalogImportViewSource, localizeCatalogImportReport } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { compileFormModel, newFormField } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { UnrecoverableJobError } from '../jobs/queue.port';
import { listJobsOf } from '../jobs-view/tenant-jobs.service';
import { createServiceKit, createTenantKit, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import { catalogImportJob } from './catalog-import.jobs';
import { importCatalogItems } from './catalog-import.service';
import { resumeCatalogImports } from './catalog-import-background';
import { catalogImportJobs } from './catalog-import-job-source';
import { batchRowsOf, catalogImportAttempts, runCatalogImport } from './catalog-import-run';
import { cancelCatalogImport, getCatalogImport } from './catalog-imports.service';
import { listItemsOfCatalog } from './catalog-items.service';
import { createCatalog } from './catalogs.service';

const drivers = await testDrivers();

const plotsBody = () => ({
  name: { vi: 'Thửa ruộng', en: 'Plots' },
  form: compileFormModel({
    fields: [
      { ...newFormField('text', 'code', { vi: 'Mã thửa', en: 'Plot code' }), required: true },
      { ...newFormField('number', 'area', { vi: 'Diện tích', en: 'Area' }), min: 0 },
    ],
    rules: [],
  }),
  labelFields: ['code'],
});

/** `rows` plots; the lines listed in `bad` carry a negative area. */
function plotsCsv(
  rows: number,
  bad: readonly number[] = [],
): { contentType: string; bytes: Uint8Array; caching: 'private' } {
  const lines = ['code,area'];
  for (let i = 0; i < rows; i++) lines.push(`P-${i},${bad.includes(i) ? '-1' : (i % 50) / 10}`);
  return {
    contentType: 'text/csv',
    bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
    caching: 'private',
  };
}

/** A progress whose report runs `onReport` (a crash, a cancel) at the given batch. */
const progressOf = (
  attempt: number,
  onReport: (batch: number) => Promise<void> = async () => {},
): JobProgress => {
  let batch = 0;
  return { jobId: 'test', attempt, signal: new AbortController().signal, report: () => onReport(++batch) };
};

describe.each(drivers)('catalog imports as background jobs on %s', (driver) => {
  let kit: ServiceKit;
  let a: TenantKit;
  let b: TenantKit;
  /** The kit's context with a small threshold, and a queue that never runs jobs (the tests run them by hand). */
  let held: ServiceContext;
  let small: ServiceContext;
  beforeAll(async () => {
    kit = await createServiceKit(driver);
    a = await createTenantKit(kit.ctx, 'A');
    b = await createTenantKit(kit.ctx, 'B');
    const config = { ...kit.ctx.config, backgroundImportRows: 10 };
    small = { ...kit.ctx, config, queue: createInlineQueue() };
    small.queue.register(catalogImportJob.name, catalogImportJob.processorFor(small));
    await small.queue.start();
    held = { ...small, queue: createInlineQueue() };
  });
  afterAll(async () => {
    await small?.queue.close();
    await kit?.close();
  });

  const newCatalog = async () => (await createCatalog(kit.ctx, a.as.owner, plotsBody())).id;
  const itemCount = async (catalogId: string) =>
    (await listItemsOfCatalog(kit.ctx, a.as.owner, catalogId, { pageSize: '1' })).total;
  const startHeld = async (
    catalogId: string,
    rows: number,
    mode: 'valid-only' | 'all-or-nothing',
    bad: number[] = [],
  ) => {
    const outcome = await importCatalogItems(held, a.as.owner, catalogId, plotsCsv(rows, bad), mode);
    if (outcome.kind !== 'background') throw new Error('expected a background import');
    return outcome.view;
  };
  const run = (view: CatalogImportViewSource, progress: JobProgress) =>
    runCatalogImport(kit.ctx, { importId: view.id, tenantId: a.id }, progress);

  it('runs up to the threshold in the request, above it as a job that ends as the request would have', async () => {
    const at = await importCatalogItems(
      small,
      a.as.owner,
      await newCatalog(),
      plotsCsv(10, [3]),
      'valid-only',
    );
    expect(at.kind).toBe('report');
    const sync = await importCatalogItems(
      kit.ctx,
      a.as.owner,
      await newCatalog(),
      plotsCsv(11, [3]),
      'valid-only',
    );
    const catalogId = await newCatalog();
    const above = await importCatalogItems(small, a.as.owner, catalogId, plotsCsv(11, [3]), 'valid-only');
    if (above.kind !== 'background' || sync.kind !== 'report') throw new Error('expected a job and a report');
    // The in-process job may already have ended by the time the answer is made.
    expect(above.view.job).toMatchObject({ total: 11, kind: 'catalog-import' });
    expect(above.view.job.canCancel).toBe(['queued', 'running'].includes(above.view.job.state));
    await small.queue.waitFor(above.view.id, 20_000);
    const ended = await getCatalogImport(kit.ctx, a.as.owner, above.view.id);
    expect(ended.job).toMatchObject({
      state: 'completed',
      done: 11,
      total: 11,
      error: null,
      canCancel: false,
    });
    expect(ended.report?.vi).toMatchObject({ rows: 11, valid: 10, invalid: 1, imported: 10 });
    expect(ended.report?.en.errors.map((e) => [e.line, e.field])).toEqual([[5, 'area']]);
    expect(ended.report?.vi.errors).toEqual(localizeCatalogImportReport(sync.report, 'vi').errors);
    expect(sync.report).toMatchObject({ rows: 11, valid: 10, invalid: 1, imported: 10 });
    expect(await itemCount(catalogId)).toBe(10);
  });

  it('imports each row once when a run crashes after a committed batch and the retry resumes', async () => {
    const catalogId = await newCatalog();
    const view = await startHeld(catalogId, 2500, 'valid-only');
    const crash = progressOf(1, async (batch) => {
      if (batch === 2) throw new Error('worker killed');
    });
    await expect(run(view, crash)).rejects.toThrow('worker killed');
    expect((await getCatalogImport(kit.ctx, a.as.owner, view.id)).job).toMatchObject({
      state: 'running',
      done: 2 * batchRowsOf(driver),
    });
    expect(await itemCount(catalogId)).toBe(2 * batchRowsOf(driver));
    expect(await run(view, progressOf(2))).toEqual({ state: 'completed', imported: 2500 });
    // A second run of an ended import does nothing.
    expect(await run(view, progressOf(3))).toEqual({ state: 'completed', imported: 2500 });
    expect(await itemCount(catalogId)).toBe(2500);
  });

  it('fails an all-or-nothing import with a bad row, keeping nothing and naming the row', async () => {
    const catalogId = await newCatalog();
    const view = await startHeld(catalogId, 1500, 'all-or-nothing', [1200]);
    expect(await run(view, progressOf(1))).toEqual({ state: 'failed', imported: 0 });
    const ended = await getCatalogImport(kit.ctx, a.as.owner, view.id);
    expect(ended.job.error?.code).toBe('CSV_ROWS_INVALID');
    expect(ended.job.error?.message.en).toContain('Nothing was imported: 1 rows');
    expect(ended.report?.en.errors[0]?.line).toBe(1202);
    expect(await itemCount(catalogId)).toBe(0);
  });

  it('keeps none of an all-or-nothing import that fails on its last attempt after committed batches', async () => {
    const catalogId = await newCatalog();
    const view = await startHeld(catalogId, 2500, 'all-or-nothing');
    const dying = progressOf(catalogImportAttempts, async (batch) => {
      if (batch === 2) throw new Error('database gone');
    });
    await expect(run(view, dying)).rejects.toThrow('database gone');
    const ended = await getCatalogImport(kit.ctx, a.as.owner, view.id);
    expect([ended.job.state, ended.job.error?.code]).toEqual(['failed', 'JOB_INTERRUPTED']);
    expect(await itemCount(catalogId)).toBe(0);
  });

  it('cancels an all-or-nothing import halfway and keeps none of its rows', async () => {
    const catalogId = await newCatalog();
    const view = await startHeld(catalogId, 3000, 'all-or-nothing');
    const cancelling = progressOf(1, async (batch) => {
      if (batch === 1) await cancelCatalogImport(kit.ctx, a.as.owner, view.id);
    });
    expect(await run(view, cancelling)).toEqual({ state: 'cancelled', imported: 0 });
    const ended = await getCatalogImport(kit.ctx, a.as.owner, view.id);
    expect(ended.job).toMatchObject({ state: 'cancelled', canCancel: false });
    expect(await itemCount(catalogId)).toBe(0);
    expect((await refusalOf(cancelCatalogImport(kit.ctx, a.as.owner, view.id))).code).toBe(
      'JOB_ALREADY_ENDED',
    );
  });

  it("keeps one tenant's imports from another tenant, and a clerk's view to their own", async () => {
    const view = await startHeld(await newCatalog(), 20, 'valid-only');
    const outsiders: Principal[] = [b.as.owner, a.as.clerk, a.as.viewer];
    for (const outsider of outsiders) {
      expect((await refusalOf(getCatalogImport(kit.ctx, outsider, view.id))).code).toBe('NOT_FOUND');
      expect((await refusalOf(cancelCatalogImport(kit.ctx, outsider, view.id))).code).toBe('NOT_FOUND');
      const listed = await listJobsOf([catalogImportJobs], kit.ctx, outsider, {});
      expect(listed.items.map((j) => j.id)).not.toContain(view.id);
    }
    expect((await getCatalogImport(kit.ctx, a.as.owner, view.id)).job.state).toBe('queued');
  });

  it("lists the tenant's jobs newest first, a page at a time", async () => {
    const catalogId = await newCatalog();
    const first = await startHeld(catalogId, 11, 'valid-only');
    kit.sources.advance(1000);
    const second = await startHeld(catalogId, 12, 'valid-only');
    const page = await listJobsOf([catalogImportJobs], kit.ctx, a.as.owner, { limit: '1' });
    expect(page.items.map((j) => [j.id, j.title.en, j.total])).toEqual([[second.id, 'Plots', 12]]);
    const next = await listJobsOf([catalogImportJobs], kit.ctx, a.as.owner, {
      limit: '1',
      before: page.next ?? '',
    });
    expect(next.items.map((j) => j.id)).toEqual([first.id]);
  });

  it('resumes at start the imports a stopped process left unfinished, after their last batch', async () => {
    const catalogId = await newCatalog();
    const view = await startHeld(catalogId, 1800, 'valid-only');
    const killed = progressOf(1, async () => {
      throw new Error('process stopped');
    });
    await expect(run(view, killed)).rejects.toThrow('process stopped');
    expect(await resumeCatalogImports(small)).toBeGreaterThanOrEqual(1);
    const done = await small.queue.waitFor(view.id, 20_000);
    expect(done.result).toEqual({ state: 'completed', imported: 1800 });
    expect(await itemCount(catalogId)).toBe(1800);
  });

  it('fails a bad payload without retry, and refuses to enqueue one', async () => {
    const processor = catalogImportJob.processorFor(kit.ctx);
    const job = { id: 'x', name: catalogImportJob.name, attempt: 1, signal: new AbortController().signal };
    const bad = processor({ ...job, payload: { importId: 'not-a-uuid' }, reportProgress: async () => {} });
    await expect(bad).rejects.toBeInstanceOf(UnrecoverableJobError);
    const gone = processor({
      ...job,
      payload: { importId: a.id, tenantId: a.id },
      reportProgress: async () => {},
    });
    await expect(gone).rejects.toBeInstanceOf(UnrecoverableJobError);
    expect(() => catalogImportJob.parsePayload({ importId: a.id })).toThrow();
  });
});
