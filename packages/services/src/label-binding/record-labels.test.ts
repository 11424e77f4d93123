import { listChainRecords } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import type { ProcessDefinition } from '@nguon/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLot } from '../lots/lot-detail.service';
import { recordStage } from '../lots/record-stage';
import { verifyRecordChains } from '../lots/record-verification.service';
import {
  createTwoFarms,
  type FarmKit,
  field,
  insertLabelBatch,
  newLot,
  refusalOf,
  type ServiceKit,
  stageOf,
  type TenantKit,
} from '../testing';
import { withUnitOfWork } from '../unit-of-work';

/** Packing binds labels; weighing, a start stage beside it, does not. */
const packingLine: ProcessDefinition = {
  schemaVersion: 1,
  stages: [
    stageOf('pack', [field('integer', 'packs')], {
      start: true,
      kind: 'packaging',
      bindsLabels: true,
      repeatable: true,
    }),
    stageOf('weigh', [field('text', 'note')], { start: true }),
  ],
  edges: [],
};

describe.each(await testDrivers())('binding labels in a packing record on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['Dong', 'Khac']));
    await farm.publish(packingLine);
  });
  afterAll(async () => {
    await kit.close();
  });

  const pack = (lotId: string, labels?: Parameters<typeof recordStage>[3]['labels'], stageId = 'pack') =>
    recordStage(kit.ctx, tenant.as.clerk, lotId, { stageId, data: {}, ...(labels ? { labels } : {}) });
  const eventsOf = (batchId: string) =>
    kit.ctx.db
      .selectFrom('label_events')
      .selectAll()
      .where('batch_id', '=', batchId)
      .orderBy('first_seq')
      .execute();

  it('activates the labels with the record, in its hash, and the chain still verifies', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 20, productId: farm.productId });
    const lot = await newLot(kit.ctx, tenant, farm);
    const record = await pack(lot.id, { serials: [batch.serials[9] ?? '', ...batch.serials.slice(0, 5)] });
    const runs = [
      { batchId: batch.id, firstSeq: 1, lastSeq: 5 },
      { batchId: batch.id, firstSeq: 10, lastSeq: 10 },
    ];
    expect(record.labels).toEqual(runs);
    expect((await eventsOf(batch.id)).map((e) => [e.record_id, e.lot_id, e.first_seq, e.last_seq])).toEqual([
      [record.id, lot.id, 1, 5],
      [record.id, lot.id, 10, 10],
    ]);
    const shown = (await getLot(kit.ctx, tenant.as.clerk, lot.id)).records.find((r) => r.id === record.id);
    expect([shown?.labels, shown?.hash]).toEqual([runs, record.hash]);
    // shown with the batch number and the serials printed on each run's ends, for the clerk; not hashed
    const { number, url_prefix: urlPrefix } = await kit.ctx.db
      .selectFrom('label_batches')
      .select(['number', 'url_prefix'])
      .where('id', '=', batch.id)
      .executeTakeFirstOrThrow();
    const bound = [
      {
        ...runs[0],
        batchNumber: number,
        firstSerial: batch.serials[0],
        lastSerial: batch.serials[4],
        urlPrefix,
      },
      {
        ...runs[1],
        batchNumber: number,
        firstSerial: batch.serials[9],
        lastSerial: batch.serials[9],
        urlPrefix,
      },
    ];
    expect(shown?.boundLabels).toEqual(bound);
    expect(record.boundLabels).toEqual(bound);
    const plain = await pack(lot.id);
    expect(plain.labels).toBeUndefined();
    expect(plain.boundLabels).toBeUndefined();
    expect((await verifyRecordChains(kit.ctx.db, tenant.id, kit.ctx.now())).faults).toEqual([]);
  });

  it('detects a binding event removed behind the record’s back (the trigger switched off)', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 4 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const record = await pack(lot.id, { batchId: batch.id, firstSeq: 1, lastSeq: 4 });
    // Someone with the database's own rights: the append-only trigger is switched off around the delete.
    await withUnitOfWork(kit.ctx, async ({ db }) => {
      await sql`ALTER TABLE label_events DISABLE TRIGGER label_events_append_only`.execute(db);
      await sql`DELETE FROM label_events WHERE record_id = ${record.id}`.execute(db);
      await sql`ALTER TABLE label_events ENABLE TRIGGER label_events_append_only`.execute(db);
    });
    const { faults } = await verifyRecordChains(kit.ctx.db, tenant.id, kit.ctx.now());
    expect(faults).toContainEqual(expect.objectContaining({ recordId: record.id, kind: 'content_changed' }));
  });

  it('refuses labels on a stage that binds none, and a record whose labels are refused, storing nothing', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 3 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const range = { batchId: batch.id, firstSeq: 1, lastSeq: 3 };
    const wrongStage = await refusalOf(pack(lot.id, range, 'weigh'));
    expect([wrongStage.code, wrongStage.path]).toEqual(['STAGE_BINDS_NO_LABELS', '/labels']);
    await pack(lot.id, { batchId: batch.id, firstSeq: 3, lastSeq: 3 });
    const before = await listChainRecords(kit.ctx.db, [lot.id]);
    const overlap = await refusalOf(pack(lot.id, range));
    expect([overlap.code, overlap.params.seq]).toEqual(['LABEL_ALREADY_ACTIVE', 3]);
    expect(await listChainRecords(kit.ctx.db, [lot.id])).toHaveLength(before.length);
    expect((await eventsOf(batch.id)).map((e) => [e.first_seq, e.last_seq])).toEqual([[3, 3]]);
  });
});
