import { listChainRecords } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { genesisHash } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile } from '../files/files.service';
import {
  bringToDrying,
  createFarmKit,
  createTenantKit,
  createTwoFarms,
  type FarmKit,
  farmDefinition,
  field,
  newLot,
  plotOf,
  refusalOf,
  type ServiceKit,
  stageOf,
  type TenantKit,
  tinyPng,
} from '../testing';
import { correctRecord, recordStage } from './record-stage';
import { verifyRecordChains } from './record-verification.service';

describe.each(await testDrivers())('recording a stage on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['Suoi', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  const record = (lotId: string, stageId: string, data: Record<string, unknown>, by = tenant.as.clerk) =>
    recordStage(kit.ctx, by, lotId, { stageId, data });
  const chainOf = (lotId: string) => listChainRecords(kit.ctx.db, [lotId]);

  it('allows a stage only when its predecessors are done, and a non-repeatable one once', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const steps: { stageId: string; data: Record<string, unknown>; refused?: string }[] = [
      { stageId: 'fertilise', data: { amount: 5 }, refused: 'STAGE_NOT_AVAILABLE' },
      { stageId: 'plant', data: { plot: plotOf(farm) } },
      { stageId: 'plant', data: { plot: plotOf(farm) }, refused: 'STAGE_NOT_AVAILABLE' },
      { stageId: 'fertilise', data: { amount: 5 } },
      { stageId: 'fertilise', data: { amount: 6 } },
      { stageId: 'harvest', data: { weight: 10 }, refused: 'STAGE_NOT_AVAILABLE' },
      { stageId: 'dry', data: {}, refused: 'NOT_A_PLAIN_STAGE' },
      { stageId: 'irrigate', data: {} },
      { stageId: 'harvest', data: { weight: 10 } },
      { stageId: 'nope', data: {}, refused: 'NOT_FOUND' },
    ];
    const outcomes = [];
    for (const step of steps) {
      const attempt = record(lot.id, step.stageId, step.data);
      outcomes.push(step.refused ? (await refusalOf(attempt)).code : (await attempt).stageId);
    }
    expect(outcomes).toEqual(steps.map((step) => step.refused ?? step.stageId));
    // Refusals stored nothing: the chain holds exactly the accepted records, in order.
    expect((await chainOf(lot.id)).map((row) => row.stage_id)).toEqual(
      steps.filter((step) => !step.refused).map((step) => step.stageId),
    );
  });

  it.each([
    { case: 'a missing required value', data: {}, path: '/data/amount' },
    { case: 'a value above the maximum', data: { amount: 1001 }, path: '/data/amount' },
    { case: 'text for a number', data: { amount: 'nhiều' }, path: '/data/amount' },
    { case: 'an unknown field', data: { amount: 5, colour: 'xanh' }, path: '/data' },
  ])('refuses $case by the stage form, storing nothing', async ({ data, path }) => {
    const lot = await newLot(kit.ctx, tenant, farm);
    await record(lot.id, 'plant', { plot: plotOf(farm) });
    const refused = await refusalOf(record(lot.id, 'fertilise', data));
    expect([refused.code, refused.path?.startsWith(path)]).toEqual(['RECORD_INVALID', true]);
    expect(await chainOf(lot.id)).toHaveLength(1);
  });

  it('refuses catalog items and files of another tenant, or that do not exist', async () => {
    const upload = (as: TenantKit) =>
      uploadFile(kit.ctx, as.as.owner, { contentType: 'image/png', bytes: tinyPng }, {});
    const ownPhoto = await upload(tenant);
    const foreignPhoto = await upload(other);
    const lot = await newLot(kit.ctx, tenant, farm);
    const cases = [
      { stageId: 'plant', data: { plot: { id: otherFarm.plotItemId, label: 'x' } }, path: '/data/plot' },
      { stageId: 'plant', data: { plot: { id: kit.ctx.newId(), label: 'x' } }, path: '/data/plot' },
    ];
    for (const { stageId, data, path } of cases) {
      const refused = await refusalOf(record(lot.id, stageId, data));
      expect([refused.code, refused.path]).toEqual(['RECORD_INVALID', path]);
    }
    await record(lot.id, 'plant', { plot: plotOf(farm) });
    const withPhotos = (photos: string[]) => record(lot.id, 'fertilise', { amount: 1, photos });
    const foreign = await refusalOf(withPhotos([ownPhoto.id, foreignPhoto.id]));
    expect([foreign.code, foreign.path]).toEqual(['RECORD_INVALID', '/data/photos/1']);
    expect((await withPhotos([ownPhoto.id])).data).toEqual({ amount: 1, photos: [ownPhoto.id] });
    expect((await chainOf(lot.id)).map((row) => row.stage_id)).toEqual(['plant', 'fertilise']);
  });

  it("validates a record by its own lot's version form, not the latest one", async () => {
    const tenantV = await createTenantKit(kit.ctx, 'Phien');
    const farmV = await createFarmKit(kit.ctx, tenantV);
    const onV1 = await newLot(kit.ctx, tenantV, farmV);
    const v2 = farmDefinition(farmV.catalogId);
    v2.stages = v2.stages.map((stage) =>
      stage.id === 'fertilise'
        ? stageOf('fertilise', [field('number', 'amount', { unit: 'kg', required: true, min: 0, max: 10 })], {
            repeatable: true,
          })
        : stage,
    );
    await farmV.publish(v2);
    const onV2 = await newLot(kit.ctx, tenantV, farmV);
    const fertilise = (lotId: string, amount: number) =>
      recordStage(kit.ctx, tenantV.as.clerk, lotId, { stageId: 'fertilise', data: { amount } });
    for (const lot of [onV1, onV2])
      await recordStage(kit.ctx, tenantV.as.clerk, lot.id, {
        stageId: 'plant',
        data: { plot: plotOf(farmV) },
      });
    const old = await fertilise(onV1.id, 500);
    expect([old.processVersion, old.data]).toEqual([1, { amount: 500 }]);
    expect((await refusalOf(fertilise(onV2.id, 500))).path).toBe('/data/amount');
    // A correction of the old record is checked by version 1 too.
    const corrected = await correctRecord(
      kit.ctx,
      tenantV.as.clerk,
      { id: onV1.id, recordId: old.id },
      { data: { amount: 600 }, reason: 'cân lại' },
    );
    expect([corrected.processVersion, corrected.data]).toEqual([1, { amount: 600 }]);
  });

  it('chains every record to the one before it, corrections included, and verify finds no fault', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    await bringToDrying(kit.ctx, tenant, farm, lot.id);
    const [, fertilised] = await chainOf(lot.id);
    if (!fertilised) throw new Error('no fertilise record');
    await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lot.id, recordId: fertilised.id },
      { data: { amount: 25 }, reason: 'ghi nhầm' },
    );
    const rows = await chainOf(lot.id);
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((row) => row.prev_hash)).toEqual([
      genesisHash,
      ...rows.slice(0, -1).map((row) => row.hash),
    ]);
    const head = await kit.ctx.db
      .selectFrom('lots')
      .select(['head_hash', 'record_count'])
      .where('id', '=', lot.id)
      .executeTakeFirstOrThrow();
    expect(head).toEqual({ head_hash: rows.at(-1)?.hash, record_count: 5 });
    expect((await verifyRecordChains(kit.ctx.db, tenant.id, kit.ctx.now())).faults).toEqual([]);
  });

  it('a correction supersedes once, keeps the stage done once, and is checked like a record', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const planted = await record(lot.id, 'plant', { plot: plotOf(farm), note: 'sớm' });
    const correct = (recordId: string, data: Record<string, unknown>) =>
      correctRecord(kit.ctx, tenant.as.clerk, { id: lot.id, recordId }, { data, reason: '  sửa  ' });
    expect((await refusalOf(correct(planted.id, { note: 'thiếu thửa' }))).code).toBe('RECORD_INVALID');
    const fixed = await correct(planted.id, { plot: plotOf(farm), note: 'muộn' });
    expect([fixed.stageId, fixed.supersedes, fixed.reason, fixed.data.note]).toEqual([
      'plant',
      planted.id,
      'sửa',
      'muộn',
    ]);
    expect((await refusalOf(correct(planted.id, { plot: plotOf(farm) }))).code).toBe('RECORD_SUPERSEDED');
    // Corrected, the non-repeatable stage still counts as recorded once.
    expect((await refusalOf(record(lot.id, 'plant', { plot: plotOf(farm) }))).code).toBe(
      'STAGE_NOT_AVAILABLE',
    );
    expect((await record(lot.id, 'irrigate', {})).seq).toBe(3);
  });

  it.each([
    { who: 'viewer', code: 'FORBIDDEN' },
    { who: 'other tenant', code: 'NOT_FOUND' },
  ])('refuses the $who', async ({ who, code }) => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const by = who === 'viewer' ? tenant.as.viewer : other.as.owner;
    expect((await refusalOf(record(lot.id, 'plant', { plot: plotOf(farm) }, by))).code).toBe(code);
    expect(await chainOf(lot.id)).toEqual([]);
  });

  it('takes the event time from the clock, refusing one in the future', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const future = new Date(kit.ctx.now().getTime() + 3_600_000).toISOString();
    const ahead = recordStage(kit.ctx, tenant.as.clerk, lot.id, {
      stageId: 'plant',
      data: { plot: plotOf(farm) },
      eventTime: future,
    });
    expect((await refusalOf(ahead)).code).toBe('EVENT_TIME_IN_FUTURE');
    kit.sources.advance(60_000);
    const planted = await record(lot.id, 'plant', { plot: plotOf(farm) });
    expect(planted.eventTime).toBe(kit.ctx.now().toISOString());
  });
});
