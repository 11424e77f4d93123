import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { listJobsOf } from '../jobs-view/tenant-jobs.service';
import { createTwoFarms, type ServiceKit, type TenantKit } from '../testing';
import { labelBatchJobSource } from './label-batch-job-source';
import { labelBatchJobs, resumeLabelBatches } from './label-batches.jobs';
import { getLabelBatch, orderLabelBatch } from './label-batches.service';

describe.each(await testDrivers())('label batches after a restart on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  beforeAll(async () => {
    ({ kit, tenant, other } = await createTwoFarms(driver, ['Lai', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  /** A context whose in-process queue runs the label jobs, as a freshly started process has. */
  async function startedContext(): Promise<ServiceContext> {
    const queue = createInlineQueue();
    const ctx = { ...kit.ctx, queue };
    for (const job of labelBatchJobs) queue.register(job.name, job.processorFor(ctx));
    await queue.start();
    return ctx;
  }

  it('takes up a batch whose jobs died with the process and makes it whole, PDF included', async () => {
    // The first process orders, then stops before any job ran: its in-process queue is gone.
    const dead = { ...kit.ctx, queue: createInlineQueue() };
    const ordered = await orderLabelBatch(dead, tenant.as.owner, { quantity: 30, layoutKey: 'roll-50x30' });
    await dead.queue.close();
    const ctx = await startedContext();
    try {
      expect(await resumeLabelBatches(ctx)).toBeGreaterThanOrEqual(1);
      const until = Date.now() + 60_000;
      let batch = await getLabelBatch(ctx, tenant.as.owner, ordered.id);
      while (batch.pdf.state !== 'ready' && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        batch = await getLabelBatch(ctx, tenant.as.owner, ordered.id);
      }
      expect([batch.state, batch.generated, batch.pdf.state]).toEqual(['completed', 30, 'ready']);
      const labels = await ctx.db
        .selectFrom('labels')
        .select('seq')
        .where('batch_id', '=', ordered.id)
        .execute();
      expect(labels.map(({ seq }) => seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
      // A second start finds nothing left to do.
      expect(await resumeLabelBatches(ctx)).toBe(0);
    } finally {
      await ctx.queue.close();
    }
  });

  it("lists the tenant's batches among its background jobs, and no other tenant's", async () => {
    const ctx = await startedContext();
    try {
      const ordered = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 4 });
      const page = await listJobsOf([labelBatchJobSource], ctx, tenant.as.owner, {});
      const job = page.items.find((item) => item.id === ordered.id);
      expect(job).toMatchObject({ kind: 'label-batch', total: 4, canCancel: false });
      expect(job?.title.vi).toContain(`#${ordered.number}`);
      expect(job?.links.subject).toBe(`/labels/batches/${ordered.id}`);
      const theirs = await listJobsOf([labelBatchJobSource], ctx, other.as.owner, {});
      expect(theirs.items.some((item) => item.id === ordered.id)).toBe(false);
    } finally {
      await ctx.queue.close();
    }
  });
});
