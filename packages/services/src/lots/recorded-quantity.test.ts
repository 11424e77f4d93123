import { findLot, listChainRecords } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bringToDrying,
  createTwoFarms,
  type FarmKit,
  farmDefinition,
  newLot,
  refusalOf,
  type ServiceKit,
  type TenantKit,
} from '../testing';
import { getLot } from './lot-detail.service';
import { createLot } from './lots.service';
import { correctRecord, recordStage } from './record-stage';
import { createTransformation } from './transformations.service';

/** The farm process with its harvest stage setting the lot's quantity from the weight (kg). */
function weighedAtHarvest(catalogId: string) {
  const definition = farmDefinition(catalogId);
  for (const stage of definition.stages) if (stage.id === 'harvest') stage.lotQuantityField = 'weight';
  return definition;
}

describe.each(await testDrivers())("a stage's quantity field sets the lot's quantity on %s", (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['Can', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  const summary = async (id: string) => (await getLot(kit.ctx, tenant.as.clerk, id)).lot;
  const figures = async (id: string) => {
    const lot = await summary(id);
    return { declared: lot.quantity, recorded: lot.recordedQuantity, remaining: lot.remaining };
  };
  const harvestRecordOf = async (lotId: string) => {
    const { records } = await getLot(kit.ctx, tenant.as.clerk, lotId);
    const record = records.findLast((r) => r.stageId === 'harvest');
    if (!record) throw new Error('no harvest record');
    return record;
  };
  const correctHarvest = async (lotId: string, weight: number) =>
    correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lotId, recordId: (await harvestRecordOf(lotId)).id },
      { data: { weight }, reason: 'cân lại' },
    );
  const lotIn = (unit: string, quantity: number) =>
    createLot(kit.ctx, tenant.as.clerk, { productId: farm.productId, quantity, unit });

  // first, before version 2 marks the harvest: the version without the setting changes nothing
  it('leaves a lot of a version without the setting as declared', async () => {
    const lot = await newLot(kit.ctx, tenant, farm, 1000);
    await bringToDrying(kit.ctx, tenant, farm, lot.id);
    expect(await figures(lot.id)).toEqual({ declared: 1000, recorded: null, remaining: 1000 });
    await farm.publish(weighedAtHarvest(farm.catalogId));
  });

  it('sets the recorded quantity at harvest, and a correction changes it; the declared one stays', async () => {
    const lot = await newLot(kit.ctx, tenant, farm, 1000);
    await bringToDrying(kit.ctx, tenant, farm, lot.id);
    const first = await harvestRecordOf(lot.id);
    expect(await figures(lot.id)).toEqual({ declared: 1000, recorded: 900, remaining: 900 });
    expect(await summary(lot.id)).toMatchObject({
      recordedStageId: 'harvest',
      recordedRecordId: first.id,
      recordedAt: first.eventTime,
    });
    const corrected = await correctHarvest(lot.id, 955.5);
    expect(await figures(lot.id)).toEqual({ declared: 1000, recorded: 955.5, remaining: 955.5 });
    expect((await summary(lot.id)).recordedRecordId).toBe(corrected.id);
  });

  it.each([
    { unit: 't', declared: 1, recorded: 0.9 },
    { unit: 'g', declared: 1_000_000, recorded: 900_000 },
  ])(
    'converts the harvest weight in kg into a lot counted in $unit',
    async ({ unit, declared, recorded }) => {
      const lot = await lotIn(unit, declared);
      await bringToDrying(kit.ctx, tenant, farm, lot.id);
      expect(await figures(lot.id)).toEqual({ declared, recorded, remaining: recorded });
    },
  );

  it('refuses a harvest weight in kg for a lot counted in litres, naming the field, and stores nothing', async () => {
    const lot = await lotIn('L', 500);
    const steps = ['plant', 'fertilise', 'irrigate'];
    await bringToDrying(kit.ctx, tenant, farm, lot.id).catch(() => undefined);
    const chain = await listChainRecords(kit.ctx.db, [lot.id]);
    expect(chain.map((row) => row.stage_id)).toEqual(steps);
    const refused = await refusalOf(
      recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'harvest', data: { weight: 400 } }),
    );
    expect([refused.code, refused.path]).toEqual(['LOT_QUANTITY_UNIT_MISMATCH', '/data/weight']);
    expect(refused.params).toMatchObject({ unit: 'kg', lotUnit: 'L', field: { vi: 'weight', en: 'weight' } });
    expect(await listChainRecords(kit.ctx.db, [lot.id])).toHaveLength(steps.length);
    expect(await figures(lot.id)).toEqual({ declared: 500, recorded: null, remaining: 500 });
  });

  it('keeps what already left through a transformation, and refuses a figure below it', async () => {
    const lot = await newLot(kit.ctx, tenant, farm, 1000);
    await bringToDrying(kit.ctx, tenant, farm, lot.id);
    // transformations take from the recorded 900, not the declared 1000
    const tooMuch = createTransformation(kit.ctx, tenant.as.clerk, {
      stageId: 'dry',
      inputs: [{ lotId: lot.id, quantity: 950, unit: 'kg' }],
      outputs: [{ quantity: 600, unit: 'kg' }],
      data: {},
    });
    expect((await refusalOf(tooMuch)).code).toBe('QUANTITY_EXCEEDS_REMAINING');
    await createTransformation(kit.ctx, tenant.as.clerk, {
      stageId: 'dry',
      inputs: [{ lotId: lot.id, quantity: 600, unit: 'kg' }],
      outputs: [{ quantity: 420, unit: 'kg' }],
      data: {},
    });
    expect(await figures(lot.id)).toEqual({ declared: 1000, recorded: 900, remaining: 300 });
    const before = (await findLot(kit.ctx.db, tenant.id, lot.id))?.record_count;
    const refused = await refusalOf(correctHarvest(lot.id, 550));
    expect([refused.code, refused.params]).toEqual([
      'RECORDED_QUANTITY_BELOW_MOVED',
      { code: lot.code, moved: '600 kg', recorded: '550 kg' },
    ]);
    expect((await findLot(kit.ctx.db, tenant.id, lot.id))?.record_count).toBe(before);
    await correctHarvest(lot.id, 700);
    expect(await figures(lot.id)).toEqual({ declared: 1000, recorded: 700, remaining: 100 });
  });
});
