import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { farmDefinition } from '../testing/lot-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

describe.each(await testDrivers())("the lot's recorded quantity over HTTP on %s", (driver) => {
  let kit: LotKit;

  beforeAll(async () => {
    kit = await startLotKit(driver);
    // version 2: the harvest weight sets the lot's quantity
    const definition = farmDefinition(kit.farm.catalogId);
    for (const stage of definition.stages) if (stage.id === 'harvest') stage.lotQuantityField = 'weight';
    await kit.farm.publish(definition);
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { recordCount, newLot, record, plant } = lotHelpers(() => kit);
  const upToHarvest = async (lotId: string) => {
    await plant(lotId);
    await record(lotId, 'fertilise', { amount: 20 });
    await record(lotId, 'irrigate', {});
  };

  it('answers both figures in the lot view once the harvest is recorded, in tonnes for a lot counted in t', async () => {
    const lot = await newLot(undefined, { quantity: 2, unit: 't' });
    expect(lot).toMatchObject({ quantity: 2, recordedQuantity: null, recordedAt: null });
    await upToHarvest(lot.id);
    const harvested = await record(
      lot.id,
      'harvest',
      { weight: 1850.5 },
      { eventTime: '2025-03-08T07:30:00.000Z' },
    );
    expect(harvested.status, JSON.stringify(harvested.body)).toBe(201);
    const view = (await kit.clerk.request('GET', `/api/v1/lots/${lot.id}`)).body;
    expect(view.lot).toMatchObject({
      quantity: 2,
      recordedQuantity: 1.8505,
      remaining: 1.8505,
      unit: 't',
      recordedAt: '2025-03-08T07:30:00.000Z',
      recordedStageId: 'harvest',
      recordedRecordId: harvested.body.id,
    });
  });

  it('refuses a weight in kg for a lot counted in litres with a coded 422 naming the field, storing nothing', async () => {
    const lot = await newLot(undefined, { quantity: 500, unit: 'L' });
    await upToHarvest(lot.id);
    const before = await recordCount();
    const refused = await record(lot.id, 'harvest', { weight: 400 });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'LOT_QUANTITY_UNIT_MISMATCH' });
    expect(refused.body.detail ?? refused.body.title).toContain('weight');
    expect(JSON.stringify(refused.body)).toContain('(L)');
    expect(await recordCount()).toBe(before);
  });

  it('describes the recorded figures in the OpenAPI document', async () => {
    const doc = (await kit.clerk.request('GET', '/api/v1/openapi.json')).body;
    const text = JSON.stringify(doc);
    for (const name of ['recordedQuantity', 'recordedAt', 'LOT_QUANTITY_UNIT_MISMATCH', 'lotQuantityField'])
      expect(text).toContain(name);
  });
});
