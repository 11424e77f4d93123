import { testDrivers } from '@nguon/db/testing';
import { jobStallMs } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { createTransformation } from '../lots/transformations.service';
import { bringToDrying, createTwoFarms, newLot, type TwoFarms } from '../testing';
import { insertRecallFixture } from '../testing/recall-report-kit';
import { createRecall } from './recall-drafts.service';
import { recallReportJob, resumeRecallReports } from './recall-report.jobs';
import { recallReportCsv, recallReportView, requestRecallReport } from './recall-report.service';
import { runRecallReport } from './recall-report-run';

/** A progress whose first report throws: the worker died after the first step of lots was counted. */
const killedAtFirstStep = (): JobProgress => ({
  jobId: 'killed',
  attempt: 1,
  signal: new AbortController().signal,
  report: async () => {
    throw new Error('worker killed');
  },
});

/** A progress that reports nowhere. */
const quiet = (): JobProgress => ({
  jobId: 'quiet',
  attempt: 1,
  signal: new AbortController().signal,
  report: async () => {},
});

describe.each(await testDrivers())('a recall report interrupted, and a drill timed, on %s', (driver) => {
  let f: TwoFarms;
  const started: ServiceContext[] = [];
  const lotIds: string[] = [];
  beforeAll(async () => {
    f = await createTwoFarms(driver, ['Dien tap', 'Khac']);
    for (const quantity of [500, 300]) lotIds.push((await newLot(f.kit.ctx, f.tenant, f.farm, quantity)).id);
  });
  afterAll(async () => {
    for (const ctx of started) await ctx.queue.close();
    await f?.kit.close();
  });

  /** A process whose in-process queue runs recall reports. */
  async function startedContext(): Promise<ServiceContext> {
    const ctx: ServiceContext = { ...f.kit.ctx, queue: createInlineQueue() };
    ctx.queue.register(recallReportJob.name, recallReportJob.processorFor(ctx));
    await ctx.queue.start();
    started.push(ctx);
    return ctx;
  }
  /** A queue that takes jobs and never runs them: every job enqueued on it is lost. */
  const deadContext = (): ServiceContext => ({ ...f.kit.ctx, queue: createInlineQueue() });
  const seeds = () => lotIds.map((lotId, i) => ({ lotId, seed: i === 0, depth: i }));
  const reportFiles = (tenantId: string) =>
    f.kit.ctx.db
      .selectFrom('files')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('purpose', '=', 'recall_report')
      .execute();

  it('takes up a report whose worker was killed in the middle, once stalled, and makes its files once', async () => {
    const recallId = await insertRecallFixture(f.kit.ctx, f.tenant, { lots: seeds() });
    const asked = await requestRecallReport(deadContext(), f.tenant.as.owner, recallId);
    const payload = { reportId: asked.job.id, tenantId: f.tenant.id };
    await expect(runRecallReport(f.kit.ctx, payload, killedAtFirstStep())).rejects.toThrow('worker killed');
    const halfway = await recallReportView(f.kit.ctx, f.tenant.id, recallId);
    expect(halfway?.job).toMatchObject({ state: 'running', done: 2, total: 2 });
    expect(halfway?.csv).toBeNull();
    expect(await reportFiles(f.tenant.id)).toHaveLength(0);
    // Nothing moves it until it is stalled; then a restart takes it up under a new job id.
    f.kit.sources.advance(jobStallMs + 1000);
    expect((await recallReportView(f.kit.ctx, f.tenant.id, recallId))?.job).toMatchObject({
      state: 'failed',
      error: { code: 'JOB_INTERRUPTED' },
    });
    const ctx = await startedContext();
    expect(await resumeRecallReports(ctx)).toBe(1);
    const jobId = `recall-report-${asked.job.id}-${f.kit.ctx.now().getTime()}`;
    expect((await ctx.queue.waitFor(jobId, 60_000)).state).toBe('completed');
    const done = await recallReportView(f.kit.ctx, f.tenant.id, recallId);
    expect(done?.job).toMatchObject({ id: asked.job.id, state: 'completed', done: 2, total: 2 });
    expect(await reportFiles(f.tenant.id)).toHaveLength(2);
    // A second restart finds nothing left, and a stray rerun of the ended report does nothing.
    expect(await resumeRecallReports(ctx)).toBe(0);
    expect(await runRecallReport(f.kit.ctx, payload, killedAtFirstStep())).toEqual({ state: 'completed' });
    expect(await reportFiles(f.tenant.id)).toHaveLength(2);
  });

  it('keeps no file of a run that another run beat to the end: neither its rows nor its bytes', async () => {
    const recallId = await insertRecallFixture(f.kit.ctx, f.tenant, { lots: seeds() });
    const asked = await requestRecallReport(deadContext(), f.tenant.as.owner, recallId);
    const payload = { reportId: asked.job.id, tenantId: f.tenant.id };
    const before = (await reportFiles(f.tenant.id)).length;
    const written: string[] = [];
    const files = f.kit.ctx.files;
    // the real store, noting which keys each run wrote
    const noting = (ctx: ServiceContext): ServiceContext => ({
      ...ctx,
      files: {
        ...files,
        putStream: (key, write) => {
          written.push(key);
          return files.putStream(key, write);
        },
      },
    });
    let winner: Promise<unknown> | undefined;
    // the first run has read every lot when a second run (a retry taken up meanwhile) starts and completes
    const overtaken: JobProgress = {
      ...killedAtFirstStep(),
      report: async (percent) => {
        if (percent >= 90) winner ??= runRecallReport(noting(f.kit.ctx), payload, quiet());
        await winner;
      },
    };
    const loser = await runRecallReport(noting(f.kit.ctx), payload, overtaken);
    expect([loser, await winner]).toEqual([{ state: 'stopped' }, { state: 'completed' }]);
    const ready = await recallReportView(f.kit.ctx, f.tenant.id, recallId);
    const kept = await reportFiles(f.tenant.id);
    expect(kept).toHaveLength(before + 2);
    expect(written).toHaveLength(4);
    const present = await Promise.all(written.map(async (key) => (await files.getStream(key)) !== null));
    // the winner wrote its files first (inside the loser's last step), the loser's two are gone
    expect(present).toEqual([true, true, false, false]);
    expect(ready?.job.state).toBe('completed');
  });

  it('removes, once a later run ends the report, the bytes a run killed before its end left', async () => {
    const recallId = await insertRecallFixture(f.kit.ctx, f.tenant, { lots: seeds() });
    const asked = await requestRecallReport(deadContext(), f.tenant.as.owner, recallId);
    const payload = { reportId: asked.job.id, tenantId: f.tenant.id };
    const written: string[] = [];
    const files = f.kit.ctx.files;
    // the worker dies right after the PDF's bytes are stored, before any row names them
    const dying: ServiceContext = {
      ...f.kit.ctx,
      files: {
        ...files,
        putStream: async (key, write) => {
          written.push(key);
          const stored = await files.putStream(key, write);
          if (written.length === 2) throw new Error('worker killed');
          return stored;
        },
      },
    };
    await expect(runRecallReport(dying, payload, quiet())).rejects.toThrow('worker killed');
    const left = written[1] ?? '';
    expect(await files.get(left)).not.toBeNull();
    expect(await runRecallReport(f.kit.ctx, payload, quiet())).toEqual({ state: 'completed' });
    expect(await files.get(left)).toBeNull();
    const csv = await recallReportCsv(f.kit.ctx, f.tenant.as.viewer, recallId);
    const chunks: Buffer[] = [];
    for await (const chunk of csv.chunks) chunks.push(Buffer.from(chunk));
    expect(chunks.length).toBeGreaterThan(0);
  });

  it('ends a drill at its first ready report, timed from its start; a later report changes nothing', async () => {
    const ctx = await startedContext();
    const drillId = await insertRecallFixture(f.kit.ctx, f.other, {
      lots: [{ lotId: (await newLot(f.kit.ctx, f.other, f.otherFarm, 50)).id, seed: true }],
      drill: true,
    });
    f.kit.sources.advance(95_500);
    const first = await requestRecallReport(ctx, f.other.as.owner, drillId);
    await ctx.queue.waitFor(first.job.id, 60_000);
    const drill = () =>
      f.kit.ctx.db
        .selectFrom('recalls')
        .select(['status', 'drill_seconds', 'closed_at', 'created_at', 'published_at'])
        .where('id', '=', drillId)
        .executeTakeFirstOrThrow();
    const ended = await drill();
    expect([ended.status, ended.drill_seconds, ended.published_at]).toEqual(['closed', 95.5, null]);
    expect(ended.closed_at?.getTime()).toBe(ended.created_at.getTime() + 95_500);
    f.kit.sources.advance(60_000);
    const second = await requestRecallReport(ctx, f.other.as.owner, drillId);
    expect(second.job.id).not.toBe(first.job.id);
    await ctx.queue.waitFor(second.job.id, 60_000);
    expect((await drill()).drill_seconds).toBe(95.5);
    const kinds = await f.kit.ctx.db
      .selectFrom('recall_events')
      .select('kind')
      .where('recall_id', '=', drillId)
      .orderBy('at')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'created',
      'report_requested',
      'report_ready',
      'report_requested',
      'report_ready',
    ]);
  });

  it('reports a drill over the closure as of its run: a lot made since the draft was read is in it', async () => {
    const ctx = await startedContext();
    const seed = await newLot(f.kit.ctx, f.tenant, f.farm, 1000);
    await bringToDrying(f.kit.ctx, f.tenant, f.farm, seed.id);
    const drill = await createRecall(f.kit.ctx, f.tenant.as.owner, {
      source: { kind: 'lots', lotIds: [seed.id] },
      notice: {
        reason: { vi: 'Diễn tập', en: 'Drill' },
        instructions: { vi: 'Không', en: 'None' },
        contact: '1',
      },
      severity: 'low',
      drill: true,
    });
    const made = await createTransformation(f.kit.ctx, f.tenant.as.clerk, {
      stageId: 'dry',
      inputs: [{ lotId: seed.id, quantity: 400, unit: 'kg' }],
      outputs: [{ quantity: 250, unit: 'kg' }],
      data: {},
    });
    const asked = await requestRecallReport(ctx, f.tenant.as.owner, drill.recall.id);
    await ctx.queue.waitFor(asked.job.id, 60_000);
    const done = await recallReportView(f.kit.ctx, f.tenant.id, drill.recall.id);
    expect(done?.job).toMatchObject({ state: 'completed', done: 2, total: 2 });
    const csv = await recallReportCsv(f.kit.ctx, f.tenant.as.viewer, drill.recall.id);
    const chunks: Buffer[] = [];
    for await (const chunk of csv.chunks) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString('utf8')).toContain(made.outputs[0]?.lot.code ?? '?');
  });

  it("keeps a drill's scope as its first run fixed it when a second run takes the report up", async () => {
    const seed = await newLot(f.kit.ctx, f.tenant, f.farm, 1000);
    await bringToDrying(f.kit.ctx, f.tenant, f.farm, seed.id);
    const drill = await createRecall(f.kit.ctx, f.tenant.as.owner, {
      source: { kind: 'lots', lotIds: [seed.id] },
      notice: {
        reason: { vi: 'Diễn tập', en: 'Drill' },
        instructions: { vi: 'Không', en: 'None' },
        contact: '1',
      },
      severity: 'low',
      drill: true,
    });
    const asked = await requestRecallReport(deadContext(), f.tenant.as.owner, drill.recall.id);
    const payload = { reportId: asked.job.id, tenantId: f.tenant.id };
    await expect(runRecallReport(f.kit.ctx, payload, killedAtFirstStep())).rejects.toThrow('worker killed');
    // made while the first run reads: a redelivered job must not move the scope under it
    await createTransformation(f.kit.ctx, f.tenant.as.clerk, {
      stageId: 'dry',
      inputs: [{ lotId: seed.id, quantity: 400, unit: 'kg' }],
      outputs: [{ quantity: 250, unit: 'kg' }],
      data: {},
    });
    await runRecallReport(f.kit.ctx, payload, quiet());
    const stored = await f.kit.ctx.db
      .selectFrom('recall_lots')
      .select('lot_id')
      .where('recall_id', '=', drill.recall.id)
      .execute();
    expect(stored.map((row) => row.lot_id)).toEqual([seed.id]);
    expect((await recallReportView(f.kit.ctx, f.tenant.id, drill.recall.id))?.job).toMatchObject({
      state: 'completed',
      total: 1,
    });
  });

  it('asks again for a report whose job failed for good', async () => {
    const recallId = await insertRecallFixture(f.kit.ctx, f.tenant, { lots: seeds() });
    const asked = await requestRecallReport(deadContext(), f.tenant.as.owner, recallId);
    const lastTry = { ...killedAtFirstStep(), attempt: 3 };
    const payload = { reportId: asked.job.id, tenantId: f.tenant.id };
    await expect(runRecallReport(f.kit.ctx, payload, lastTry)).rejects.toThrow('worker killed');
    expect((await recallReportView(f.kit.ctx, f.tenant.id, recallId))?.job).toMatchObject({
      state: 'failed',
      error: { code: 'JOB_INTERRUPTED' },
    });
    const ctx = await startedContext();
    const again = await requestRecallReport(ctx, f.tenant.as.owner, recallId);
    expect(again.job.id).not.toBe(asked.job.id);
    await ctx.queue.waitFor(again.job.id, 60_000);
    expect((await recallReportView(f.kit.ctx, f.tenant.id, recallId))?.job.state).toBe('completed');
  });
});
