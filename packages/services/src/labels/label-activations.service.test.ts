import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTwoFarms,
  type FarmKit,
  insertLabelBatch,
  mistyped,
  newLot,
  refusalOf,
  type ServiceKit,
  type TenantKit,
  unknownSerial,
} from '../testing';
import { activateLabels } from './label-activations.service';
import { voidLabels } from './label-voids.service';

describe.each(await testDrivers())('activating and voiding labels on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['Tem', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  const statesOf = async (batchId: string) => {
    const rows = await kit.ctx.db
      .selectFrom('labels')
      .select(['seq', 'state', 'lot_id'])
      .where('batch_id', '=', batchId)
      .orderBy('seq')
      .execute();
    return rows.map((row) => `${row.seq}:${row.state}${row.lot_id ? '@lot' : ''}`);
  };
  const eventCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM label_events`.execute(kit.ctx.db)).rows[0]?.n);

  it('activates a range with one event, then refuses an overlapping one whole, naming the first active label', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 6 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const done = await activateLabels(kit.ctx, tenant.as.clerk, {
      lotId: lot.id,
      labels: { batchId: batch.id, firstSeq: 2, lastSeq: 4 },
    });
    expect(done.count).toBe(3);
    expect(done.events).toMatchObject([
      {
        kind: 'activated',
        firstSeq: 2,
        lastSeq: 4,
        count: 3,
        lot: { id: lot.id, code: lot.code },
        recordId: null,
      },
    ]);
    expect(done.events[0]?.actor?.id).toBe(tenant.userIds.clerk);
    const before = await eventCount();
    const refusal = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: lot.id,
        labels: { batchId: batch.id, firstSeq: 3, lastSeq: 6 },
      }),
    );
    expect([refusal.code, refusal.params.seq, refusal.params.count]).toEqual(['LABEL_ALREADY_ACTIVE', 3, 2]);
    expect(await statesOf(batch.id)).toEqual([
      '1:generated',
      '2:activated@lot',
      '3:activated@lot',
      '4:activated@lot',
      '5:generated',
      '6:generated',
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('takes a roll by its first and last serial, and a scanned list as one event per contiguous run', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 10 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const s = batch.serials;
    const roll = await activateLabels(kit.ctx, tenant.as.clerk, {
      lotId: lot.id,
      labels: {
        firstSerial: (s[0] ?? '').toLowerCase(),
        lastSerial: `${s[2]?.slice(0, 4)}-${s[2]?.slice(4)}`,
      },
    });
    expect(roll.events.map((e) => [e.firstSeq, e.lastSeq])).toEqual([[1, 3]]);
    const list = await activateLabels(kit.ctx, tenant.as.clerk, {
      lotId: lot.id,
      labels: { serials: [s[7], s[4], s[5], s[7], s[9]].map((serial) => serial ?? '') },
    });
    expect(list.count).toBe(4);
    expect(list.events.map((e) => [e.firstSeq, e.lastSeq])).toEqual([
      [5, 6],
      [8, 8],
      [10, 10],
    ]);
  });

  it('tells a mistyped serial (check symbol) from an unknown one and from another tenant’s, which look the same', async () => {
    const mine = await insertLabelBatch(kit.ctx, tenant, { quantity: 2 });
    const theirs = await insertLabelBatch(kit.ctx, other, { quantity: 2 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const attempt = (serials: string[]) =>
      refusalOf(activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: { serials } }));
    const typo = await attempt([mine.serials[0] ?? '', mistyped(mine.serials[1] ?? '')]);
    expect([typo.code, typo.path]).toEqual(['LABEL_SERIAL_CHECK_FAILED', '/labels/serials/1']);
    expect((await attempt(['ABC'])).code).toBe('LABEL_SERIAL_MALFORMED');
    const unknown = await attempt([mine.serials[0] ?? '', unknownSerial()]);
    const foreign = await attempt([mine.serials[0] ?? '', theirs.serials[0] ?? '']);
    expect([unknown.code, unknown.path, Object.keys(unknown.params)]).toEqual([
      foreign.code,
      foreign.path,
      Object.keys(foreign.params),
    ]);
    expect(foreign.code).toBe('LABEL_NOT_FOUND');
    expect(await statesOf(mine.id)).toEqual(['1:generated', '2:generated']);
    expect(await statesOf(theirs.id)).toEqual(['1:generated', '2:generated']);
  });

  it.each([
    { case: 'a reversed range', labels: { firstSeq: 5, lastSeq: 2 }, code: 'LABEL_RANGE_REVERSED' },
    {
      case: 'a range past the batch end',
      labels: { firstSeq: 4, lastSeq: 6 },
      code: 'LABEL_RANGE_OUTSIDE_BATCH',
    },
  ])('refuses $case', async ({ labels, code }) => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 5 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const refusal = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: { batchId: batch.id, ...labels } }),
    );
    expect([refusal.code, refusal.path]).toEqual([code, '/labels/lastSeq']);
    expect(await statesOf(batch.id)).not.toContain('1:activated@lot');
  });

  it('refuses a serial range across two batches and a batch still being generated', async () => {
    const a = await insertLabelBatch(kit.ctx, tenant, { quantity: 2 });
    const b = await insertLabelBatch(kit.ctx, tenant, { quantity: 2 });
    const running = await insertLabelBatch(kit.ctx, tenant, { quantity: 2, state: 'running' });
    const lot = await newLot(kit.ctx, tenant, farm);
    const crossing = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: lot.id,
        labels: { firstSerial: a.serials[0] ?? '', lastSerial: b.serials[1] ?? '' },
      }),
    );
    expect(crossing.code).toBe('LABEL_RANGE_CROSSES_BATCHES');
    const early = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: lot.id,
        labels: { batchId: running.id, firstSeq: 1, lastSeq: 1 },
      }),
    );
    expect(early.code).toBe('LABEL_BATCH_IN_PROGRESS');
  });

  it('binds a product’s batch only to its lots, a lot’s batch only to that lot, a blank batch to any, never to a recalled lot', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    const otherLot = await newLot(kit.ctx, tenant, farm);
    const forProduct = await insertLabelBatch(kit.ctx, tenant, { quantity: 1, productId: farm.productId });
    const forLot = await insertLabelBatch(kit.ctx, tenant, {
      quantity: 1,
      productId: farm.productId,
      lotId: otherLot.id,
    });
    const blank = await insertLabelBatch(kit.ctx, tenant, { quantity: 2 });
    const one = (batchId: string) => ({ batchId, firstSeq: 1, lastSeq: 1 });
    const wrongLot = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: one(forLot.id) }),
    );
    expect(wrongLot.code).toBe('LABEL_BATCH_LOT_DIFFERS');
    // as if ordered for another product: the other tenant's stands in (only the id is compared)
    await sql`UPDATE label_batches SET product_id = ${otherFarm.productId} WHERE id = ${forProduct.id}`.execute(
      kit.ctx.db,
    );
    const wrongProduct = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: one(forProduct.id) }),
    );
    expect(wrongProduct.code).toBe('LABEL_LOT_PRODUCT_DIFFERS');
    await sql`UPDATE label_batches SET product_id = ${farm.productId} WHERE id = ${forProduct.id}`.execute(
      kit.ctx.db,
    );
    await activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: one(forProduct.id) });
    await activateLabels(kit.ctx, tenant.as.clerk, { lotId: otherLot.id, labels: one(forLot.id) });
    await activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: one(blank.id) });
    await sql`UPDATE lots SET status = 'recalled' WHERE id = ${otherLot.id}`.execute(kit.ctx.db);
    const recalled = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: otherLot.id,
        labels: { batchId: blank.id, firstSeq: 2, lastSeq: 2 },
      }),
    );
    expect(recalled.code).toBe('LABEL_LOT_RECALLED');
  });

  it('lets owners void with a reason (not clerks), refuses voided labels both ways, and keeps who and why', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 4 });
    const lot = await newLot(kit.ctx, tenant, farm);
    const range = { batchId: batch.id, firstSeq: 1, lastSeq: 2 };
    await activateLabels(kit.ctx, tenant.as.clerk, { lotId: lot.id, labels: range });
    expect(
      (await refusalOf(voidLabels(kit.ctx, tenant.as.clerk, { labels: range, reason: 'damaged' }))).code,
    ).toBe('FORBIDDEN');
    const voided = await voidLabels(kit.ctx, tenant.as.owner, {
      labels: { batchId: batch.id, firstSeq: 2, lastSeq: 3 },
      reason: 'misprint',
      note: ' mực nhoè ',
    });
    expect(voided.events).toMatchObject([
      { kind: 'voided', firstSeq: 2, lastSeq: 3, reason: 'misprint', note: 'mực nhoè' },
    ]);
    const again = await refusalOf(voidLabels(kit.ctx, tenant.as.owner, { labels: range, reason: 'lost' }));
    expect([again.code, again.params.seq, again.params.count]).toEqual(['LABEL_VOIDED', 2, 1]);
    const activate = await refusalOf(
      activateLabels(kit.ctx, tenant.as.clerk, {
        lotId: lot.id,
        labels: { batchId: batch.id, firstSeq: 3, lastSeq: 4 },
      }),
    );
    expect(activate.code).toBe('LABEL_VOIDED');
    expect(await statesOf(batch.id)).toEqual(['1:activated@lot', '2:voided@lot', '3:voided', '4:generated']);
  });

  it('never lets another tenant, nor a viewer, change a tenant’s labels', async () => {
    const batch = await insertLabelBatch(kit.ctx, tenant, { quantity: 2 });
    const theirLot = await newLot(kit.ctx, other, otherFarm);
    const myLot = await newLot(kit.ctx, tenant, farm);
    const range = { batchId: batch.id, firstSeq: 1, lastSeq: 2 };
    const byRange = await refusalOf(
      activateLabels(kit.ctx, other.as.owner, { lotId: theirLot.id, labels: range }),
    );
    const bySerial = await refusalOf(
      activateLabels(kit.ctx, other.as.owner, { lotId: theirLot.id, labels: { serials: batch.serials } }),
    );
    const onMyLot = await refusalOf(
      activateLabels(kit.ctx, other.as.owner, { lotId: myLot.id, labels: range }),
    );
    const voiding = await refusalOf(voidLabels(kit.ctx, other.as.owner, { labels: range, reason: 'other' }));
    const viewer = await refusalOf(
      activateLabels(kit.ctx, tenant.as.viewer, { lotId: myLot.id, labels: range }),
    );
    expect([byRange.code, bySerial.code, onMyLot.code, voiding.code, viewer.code]).toEqual([
      'NOT_FOUND',
      'LABEL_NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'FORBIDDEN',
    ]);
    expect(await statesOf(batch.id)).toEqual(['1:generated', '2:generated']);
  });
});
