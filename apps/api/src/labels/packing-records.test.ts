import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertLabelBatchFixture } from '../testing/label-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';
import { sampleStage } from '../testing/process-fixtures';

describe.each(await testDrivers())('binding labels in a packing record over HTTP on %s', (driver) => {
  let kit: LotKit;
  const { newLot, record, recordCount } = lotHelpers(() => kit);

  beforeAll(async () => {
    kit = await startLotKit(driver);
    // version 2: packing binds labels; sorting, beside it, does not
    await kit.farm.publish({
      schemaVersion: 1,
      stages: [
        sampleStage('pack', 'pack', { start: true, kind: 'packaging', bindsLabels: true, repeatable: true }),
        sampleStage('sort', 'sort', { start: true }),
      ],
      edges: [],
    });
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const labelStates = async (batchId: string) =>
    (
      await kit.t.platform.ctx.db
        .selectFrom('labels')
        .select('state')
        .where('batch_id', '=', batchId)
        .orderBy('seq')
        .execute()
    ).map((row) => row.state);

  it('records the packing and activates its labels once, however often the clerk’s phone retries', async () => {
    const batch = await insertLabelBatchFixture(kit.t.platform.ctx, kit.a, {
      quantity: 3,
      productId: kit.farm.productId,
    });
    const lot = await newLot();
    const labels = { firstSerial: batch.serials[0], lastSerial: batch.serials[1] };
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const send = () => record(lot.id, 'pack', { note: 'Đóng 2 gói' }, { labels }, undefined);
    const first = await kit.clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
      body: { stageId: 'pack', data: { note: 'Đóng 2 gói' }, labels },
      headers,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.labels).toEqual([{ batchId: batch.id, firstSeq: 1, lastSeq: 2 }]);
    const replay = await kit.clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
      body: { stageId: 'pack', data: { note: 'Đóng 2 gói' }, labels },
      headers,
    });
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(replay.body).toEqual(first.body);
    expect(await labelStates(batch.id)).toEqual(['activated', 'activated', 'generated']);
    // without the key a second packing of the same labels is refused whole
    const before = await recordCount();
    const again = await send();
    expect([again.status, again.body.code]).toEqual([409, 'LABEL_ALREADY_ACTIVE']);
    expect(await recordCount()).toBe(before);
  });

  it('refuses labels on a stage that binds none, storing nothing', async () => {
    const batch = await insertLabelBatchFixture(kit.t.platform.ctx, kit.a, { quantity: 1 });
    const lot = await newLot();
    const before = await recordCount();
    const response = await record(lot.id, 'sort', { note: 'x' }, { labels: { serials: batch.serials } });
    expect([response.status, response.body.code, response.body.path]).toEqual([
      422,
      'STAGE_BINDS_NO_LABELS',
      '/labels',
    ]);
    expect(await recordCount()).toBe(before);
    expect(await labelStates(batch.id)).toEqual(['generated']);
  });
});
