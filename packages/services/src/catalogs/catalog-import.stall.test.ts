import { testDrivers } from '@nguon/db/testing';
import { jobStallMs } from '@nguon/domain';
import { compileFormModel, newFormField } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { listJobsOf } from '../jobs-view/tenant-jobs.service';
import { createServiceKit, createTenantKit, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import { catalogImportJob } from './catalog-import.jobs';
import { importCatalogItems } from './catalog-import.service';
import { resumeCatalogImports } from './catalog-import-background';
import { catalogImportJobs } from './catalog-import-job-source';
import { catalogImportAttempts, runCatalogImport } from './catalog-import-run';
import { getCatalogImport, retryCatalogImport } from './catalog-imports.service';
import { listItemsOfCatalog } from './catalog-items.service';
import { createCatalog } from './catalogs.service';

const plotsBody = () => ({
  name: { vi: 'Thửa ruộng', en: 'Plots' },
  form: compileFormModel({
    fields: [{ ...newFormField('text', 'code', { vi: 'Mã thửa', en: 'Plot code' }), required: true }],
    rules: [],
  }),
  labelFields: ['code'],
});

const plotsCsv = (rows: number) => ({
  contentType: 'text/csv',
  bytes: new TextEncoder().encode(`code\n${Array.from({ length: rows }, (_, i) => `P-${i}`).join('\n')}\n`),
  caching: 'private' as const,
});

/** A progress whose report throws at the given batch: the worker died after that batch was committed. */
const crashingAt = (attempt: number, batch: number): JobProgress => {
  let reports = 0;
  return {
    jobId: 'test',
    attempt,
    signal: new AbortController().signal,
    report: async () => {
      if (++reports === batch) throw new Error('worker killed');
    },
  };
};

/**
 * A job the queue lost without our code running (BullMQ failing a job that stalled too often): the import row
 * says 'running' and nothing will move it. Here the lost job is one enqueued on a queue that never runs it;
 * the clock is the kit's, moved past the stall limit by hand.
 */
describe.each(await testDrivers())('a catalog import whose job was lost, on %s', (driver) => {
  let kit: ServiceKit;
  let a: TenantKit;
  const started: ServiceContext[] = [];
  beforeAll(async () => {
    kit = await createServiceKit(driver);
    a = await createTenantKit(kit.ctx, 'A');
  });
  afterAll(async () => {
    for (const ctx of started) await ctx.queue.close();
    await kit.close();
  });

  const config = () => ({ ...kit.ctx.config, backgroundImportRows: 10 });
  /** A process whose in-process queue runs catalog imports. */
  async function startedContext(): Promise<ServiceContext> {
    const ctx: ServiceContext = { ...kit.ctx, config: config(), queue: createInlineQueue() };
    ctx.queue.register(catalogImportJob.name, catalogImportJob.processorFor(ctx));
    await ctx.queue.start();
    started.push(ctx);
    return ctx;
  }
  /** A queue that takes jobs and never runs them: every job enqueued on it is lost. */
  const deadContext = (): ServiceContext => ({ ...kit.ctx, config: config(), queue: createInlineQueue() });

  async function until(id: string, done: (state: string) => boolean) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const view = await getCatalogImport(kit.ctx, a.as.owner, id);
      if (done(view.job.state) || Date.now() > deadline) return view;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const codesOf = async (catalogId: string) => {
    const page = await listItemsOfCatalog(kit.ctx, a.as.owner, catalogId, { pageSize: '100' });
    return page.total;
  };

  /** An import of `rows` rows whose first run committed `batches` batches and then died with its job. */
  async function lostImport(rows: number, mode: 'valid-only' | 'all-or-nothing', batches: number) {
    const catalogId = (await createCatalog(kit.ctx, a.as.owner, plotsBody())).id;
    const outcome = await importCatalogItems(deadContext(), a.as.owner, catalogId, plotsCsv(rows), mode);
    if (outcome.kind !== 'background') throw new Error('expected a background import');
    const payload = { importId: outcome.view.id, tenantId: a.id };
    await expect(runCatalogImport(kit.ctx, payload, crashingAt(1, batches))).rejects.toThrow('worker killed');
    return { id: outcome.view.id, catalogId };
  }

  it('shows a running import as stalled after the limit, on its view and the jobs page, and resumes it in one process of two', async () => {
    const { id, catalogId } = await lostImport(2600, 'all-or-nothing', 1);
    const running = await getCatalogImport(kit.ctx, a.as.owner, id);
    expect(running).toMatchObject({ stalled: false, canRetry: false, job: { state: 'running' } });
    expect((await refusalOf(retryCatalogImport(kit.ctx, a.as.owner, id))).code).toBe(
      'CATALOG_IMPORT_NOT_RETRYABLE',
    );

    kit.sources.advance(jobStallMs + 1000);
    const stalled = await getCatalogImport(kit.ctx, a.as.owner, id);
    expect(stalled).toMatchObject({
      stalled: true,
      canRetry: true,
      job: { state: 'failed', ratePerSecond: null, secondsLeft: null, canCancel: true },
    });
    expect(stalled.job.error?.code).toBe('CATALOG_IMPORT_STALLED');
    // The owner who started it, since made a clerk, still sees it but is not offered what they may not do.
    const demoted = { ...a.as.owner, role: 'clerk' as const };
    expect(await getCatalogImport(kit.ctx, demoted, id)).toMatchObject({ stalled: true, canRetry: false });
    expect((await refusalOf(retryCatalogImport(kit.ctx, demoted, id))).code).toBe('FORBIDDEN');
    const jobs = await listJobsOf([catalogImportJobs], kit.ctx, a.as.owner, {});
    expect(jobs.items.find((job) => job.id === id)).toMatchObject({
      state: 'failed',
      error: { code: 'CATALOG_IMPORT_STALLED' },
    });

    // Two API processes start at once: exactly one claims the stalled import and queues it again.
    // (The shared database may hold other tenants' unfinished imports: only this one's jobs are counted.)
    const [p, q] = [await startedContext(), await startedContext()];
    const ran = new Set<string>();
    for (const ctx of [p, q])
      ctx.queue.onEvent((event) => {
        if (event.type === 'completed' && event.id.includes(id)) ran.add(event.id);
      });
    await Promise.all([resumeCatalogImports(p), resumeCatalogImports(q)]);
    const done = await until(id, (state) => state === 'completed');
    expect(done).toMatchObject({ stalled: false, canRetry: false, job: { state: 'completed', done: 2600 } });
    expect(done.report?.vi.imported).toBe(2600);
    expect(await codesOf(catalogId)).toBe(2600);
    // Claimed and queued under a new job id (BullMQ would hand back the lost one unrun) by one process only.
    // The other may, once the claim touched the heartbeat, queue it under the import's own id, as for any
    // import not stalled: on BullMQ that id gives back the lost job; in-process, its batches find the counter moved.
    expect([...ran].filter((job) => job !== id)).toEqual([
      expect.stringMatching(new RegExp(`^catalog-import-${id}-\\d+$`)),
    ]);
  });

  it('lets the owner retry a stalled import, one retry of two winning, without importing a row twice', async () => {
    const { id, catalogId } = await lostImport(2300, 'valid-only', 2);
    kit.sources.advance(jobStallMs + 1000);
    const p = await startedContext();
    const outcomes = await Promise.allSettled([
      retryCatalogImport(p, a.as.owner, id),
      retryCatalogImport(p, a.as.owner, id),
    ]);
    expect(outcomes.map(({ status }) => status).sort()).toEqual(['fulfilled', 'rejected']);
    const done = await until(id, (state) => state === 'completed');
    expect(done.report?.vi).toMatchObject({ rows: 2300, imported: 2300 });
    expect(await codesOf(catalogId)).toBe(2300);
  });

  it('retries an interrupted import (failed on its last attempt), from where it stopped or, all or nothing, from the start', async () => {
    for (const mode of ['valid-only', 'all-or-nothing'] as const) {
      const catalogId = (await createCatalog(kit.ctx, a.as.owner, plotsBody())).id;
      const outcome = await importCatalogItems(deadContext(), a.as.owner, catalogId, plotsCsv(1700), mode);
      if (outcome.kind !== 'background') throw new Error('expected a background import');
      const payload = { importId: outcome.view.id, tenantId: a.id };
      const last = crashingAt(catalogImportAttempts, 1);
      await expect(runCatalogImport(kit.ctx, payload, last)).rejects.toThrow('worker killed');
      const failed = await getCatalogImport(kit.ctx, a.as.owner, outcome.view.id);
      expect(failed).toMatchObject({ stalled: false, canRetry: true, job: { state: 'failed' } });
      expect(failed.job.error?.code).toBe('JOB_INTERRUPTED');
      const p = await startedContext();
      const retried = await retryCatalogImport(p, a.as.owner, outcome.view.id);
      expect(retried.job.error).toBeNull();
      const done = await until(outcome.view.id, (state) => state === 'completed');
      expect(done.report?.vi).toMatchObject({ rows: 1700, imported: 1700 });
      expect(await codesOf(catalogId)).toBe(1700);
      expect((await refusalOf(retryCatalogImport(p, a.as.owner, outcome.view.id))).code).toBe(
        'CATALOG_IMPORT_NOT_RETRYABLE',
      );
    }
  });
});
