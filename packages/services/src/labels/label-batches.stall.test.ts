import { updateLabelBatch } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { jobWaitStallMs, labelBatchStallMs } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { listJobsOf } from '../jobs-view/tenant-jobs.service';
import { createTwoFarms, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import { labelBatchJobSource } from './label-batch-job-source';
import { labelBatchJobs, resumeLabelBatches } from './label-batches.jobs';
import { getLabelBatch, orderLabelBatch, retryLabelBatch } from './label-batches.service';

/**
 * A job the queue lost without our code running (BullMQ failing a job that stalled too often, a worker killed
 * twice): the batch row says 'running' and nothing will move it. Here the lost job is one enqueued on a queue
 * that never runs it; the clock is the kit's, moved past the stall limit by hand.
 */
describe.each(await testDrivers())('a label batch whose job was lost, on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  const started: ServiceContext[] = [];
  beforeAll(async () => {
    ({ kit, tenant } = await createTwoFarms(driver, ['Treo', 'Khac']));
  });
  afterAll(async () => {
    for (const ctx of started) await ctx.queue.close();
    await kit.close();
  });

  /** A process whose in-process queue runs the label jobs (or only some of them). */
  async function startedContext(only?: (name: string) => boolean): Promise<ServiceContext> {
    const queue = createInlineQueue({ now: () => kit.ctx.now().getTime() });
    const ctx = { ...kit.ctx, queue };
    for (const job of labelBatchJobs.filter(({ name }) => only?.(name) ?? true))
      queue.register(job.name, job.processorFor(ctx));
    await queue.start();
    started.push(ctx);
    return ctx;
  }

  /** A queue that takes jobs and never runs them: every job enqueued on it is lost. */
  const deadContext = (): ServiceContext => ({ ...kit.ctx, queue: createInlineQueue() });

  async function until(
    ctx: ServiceContext,
    id: string,
    done: (b: Awaited<ReturnType<typeof getLabelBatch>>) => boolean,
  ) {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const batch = await getLabelBatch(ctx, tenant.as.owner, id);
      if (done(batch) || Date.now() > deadline) return batch;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("shows a PDF left 'running' as stalled after the limit, and one retry of two draws it", async () => {
    const labelsOnly = await startedContext((name) => name !== 'labels.render-pdf');
    const ordered = await orderLabelBatch(labelsOnly, tenant.as.owner, {
      quantity: 12,
      layoutKey: 'roll-50x30',
    });
    const completed = await until(labelsOnly, ordered.id, (b) => b.state === 'completed');
    expect(completed.pdf.state).toBe('queued');
    // What renderLabelPdfJob writes before it draws; its worker then died and the queue failed the job.
    await updateLabelBatch(kit.ctx.db, ordered.id, { pdf_state: 'running', heartbeat_at: kit.ctx.now() });

    const fresh = await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id);
    expect([fresh.stalled, fresh.retry]).toEqual([false, null]);
    const early = await refusalOf(retryLabelBatch(kit.ctx, tenant.as.owner, ordered.id));
    expect(early.code).toBe('LABEL_BATCH_NOT_RETRYABLE');

    kit.sources.advance(labelBatchStallMs + 1000);
    const stalled = await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id);
    expect(stalled).toMatchObject({
      state: 'completed',
      stalled: true,
      retry: 'pdf',
      pdf: { state: 'running' },
    });

    const full = await startedContext();
    const outcomes = await Promise.allSettled([
      retryLabelBatch(full, tenant.as.owner, ordered.id),
      retryLabelBatch(full, tenant.as.owner, ordered.id),
    ]);
    expect(outcomes.map(({ status }) => status).sort()).toEqual(['fulfilled', 'rejected']);
    const ready = await until(full, ordered.id, (b) => b.pdf.state === 'ready');
    expect(ready).toMatchObject({ stalled: false, retry: null, pdf: { state: 'ready', pagesDone: 12 } });
  });

  it("takes up a batch left 'running' at start once it is stalled, in one process of two", async () => {
    const dead = deadContext();
    const ordered = await orderLabelBatch(dead, tenant.as.owner, { quantity: 25, layoutKey: 'roll-50x30' });
    // The plan ran and set the batch running; its chunk jobs were then lost.
    await updateLabelBatch(kit.ctx.db, ordered.id, {
      state: 'running',
      started_at: kit.ctx.now(),
      heartbeat_at: kit.ctx.now(),
    });
    const running = await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id);
    expect([running.state, running.stalled, running.retry]).toEqual(['running', false, null]);

    kit.sources.advance(labelBatchStallMs + 1000);
    const stalled = await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id);
    expect(stalled).toMatchObject({ state: 'running', stalled: true, retry: 'labels', secondsLeft: null });
    const jobs = await listJobsOf([labelBatchJobSource], kit.ctx, tenant.as.owner, {});
    expect(jobs.items.find((job) => job.id === ordered.id)).toMatchObject({
      state: 'failed',
      ratePerSecond: null,
      error: { code: 'LABEL_BATCH_STALLED' },
    });

    // Two API processes start at once: exactly one claims the stalled batch and queues it under a new id.
    // (The shared database may hold other tenants' unfinished batches: only this one's jobs are counted.)
    const [a, b] = [await startedContext(), await startedContext()];
    const planned = new Set<string>();
    for (const ctx of [a, b])
      ctx.queue.onEvent((event) => {
        if (event.type === 'completed' && event.id.startsWith(`label-plan-${ordered.id}-`))
          planned.add(event.id);
      });
    await Promise.all([resumeLabelBatches(a), resumeLabelBatches(b)]);
    const done = await until(kit.ctx, ordered.id, (batch) => batch.pdf.state === 'ready');
    expect(done).toMatchObject({ state: 'completed', generated: 25, stalled: false, retry: null });
    // The other process may, once the claim touched the heartbeat, queue it under the order's own id, as for
    // any batch not stalled: on BullMQ that id gives back the lost job; in-process, stored chunks are skipped.
    expect([...planned].filter((job) => job !== `label-plan-${ordered.id}-0`)).toEqual([
      expect.stringMatching(new RegExp(`^label-plan-${ordered.id}-\\d+$`)),
    ]);
    const seqs = await kit.ctx.db
      .selectFrom('labels')
      .select('seq')
      .where('batch_id', '=', ordered.id)
      .execute();
    expect(seqs.map(({ seq }) => seq).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    await dead.queue.close();
  });

  it('lets the owner retry a stalled batch instead of waiting for a restart', async () => {
    const dead = deadContext();
    const ordered = await orderLabelBatch(dead, tenant.as.owner, { quantity: 7, layoutKey: 'roll-50x30' });
    const queued = await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id);
    expect([queued.state, queued.stalled, queued.retry]).toEqual(['queued', false, null]);
    // Waiting work does not beat: ten minutes in the queue (behind a huge PDF, say) is no sign of a lost job.
    kit.sources.advance(labelBatchStallMs + 1000);
    expect((await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id)).stalled).toBe(false);
    kit.sources.advance(jobWaitStallMs);
    expect((await getLabelBatch(kit.ctx, tenant.as.owner, ordered.id)).stalled).toBe(true);
    const full = await startedContext();
    const retried = await retryLabelBatch(full, tenant.as.owner, ordered.id);
    // queued again, or already taken up by the in-process queue by the time the answer is read
    expect(['queued', 'running']).toContain(retried.state);
    expect(retried.stalled).toBe(false);
    const done = await until(full, ordered.id, (batch) => batch.pdf.state === 'ready');
    expect([done.state, done.generated]).toEqual(['completed', 7]);
    await dead.queue.close();
  });
});
