import { Writable } from 'node:stream';
import { findLabelBatchById, updateLabelBatch } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { parseLabelSerial } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { createInlineQueue } from '../jobs/inline.queue';
import { createProduct } from '../products/products.service';
import { createTwoFarms, type FarmKit, newLot, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import { generateLabelChunkJob, labelBatchJobs } from './label-batches.jobs';
import {
  cancelLabelBatch,
  getLabelBatch,
  listLabelBatches,
  orderLabelBatch,
  retryLabelBatch,
} from './label-batches.service';
import { streamBatchCsv } from './label-outputs.service';

const gtin = '08938500000010';
const progress: JobProgress = {
  jobId: 'test',
  attempt: 1,
  signal: new AbortController().signal,
  report: async () => {},
};

async function csvOf(ctx: ServiceContext, principal: Principal, batchId: string) {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  await streamBatchCsv(ctx, principal, batchId, out);
  return text;
}

describe.each(await testDrivers())('label batches on %s', (driver) => {
  let kit: ServiceKit;
  let ctx: ServiceContext;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['Tem', 'Khac']));
    await kit.ctx.db.updateTable('products').set({ gtin }).where('id', '=', farm.productId).execute();
    const queue = createInlineQueue();
    ctx = { ...kit.ctx, queue };
    // The PDF is drawn in label-outputs.service.test.ts; here it would only slow the large batches down.
    for (const job of labelBatchJobs.filter(({ name }) => name !== 'labels.render-pdf'))
      queue.register(job.name, job.processorFor(ctx), { concurrency: 2 });
    await queue.start();
  });
  afterAll(async () => {
    await ctx?.queue.close();
    await kit.close();
  });

  async function completed(id: string, timeoutMs = 60_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const batch = await getLabelBatch(ctx, tenant.as.clerk, id);
      if (batch.state === 'completed' || Date.now() > until) return batch;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('makes a blank batch: exactly N labels, seqs 1..N, valid serials, listed once each in the CSV', async () => {
    const ordered = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 25_001, note: 'Cuộn 1' });
    expect(ordered).toMatchObject({
      kind: 'blank',
      quantity: 25_001,
      product: null,
      lot: null,
      note: 'Cuộn 1',
    });
    expect(['queued', 'running']).toContain(ordered.state);
    expect(ordered.urlPrefix).toBe('https://nguon.test/q/');
    const batch = await completed(ordered.id);
    expect(batch).toMatchObject({ state: 'completed', generated: 25_001, error: null });
    const lines = (await csvOf(ctx, tenant.as.clerk, ordered.id)).split('\r\n');
    expect(lines[0]).toBe('\uFEFFprint_seq,serial,url,code');
    const rows = lines.slice(1, -1).map((line) => line.split(','));
    expect(rows).toHaveLength(25_001);
    expect(rows.map(([seq]) => Number(seq))).toEqual(Array.from({ length: 25_001 }, (_, i) => i + 1));
    expect(new Set(rows.map(([, serial]) => serial)).size).toBe(25_001);
    for (const [, serial = '', url, code] of rows) {
      expect(parseLabelSerial(serial).ok).toBe(true);
      expect(url).toBe(`https://nguon.test/q/${serial}`);
      expect(code?.replaceAll(' ', '')).toBe(serial);
    }
  });

  it('prints the GTIN, and the lot when the batch is fixed to one', async () => {
    const lot = await newLot(ctx, tenant, farm);
    const forProduct = await orderLabelBatch(ctx, tenant.as.owner, {
      quantity: 3,
      productId: farm.productId,
    });
    expect(forProduct).toMatchObject({ kind: 'product', product: { id: farm.productId } });
    expect(forProduct.urlPrefix).toBe(`https://nguon.test/01/${gtin}/21/`);
    const forLot = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 3, lotId: lot.id });
    expect(forLot).toMatchObject({
      kind: 'lot',
      lot: { id: lot.id, code: lot.code },
      product: { id: farm.productId },
    });
    expect(forLot.urlPrefix).toBe(`https://nguon.test/01/${gtin}/10/${lot.code}/21/`);
    expect(forLot.number).toBe(forProduct.number + 1);
    expect(forLot.sampleUrl.startsWith(forLot.urlPrefix)).toBe(true);
  });

  it("refuses another tenant's product and lot as unknown, a lot of another product, and clerks ordering", async () => {
    const theirLot = await newLot(ctx, other, otherFarm);
    const cases: [Parameters<typeof orderLabelBatch>[2], string, string | undefined][] = [
      [{ quantity: 1, productId: otherFarm.productId }, 'NOT_FOUND', '/productId'],
      [{ quantity: 1, lotId: theirLot.id }, 'NOT_FOUND', '/lotId'],
      [{ quantity: 1, productId: farm.productId, layoutKey: 'nope' }, 'NOT_FOUND', '/layoutKey'],
    ];
    const before = (await listLabelBatches(ctx, tenant.as.owner, {})).total;
    for (const [body, code, path] of cases) {
      const refusal = await refusalOf(orderLabelBatch(ctx, tenant.as.owner, body));
      expect([refusal.code, refusal.path]).toEqual([code, path]);
    }
    expect((await refusalOf(orderLabelBatch(ctx, tenant.as.clerk, { quantity: 1 }))).code).toBe('FORBIDDEN');
    expect((await refusalOf(listLabelBatches(ctx, tenant.as.viewer, {}))).code).toBe('FORBIDDEN');
    expect((await listLabelBatches(ctx, tenant.as.owner, {})).total).toBe(before);
  });

  it('refuses a lot of another product than the one chosen', async () => {
    const lot = await newLot(ctx, tenant, farm);
    const product = await createProduct(ctx, tenant.as.owner, {
      name: { vi: 'Gạo ST25', en: '' },
      sku: `G-${tenant.id.slice(-6)}`,
      productType: 'rice',
    });
    const refusal = await refusalOf(
      orderLabelBatch(ctx, tenant.as.owner, { quantity: 1, productId: product.id, lotId: lot.id }),
    );
    expect([refusal.code, refusal.path]).toEqual(['LABEL_LOT_PRODUCT_MISMATCH', '/lotId']);
  });

  it("keeps each tenant's batches to itself", async () => {
    const mine = await orderLabelBatch(ctx, tenant.as.owner, { quantity: 2 });
    await completed(mine.id);
    for (const attempt of [
      () => getLabelBatch(ctx, other.as.owner, mine.id),
      () => cancelLabelBatch(ctx, other.as.owner, mine.id),
      () => retryLabelBatch(ctx, other.as.owner, mine.id),
      () => csvOf(ctx, other.as.owner, mine.id),
    ])
      expect((await refusalOf(attempt())).code).toBe('NOT_FOUND');
    expect((await getLabelBatch(ctx, tenant.as.owner, mine.id)).state).toBe('completed');
    const theirs = await listLabelBatches(ctx, other.as.owner, {});
    expect(theirs.items.map((batch) => batch.id)).not.toContain(mine.id);
  });

  it('cancels a running batch: labels so far voided by one event, later chunks store nothing', async () => {
    const paused = { ...ctx, queue: createInlineQueue() };
    const ordered = await orderLabelBatch(paused, tenant.as.owner, { quantity: 30_000 });
    await updateLabelBatch(ctx.db, ordered.id, { state: 'running' });
    const run = (firstSeq: number, lastSeq: number) =>
      generateLabelChunkJob.process(ctx, { batchId: ordered.id, firstSeq, lastSeq }, progress);
    expect(await run(1, 10_000)).toEqual({ stored: 10_000 });
    expect(await run(1, 10_000)).toEqual({ stored: 0 });
    expect((await refusalOf(csvOf(ctx, tenant.as.owner, ordered.id))).code).toBe('LABEL_BATCH_NOT_READY');
    const cancelled = await cancelLabelBatch(ctx, tenant.as.owner, ordered.id);
    expect(cancelled).toMatchObject({ state: 'cancelled', generated: 10_000 });
    expect(await run(10_001, 20_000)).toEqual({ stored: 0 });
    const states = await ctx.db
      .selectFrom('labels')
      .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
      .where('batch_id', '=', ordered.id)
      .groupBy('state')
      .execute();
    expect(states).toEqual([{ state: 'voided', n: '10000' }]);
    const events = await ctx.db
      .selectFrom('label_events')
      .selectAll()
      .where('batch_id', '=', ordered.id)
      .execute();
    expect(events).toMatchObject([
      {
        first_seq: 1,
        last_seq: 10_000,
        kind: 'voided',
        reason: 'batch_cancelled',
        actor_id: tenant.userIds.owner,
      },
    ]);
    expect((await refusalOf(cancelLabelBatch(ctx, tenant.as.owner, ordered.id))).code).toBe(
      'LABEL_BATCH_NOT_CANCELLABLE',
    );
    expect((await refusalOf(retryLabelBatch(ctx, tenant.as.owner, ordered.id))).code).toBe(
      'LABEL_BATCH_NOT_RETRYABLE',
    );
    expect((await refusalOf(cancelLabelBatch(ctx, tenant.as.clerk, ordered.id))).code).toBe('FORBIDDEN');
  });

  it('retries a failed batch: the chunks stored stay, the rest are made, none twice', async () => {
    const paused = { ...ctx, queue: createInlineQueue() };
    const ordered = await orderLabelBatch(paused, tenant.as.owner, { quantity: 20_500 });
    await updateLabelBatch(ctx.db, ordered.id, { state: 'running' });
    await generateLabelChunkJob.process(
      ctx,
      { batchId: ordered.id, firstSeq: 10_001, lastSeq: 20_000 },
      progress,
    );
    await updateLabelBatch(ctx.db, ordered.id, { state: 'failed', error_code: 'LABEL_BATCH_FAILED' });
    const failed = await getLabelBatch(ctx, tenant.as.owner, ordered.id);
    expect(failed.error).toEqual({ code: 'LABEL_BATCH_FAILED' });
    expect((await refusalOf(cancelLabelBatch(ctx, tenant.as.clerk, ordered.id))).code).toBe('FORBIDDEN');
    const retried = await retryLabelBatch(ctx, tenant.as.owner, ordered.id);
    // the queue may start it before the answer is read back: queued or already running, never failed
    expect([['queued', 'running'].includes(retried.state), retried.error]).toEqual([true, null]);
    const batch = await completed(ordered.id);
    expect(batch).toMatchObject({ state: 'completed', generated: 20_500 });
    const count = await ctx.db
      .selectFrom('labels')
      .select([(eb) => eb.fn.countAll<string>().as('n'), (eb) => eb.fn.max('seq').as('top')])
      .where('batch_id', '=', ordered.id)
      .executeTakeFirstOrThrow();
    expect(count).toEqual({ n: '20500', top: 20_500 });
    expect((await refusalOf(retryLabelBatch(ctx, tenant.as.owner, ordered.id))).code).toBe(
      'LABEL_BATCH_NOT_RETRYABLE',
    );
    expect((await findLabelBatchById(ctx.db, ordered.id))?.finished_at).not.toBeNull();
  });
});
