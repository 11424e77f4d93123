import { testDrivers } from '@nguon/db/testing';
import { labelSerialAlphabet, labelSerialCheckSymbol } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { insertLabelBatchFixture, type LabelBatchFixture } from '../testing/label-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const mistyped = (serial: string) =>
  serial.slice(0, 12) + [...labelSerialAlphabet].find((symbol) => symbol !== serial.at(-1));
const unknownSerial = `ZZZZZZZZZZZZ${labelSerialCheckSymbol('ZZZZZZZZZZZZ')}`;

describe.each(await testDrivers())('label activations, voids and history over HTTP on %s', (driver) => {
  let kit: LotKit;
  let owner: HttpAgent;
  let ownerB: HttpAgent;
  let clerkB: HttpAgent;
  const { newLot } = lotHelpers(() => kit);

  beforeAll(async () => {
    kit = await startLotKit(driver);
    owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD, 'vi');
    ownerB = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD, 'en');
    clerkB = await signedInAgent(kit.t.baseUrl, kit.b.people.clerk.login, PASSWORD, 'en');
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const batchOf = (quantity: number, extra: { productId?: string; state?: string } = {}) =>
    insertLabelBatchFixture(kit.t.platform.ctx, kit.a, { quantity, ...extra });
  const statesOf = async (batch: LabelBatchFixture) =>
    (
      await kit.t.platform.ctx.db
        .selectFrom('labels')
        .select('state')
        .where('batch_id', '=', batch.id)
        .orderBy('seq')
        .execute()
    ).map((row) => row.state);
  const activate = (body: Record<string, unknown>, agent = kit.clerk, headers: Record<string, string> = {}) =>
    agent.request('POST', '/api/v1/label-activations', { body, headers });

  it('activates a roll, shows each label’s story, and lets the owner (not a clerk) void one', async () => {
    const batch = await batchOf(5, { productId: kit.farm.productId });
    const lot = await newLot();
    const done = await activate({ lotId: lot.id, labels: { batchId: batch.id, firstSeq: 1, lastSeq: 4 } });
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body).toMatchObject({ count: 4, events: [{ kind: 'activated', firstSeq: 1, lastSeq: 4 }] });
    const serial = batch.serials[1] ?? '';
    const byClerk = await kit.clerk.request('POST', '/api/v1/label-voids', {
      body: { labels: { serials: [serial] }, reason: 'damaged' },
    });
    expect([byClerk.status, byClerk.body.code]).toEqual([403, 'FORBIDDEN']);
    const voided = await owner.request('POST', '/api/v1/label-voids', {
      body: { labels: { serials: [serial] }, reason: 'damaged', note: 'rách góc' },
    });
    expect(voided.status, JSON.stringify(voided.body)).toBe(201);
    const shown = await kit.clerk.request('GET', `/api/v1/labels/${serial.toLowerCase()}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ serial, state: 'voided', seq: 2, lot: { id: lot.id } });
    expect(shown.body.history.map((entry: { kind: string }) => entry.kind)).toEqual([
      'generated',
      'activated',
      'voided',
    ]);
    expect(await statesOf(batch)).toEqual(['activated', 'voided', 'activated', 'activated', 'generated']);
  });

  it('answers a retried activation with its first answer, once', async () => {
    const batch = await batchOf(3);
    const lot = await newLot();
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const body = { lotId: lot.id, labels: { batchId: batch.id, firstSeq: 1, lastSeq: 3 } };
    const first = await activate(body, kit.clerk, headers);
    const again = await activate(body, kit.clerk, headers);
    expect([first.status, again.status, again.headers.get('idempotent-replayed')]).toEqual([
      201,
      201,
      'true',
    ]);
    expect(again.body).toEqual(first.body);
  });

  it.each([
    [
      'no lot',
      (b: LabelBatchFixture) => ({ lotId: undefined, labels: { batchId: b.id, firstSeq: 1, lastSeq: 1 } }),
      400,
      'VALIDATION_FAILED',
    ],
    ['an empty list', () => ({ labels: { serials: [] } }), 400, 'VALIDATION_FAILED'],
    [
      'a mistyped serial',
      (b: LabelBatchFixture) => ({ labels: { serials: [mistyped(b.serials[0] ?? '')] } }),
      422,
      'LABEL_SERIAL_CHECK_FAILED',
    ],
    ['a malformed serial', () => ({ labels: { serials: ['0O1I'] } }), 422, 'LABEL_SERIAL_MALFORMED'],
    ['an unknown serial', () => ({ labels: { serials: [unknownSerial] } }), 404, 'LABEL_NOT_FOUND'],
    [
      'a reversed range',
      (b: LabelBatchFixture) => ({ labels: { batchId: b.id, firstSeq: 3, lastSeq: 1 } }),
      422,
      'LABEL_RANGE_REVERSED',
    ],
    [
      'a range past the end',
      (b: LabelBatchFixture) => ({ labels: { batchId: b.id, firstSeq: 2, lastSeq: 9 } }),
      422,
      'LABEL_RANGE_OUTSIDE_BATCH',
    ],
  ])('refuses %s, changing nothing', async (_case, bodyOf, status, code) => {
    const batch = await batchOf(3);
    const lot = await newLot();
    const response = await activate({ lotId: lot.id, ...bodyOf(batch) });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.detail).toEqual(expect.any(String));
    expect(await statesOf(batch)).toEqual(['generated', 'generated', 'generated']);
  });

  it('refuses across batches, an unfinished batch, active and voided labels and another product’s lot, in Vietnamese too', async () => {
    const [a, b, running] = [await batchOf(2), await batchOf(2), await batchOf(2, { state: 'running' })];
    const forOther = await insertLabelBatchFixture(kit.t.platform.ctx, kit.a, {
      quantity: 1,
      productId: kit.farmB.productId,
    });
    const lot = await newLot();
    await activate({ lotId: lot.id, labels: { batchId: a.id, firstSeq: 2, lastSeq: 2 } });
    await owner.request('POST', '/api/v1/label-voids', {
      body: { labels: { batchId: b.id, firstSeq: 1, lastSeq: 1 }, reason: 'lost' },
    });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ firstSerial: a.serials[0], lastSerial: b.serials[1] }, 422, 'LABEL_RANGE_CROSSES_BATCHES'],
      [{ batchId: running.id, firstSeq: 1, lastSeq: 2 }, 409, 'LABEL_BATCH_IN_PROGRESS'],
      [{ batchId: a.id, firstSeq: 1, lastSeq: 2 }, 409, 'LABEL_ALREADY_ACTIVE'],
      [{ serials: [b.serials[1], b.serials[0]] }, 409, 'LABEL_VOIDED'],
      [{ batchId: forOther.id, firstSeq: 1, lastSeq: 1 }, 422, 'LABEL_LOT_PRODUCT_DIFFERS'],
    ];
    for (const [labels, status, code] of cases) {
      const response = await activate({ lotId: lot.id, labels }, owner);
      expect([response.status, response.body.code], JSON.stringify(labels)).toEqual([status, code]);
    }
    const vi = await activate({ lotId: lot.id, labels: { batchId: a.id, firstSeq: 1, lastSeq: 2 } }, owner);
    expect(vi.body.detail).toContain('đã được kích hoạt');
    expect([await statesOf(a), await statesOf(b)]).toEqual([
      ['generated', 'activated'],
      ['voided', 'generated'],
    ]);
  });

  it('never lets tenant B read, activate or void tenant A’s labels', async () => {
    const batch = await batchOf(2);
    const lotB = await newLot(clerkB, { productId: kit.farmB.productId });
    const serial = batch.serials[0] ?? '';
    const read = await clerkB.request('GET', `/api/v1/labels/${serial}`);
    const unknown = await clerkB.request('GET', `/api/v1/labels/${unknownSerial}`);
    expect([read.status, read.body.code]).toEqual([unknown.status, unknown.body.code]);
    expect(read.body.code).toBe('LABEL_NOT_FOUND');
    const bySerial = await activate({ lotId: lotB.id, labels: { serials: batch.serials } }, clerkB);
    const byRange = await activate(
      { lotId: lotB.id, labels: { batchId: batch.id, firstSeq: 1, lastSeq: 2 } },
      clerkB,
    );
    const voiding = await ownerB.request('POST', '/api/v1/label-voids', {
      body: { labels: { firstSerial: serial, lastSerial: batch.serials[1] }, reason: 'other' },
    });
    expect([bySerial.status, byRange.status, voiding.status]).toEqual([404, 404, 404]);
    expect(await statesOf(batch)).toEqual(['generated', 'generated']);
  });

  it('activates 50,000 labels of a roll in one request', async () => {
    const batch = await batchOf(50_000);
    const lot = await newLot();
    const started = performance.now();
    const response = await activate({
      lotId: lot.id,
      labels: { batchId: batch.id, firstSeq: 1, lastSeq: 50_000 },
    });
    const ms = Math.round(performance.now() - started);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({ count: 50_000, events: [{ firstSeq: 1, lastSeq: 50_000 }] });
    const active = await kit.t.platform.ctx.db
      .selectFrom('labels')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('batch_id', '=', batch.id)
      .where('state', '=', 'activated')
      .executeTakeFirstOrThrow();
    expect(Number(active.n)).toBe(50_000);
    console.info(`[bench] 50,000-label activation on ${driver}: ${ms} ms`);
  }, 120_000);
});
