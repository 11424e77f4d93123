import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findLabelBatchById } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { createTwoFarms, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import { labelBatchJobs } from './label-batches.jobs';
import { getLabelBatch, orderLabelBatch, retryLabelBatch } from './label-batches.service';
import { labelBatchPdf, labelBatchZip } from './label-outputs.service';

const run = promisify(execFile);

async function bytesOf(chunks: AsyncIterable<string | Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe.each(await testDrivers())('label batch PDF and ZIP on %s', (driver) => {
  let kit: ServiceKit;
  let ctx: ServiceContext;
  let tenant: TenantKit;
  let other: TenantKit;
  let dir: string;

  beforeAll(async () => {
    ({ kit, tenant, other } = await createTwoFarms(driver, ['In', 'Khac']));
    const queue = createInlineQueue();
    ctx = { ...kit.ctx, queue };
    for (const job of labelBatchJobs) queue.register(job.name, job.processorFor(ctx), { concurrency: 2 });
    await queue.start();
    dir = await mkdtemp(join(tmpdir(), 'nguon-label-outputs-'));
  });
  afterAll(async () => {
    await ctx?.queue.close();
    await kit.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function pdfReady(id: string) {
    const until = Date.now() + 60_000;
    for (;;) {
      const batch = await getLabelBatch(ctx, tenant.as.clerk, id);
      if (['ready', 'failed'].includes(batch.pdf.state) || Date.now() > until) return batch;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('draws the PDF once the labels exist, one page per 24 labels, stored as a private file of the tenant', async () => {
    const ordered = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 50, layoutKey: 'a4-3x8-70x37' });
    // Not ready while the labels are made: a coded refusal, never a half-drawn file.
    const early = await refusalOf(labelBatchPdf(ctx, tenant.as.owner, ordered.id));
    expect(early.code).toBe('LABEL_BATCH_NOT_READY');
    const batch = await pdfReady(ordered.id);
    expect(batch.pdf).toEqual({ state: 'ready', pagesDone: 3, pagesTotal: 3 });
    const pdf = await bytesOf((await labelBatchPdf(ctx, tenant.as.clerk, ordered.id)).chunks);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile(join(dir, 'batch.pdf'), pdf);
    const { stdout } = await run('pdfinfo', [join(dir, 'batch.pdf')]);
    expect(stdout).toMatch(/Pages:\s+3\n/);
    const row = await findLabelBatchById(ctx.db, ordered.id);
    const file = await ctx.db
      .selectFrom('files')
      .select(['tenant_id', 'purpose', 'public', 'byte_size'])
      .where('id', '=', row?.pdf_file_id ?? '')
      .executeTakeFirstOrThrow();
    expect(file).toEqual({
      tenant_id: tenant.id,
      purpose: 'label_pdf',
      public: false,
      byte_size: pdf.length,
    });
    expect((await refusalOf(labelBatchPdf(ctx, other.as.owner, ordered.id))).code).toBe('NOT_FOUND');
  });

  it('streams a ZIP of one SVG per label, named in print order', async () => {
    const ordered = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 12, layoutKey: 'roll-50x30' });
    await pdfReady(ordered.id);
    const zip = await bytesOf((await labelBatchZip(ctx, tenant.as.clerk, ordered.id)).chunks);
    await writeFile(join(dir, 'batch.zip'), zip);
    const { stdout } = await run('unzip', ['-Z1', join(dir, 'batch.zip')]);
    const names = stdout.trim().split('\n');
    expect(names).toHaveLength(12);
    expect(names.map((name) => Number(name.slice(0, 7)))).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(names.every((name) => /^\d{7}-[2-9A-HJ-NP-Z]{13}\.svg$/.test(name))).toBe(true);
  });

  it('refuses an unknown layout at the layout choice, storing no batch', async () => {
    const before = await ctx.db
      .selectFrom('label_batches')
      .select(ctx.db.fn.countAll().as('n'))
      .executeTakeFirst();
    const refusal = await refusalOf(
      orderLabelBatch(ctx, tenant.as.owner, { quantity: 5, layoutKey: 'no-such' }),
    );
    expect([refusal.code, refusal.path]).toEqual(['NOT_FOUND', '/layoutKey']);
    const after = await ctx.db
      .selectFrom('label_batches')
      .select(ctx.db.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(after).toEqual(before);
  });

  it('retries a PDF that failed for good without making the labels again', async () => {
    const ordered = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 3, layoutKey: 'roll-50x30' });
    await pdfReady(ordered.id);
    await ctx.db
      .updateTable('label_batches')
      .set({ pdf_state: 'failed' })
      .where('id', '=', ordered.id)
      .execute();
    const retried = await retryLabelBatch(ctx, tenant.as.owner, ordered.id);
    expect([retried.state, retried.generated]).toEqual(['completed', 3]);
    expect((await pdfReady(ordered.id)).pdf.state).toBe('ready');
  });
});
