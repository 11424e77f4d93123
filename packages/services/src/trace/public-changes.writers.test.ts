import { updateLabelBatch } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { gs1CheckDigit, type ProcessDefinition } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeItemOfCatalog, getItemOfCatalog } from '../catalogs/catalog-items.service';
import type { JobProgress } from '../context/feature-job';
import type { ServiceContext } from '../context/service-context';
import { uploadFile } from '../files/files.service';
import { runIdempotent } from '../idempotency/idempotency.service';
import { createInlineQueue } from '../jobs/inline.queue';
import { activateLabels } from '../labels/label-activations.service';
import { generateLabelChunkJob } from '../labels/label-batches.jobs';
import { cancelLabelBatch, orderLabelBatch } from '../labels/label-batches.service';
import { voidLabels } from '../labels/label-voids.service';
import { createLot } from '../lots/lots.service';
import { correctRecord, recordStage } from '../lots/record-stage';
import { createTransformation } from '../lots/transformations.service';
import { changeProduct, createProduct, getProduct } from '../products/products.service';
import { removeTenantLogo, setTenantLogo } from '../tenants/tenant-logo.service';
import { updateCurrentTenant } from '../tenants/tenants.service';
import {
  bringToDrying,
  createTwoFarms,
  type FarmKit,
  field,
  insertLabelBatch,
  newLot,
  plotOf,
  refusalOf,
  type ServiceKit,
  stageOf,
  type TenantKit,
  tinyPng,
} from '../testing';
import { withUnitOfWork } from '../unit-of-work';
import { announcePublicChanges } from './announce-changes';
import { traceTags } from './trace-ports';

const gtinOf = (body13: string) => `${body13}${gs1CheckDigit(body13)}`;
const progress: JobProgress = {
  jobId: 'chunk',
  attempt: 1,
  signal: new AbortController().signal,
  report: async () => {},
};

/** Packing binds labels (the other tenant's process, so the farm's lots keep theirs). */
const packingLine: ProcessDefinition = {
  schemaVersion: 1,
  stages: [
    stageOf('pack', [field('integer', 'packs')], {
      start: true,
      kind: 'packaging',
      bindsLabels: true,
      repeatable: true,
    }),
  ],
  edges: [],
};

describe.each(await testDrivers())('what each writer announces to the trace caches on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;
  const heard: string[][] = [];

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['Nguon', 'Dong goi']));
    await otherFarm.publish(packingLine);
    kit.ctx.publicChanges.subscribe((tags) => heard.push([...tags]));
  });
  afterAll(async () => {
    await kit.close();
  });

  /** The messages `write` made the feed send, each message's tags sorted: one message per commit. */
  async function announced(write: () => Promise<unknown>): Promise<string[][]> {
    heard.length = 0;
    await write();
    return heard.splice(0).map((tags) => [...tags].sort());
  }
  /** A refused write changes nothing, so it announces nothing; answers the refusal's code. */
  async function refusedQuietly(write: () => Promise<unknown>): Promise<string> {
    heard.length = 0;
    const refusal = await refusalOf(write());
    expect(heard).toEqual([]);
    return refusal.code;
  }
  const sorted = (...tags: string[]) => [[...tags].sort()];

  it('announces once the outermost unit commits, and never when it rolls back after the write', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const plant = (ctx: ServiceContext) =>
      recordStage(ctx, tenant.as.clerk, lot.id, { stageId: 'plant', data: { plot: plotOf(farm) } });
    const request = (key: string) => ({ endpoint: 'recordStage', key, input: { lotId: lot.id } });
    heard.length = 0;
    const failing = runIdempotent(kit.ctx, tenant.as.clerk, request('k-1'), 201, async (ctx) => {
      await plant(ctx);
      throw new Error('after the write');
    });
    await expect(failing).rejects.toThrow('after the write');
    expect(heard).toEqual([]);
    const kept = runIdempotent(kit.ctx, tenant.as.clerk, request('k-2'), 201, async (ctx) => {
      await plant(ctx);
      await withUnitOfWork(ctx, async (inner) => {
        announcePublicChanges(inner, [traceTags.tenant(tenant.id), traceTags.lot(lot.id)]);
      });
      // written, not committed: nobody may re-read it yet
      expect(heard).toEqual([]);
    });
    expect((await kept).replayed).toBe(false);
    expect(heard.splice(0).map((tags) => [...tags].sort())).toEqual(
      sorted(traceTags.lot(lot.id), traceTags.tenant(tenant.id)),
    );
  });

  it('a stage record and a correction: the lot', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    let recordId = '';
    const plant = async () => {
      recordId = (
        await recordStage(kit.ctx, tenant.as.clerk, lot.id, {
          stageId: 'plant',
          data: { plot: plotOf(farm) },
        })
      ).id;
    };
    expect(await announced(plant)).toEqual([[traceTags.lot(lot.id)]]);
    const correct = () =>
      correctRecord(
        kit.ctx,
        tenant.as.clerk,
        { id: lot.id, recordId },
        { data: { plot: plotOf(farm), note: 'ruộng A' }, reason: 'ghi thiếu' },
      );
    expect(await announced(correct)).toEqual([[traceTags.lot(lot.id)]]);
    // refused: a stage not available yet, a corrected record corrected again, another tenant's lot
    const early = () =>
      recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'harvest', data: { weight: 1 } });
    expect(await refusedQuietly(early)).toBe('STAGE_NOT_AVAILABLE');
    expect(await refusedQuietly(correct)).toBe('RECORD_SUPERSEDED');
    const foreign = () => recordStage(kit.ctx, other.as.clerk, lot.id, { stageId: 'plant', data: {} });
    expect(await refusedQuietly(foreign)).toBe('NOT_FOUND');
  });

  it('a transformation: every lot it touches, and unknown (its outputs are new lot codes)', async () => {
    const inputs = [await newLot(kit.ctx, tenant, farm), await newLot(kit.ctx, tenant, farm)];
    for (const lot of inputs) await bringToDrying(kit.ctx, tenant, farm, lot.id);
    const body = {
      stageId: 'dry',
      inputs: inputs.map((lot) => ({ lotId: lot.id, quantity: 500, unit: 'kg' })),
      outputs: [{ quantity: 700, unit: 'kg' }],
      data: { temperature: 60 },
    };
    let outputId = '';
    const dry = async () => {
      outputId = (await createTransformation(kit.ctx, tenant.as.clerk, body)).outputs[0]?.lot.id ?? '';
    };
    const messages = await announced(dry);
    const lots = [...inputs.map((lot) => lot.id), outputId].map(traceTags.lot);
    expect(messages).toEqual(sorted(...lots, traceTags.unknown));
    // more than the inputs have left: refused, nothing announced
    const tooMuch = { ...body, inputs: body.inputs.map((input) => ({ ...input, quantity: 600 })) };
    const greedy = () => createTransformation(kit.ctx, tenant.as.clerk, tooMuch);
    expect(await refusedQuietly(greedy)).toMatch(/^[A-Z_]+$/);
  });

  it('a new lot: unknown (its code may have been looked up before)', async () => {
    expect(await announced(() => newLot(kit.ctx, tenant, farm))).toEqual([[traceTags.unknown]]);
    const foreignProduct = () =>
      createLot(kit.ctx, tenant.as.clerk, { productId: otherFarm.productId, quantity: 1, unit: 'kg' });
    expect(await refusedQuietly(foreignProduct)).toBe('NOT_FOUND');
  });

  it('activations and voids by range or list: the batches of the labels, one tag per batch', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const big = await insertLabelBatch(kit.ctx, tenant, { quantity: 1000 });
    const small = await insertLabelBatch(kit.ctx, tenant, { quantity: 4 });
    const range = () =>
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: lot.id,
        labels: { batchId: big.id, firstSeq: 1, lastSeq: 900 },
      });
    expect(await announced(range)).toEqual([[traceTags.batch(big.id)]]);
    expect(await refusedQuietly(range)).toBe('LABEL_ALREADY_ACTIVE');
    const serials = [big.serials[950] ?? '', big.serials[951] ?? '', small.serials[0] ?? ''];
    const list = () => activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: { serials } });
    expect(await announced(list)).toEqual(sorted(traceTags.batch(big.id), traceTags.batch(small.id)));
    const voidRange = () =>
      voidLabels(kit.ctx, tenant.as.owner, {
        labels: { batchId: big.id, firstSeq: 10, lastSeq: 20 },
        reason: 'damaged',
      });
    expect(await announced(voidRange)).toEqual([[traceTags.batch(big.id)]]);
    expect(await refusedQuietly(voidRange)).toBe('LABEL_VOIDED');
    const voidList = () =>
      voidLabels(kit.ctx, tenant.as.owner, {
        labels: { serials: [small.serials[3] ?? ''] },
        reason: 'damaged',
      });
    expect(await announced(voidList)).toEqual([[traceTags.batch(small.id)]]);
    expect(
      await refusedQuietly(() =>
        voidLabels(kit.ctx, tenant.as.clerk, { labels: { serials }, reason: 'damaged' }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('a record that binds labels: the lot and the labels’ batches, in one message', async () => {
    const [lot, next] = [await newLot(kit.ctx, other, otherFarm), await newLot(kit.ctx, other, otherFarm)];
    const batch = await insertLabelBatch(kit.ctx, other, { quantity: 10, productId: otherFarm.productId });
    const pack = (lotId: string) => () =>
      recordStage(kit.ctx, other.as.clerk, lotId, {
        stageId: 'pack',
        data: { packs: 5 },
        labels: { batchId: batch.id, firstSeq: 1, lastSeq: 5 },
      });
    expect(await announced(pack(lot.id))).toEqual(sorted(traceTags.lot(lot.id), traceTags.batch(batch.id)));
    // the same labels for the next lot: refused, and its record is not kept either
    expect(await refusedQuietly(pack(next.id))).toBe('LABEL_ALREADY_ACTIVE');
  });

  it('a stored label chunk and a cancelled batch: the batch and unknown', async () => {
    const paused = { ...kit.ctx, queue: createInlineQueue() };
    const ordered = await orderLabelBatch(paused, tenant.as.owner, { quantity: 30 });
    await updateLabelBatch(kit.ctx.db, ordered.id, { state: 'running' });
    const chunk = () =>
      generateLabelChunkJob.process(kit.ctx, { batchId: ordered.id, firstSeq: 1, lastSeq: 10 }, progress);
    expect(await announced(chunk)).toEqual(sorted(traceTags.batch(ordered.id), traceTags.unknown));
    // the same chunk again stores nothing, so it announces nothing
    expect(await announced(chunk)).toEqual([]);
    const cancel = () => cancelLabelBatch(kit.ctx, tenant.as.owner, ordered.id);
    expect(await announced(cancel)).toEqual(sorted(traceTags.batch(ordered.id), traceTags.unknown));
    expect(await refusedQuietly(cancel)).toBe('LABEL_BATCH_NOT_CANCELLABLE');
    // a chunk that finds its batch cancelled rolls back: nothing stored, nothing announced
    const late = () =>
      generateLabelChunkJob.process(kit.ctx, { batchId: ordered.id, firstSeq: 11, lastSeq: 20 }, progress);
    expect(await announced(late)).toEqual([]);
  });

  it('products: the product, and unknown when a GTIN starts answering', async () => {
    const owner = tenant.as.owner;
    const base = { name: { vi: 'Gạo', en: 'Rice' }, productType: 'rice' as const, processId: farm.processId };
    let id = '';
    const plain = async () => {
      id = (await createProduct(kit.ctx, owner, { ...base, sku: 'TEA-1' })).id;
    };
    expect(await announced(plain)).toEqual([[traceTags.product(id)]]);
    let withGtin = '';
    const coded = async () => {
      withGtin = (
        await createProduct(kit.ctx, owner, { ...base, sku: 'TEA-2', gtin: gtinOf('0893850000101') })
      ).id;
    };
    expect(await announced(coded)).toEqual(sorted(traceTags.product(withGtin), traceTags.unknown));
    const change = async (body: Record<string, unknown>) => {
      const { revision } = await getProduct(kit.ctx, owner, id);
      await changeProduct(kit.ctx, owner, id, { revision, ...body });
    };
    const image = await uploadFile(kit.ctx, owner, { contentType: 'image/png', bytes: tinyPng }, {});
    const cases: [string, Record<string, unknown>, string[][]][] = [
      ['rename', { name: { vi: 'Chè Tân Cương', en: 'Tan Cuong tea' } }, [[traceTags.product(id)]]],
      ['image', { imageIds: [image.id] }, [[traceTags.product(id)]]],
      ['set a GTIN', { gtin: gtinOf('0893850000102') }, sorted(traceTags.product(id), traceTags.unknown)],
      ['change it', { gtin: gtinOf('0893850000103') }, sorted(traceTags.product(id), traceTags.unknown)],
      ['archive', { archived: true }, [[traceTags.product(id)]]],
      ['restore', { archived: false }, sorted(traceTags.product(id), traceTags.unknown)],
      ['clear the GTIN', { gtin: null }, [[traceTags.product(id)]]],
    ];
    for (const [what, body, tags] of cases)
      expect([what, await announced(() => change(body))]).toEqual([what, tags]);
    // refused: a stale revision, a GTIN another product holds, a wrong check digit
    expect(await refusedQuietly(() => changeProduct(kit.ctx, owner, id, { revision: 1, sku: 'X' }))).toBe(
      'EDIT_CONFLICT',
    );
    expect(await refusedQuietly(() => change({ gtin: gtinOf('0893850000101') }))).toBe('GTIN_TAKEN');
    expect(await refusedQuietly(() => change({ gtin: '08938500001019' }))).toMatch(/^[A-Z_]+$/);
  });

  it('the producer: profile and logo changes send the tenant', async () => {
    const owner = tenant.as.owner;
    const tag = [[traceTags.tenant(tenant.id)]];
    expect(await announced(() => updateCurrentTenant(kit.ctx, owner, { phone: '0912345678' }))).toEqual(tag);
    const logo = () => setTenantLogo(kit.ctx, owner, { contentType: 'image/png', bytes: tinyPng });
    expect(await announced(logo)).toEqual(tag);
    expect(await announced(() => removeTenantLogo(kit.ctx, owner))).toEqual(tag);
    // nothing to remove: nothing changed
    expect(await announced(() => removeTenantLogo(kit.ctx, owner))).toEqual([]);
    const badGln = () => updateCurrentTenant(kit.ctx, owner, { gln: '8938500000011' });
    expect(await refusedQuietly(badGln)).toMatch(/^[A-Z_]+$/);
    const wrongType = () => setTenantLogo(kit.ctx, owner, { contentType: 'image/jpeg', bytes: tinyPng });
    expect(await refusedQuietly(wrongType)).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await refusedQuietly(() => updateCurrentTenant(kit.ctx, tenant.as.clerk, { phone: '1' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('a catalog item edited: nothing (records keep the label they were stored with)', async () => {
    const owner = tenant.as.owner;
    const params = { id: farm.catalogId, itemId: farm.plotItemId };
    const { revision } = await getItemOfCatalog(kit.ctx, owner, params);
    const item = () => changeItemOfCatalog(kit.ctx, owner, params, { revision, data: { code: 'A-01b' } });
    expect(await announced(item)).toEqual([]);
  });
});
