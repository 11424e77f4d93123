import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadFile } from '../files/files.service';
import {
  createTwoFarms,
  type FarmKit,
  farmDefinition,
  field,
  newLot,
  plotOf,
  type ServiceKit,
  stageOf,
  type TenantKit,
  tinyPng,
} from '../testing';
import { correctRecord, recordStage } from './record-stage';

describe.each(await testDrivers())('record photos on consumer pages on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['Anh', 'Khac']));
    // the farm's fertilising photos shown to consumers, its receipts kept
    const definition = farmDefinition(farm.catalogId);
    definition.stages = definition.stages.map((stage) =>
      stage.id === 'fertilise'
        ? stageOf('fertilise', [field('photos', 'photos', { public: true }), field('photos', 'receipts')], {
            repeatable: true,
          })
        : stage,
    );
    await farm.publish(definition);
  });
  afterAll(async () => {
    await kit.close();
  });

  const photo = async () =>
    (await uploadFile(kit.ctx, tenant.as.clerk, { contentType: 'image/png', bytes: tinyPng }, {})).id;
  const publicOf = async (ids: string[]) => {
    const rows = await kit.ctx.db
      .selectFrom('files')
      .select(['id', 'public'])
      .where('id', 'in', ids)
      .execute();
    return ids.map((id) => rows.find((row) => row.id === id)?.public);
  };

  it('a correction that drops a public photo makes it private again, unless another current record of the tenant names it', async () => {
    const [wrong, shared, right, receipt] = [await photo(), await photo(), await photo(), await photo()];
    const lot = await newLot(kit.ctx, tenant, farm);
    const record = (data: Record<string, unknown>) =>
      recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'fertilise', data });
    await recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'plant', data: { plot: plotOf(farm) } });
    const first = await record({ photos: [wrong, shared], receipts: [receipt] });
    // the shared photo is shown by another lot's record too (an integrator may name one photo in many lots)
    const otherLot = await newLot(kit.ctx, tenant, farm);
    await recordStage(kit.ctx, tenant.as.clerk, otherLot.id, {
      stageId: 'plant',
      data: { plot: plotOf(farm) },
    });
    await recordStage(kit.ctx, tenant.as.clerk, otherLot.id, {
      stageId: 'fertilise',
      data: { photos: [shared] },
    });
    expect(await publicOf([wrong, shared, right, receipt])).toEqual([true, true, false, false]);
    const fixed = await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lot.id, recordId: first.id },
      { data: { photos: [right], receipts: [receipt] }, reason: 'nhầm ảnh' },
    );
    expect(await publicOf([wrong, shared, right, receipt])).toEqual([false, true, true, false]);
    // corrected again to show the first photo: public once more
    await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lot.id, recordId: fixed.id },
      { data: { photos: [wrong] }, reason: 'ảnh đúng là ảnh đầu' },
    );
    expect(await publicOf([wrong, shared, right, receipt])).toEqual([true, true, false, false]);
  });
});
