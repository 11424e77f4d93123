import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { signedInAgent } from '../testing/http-agent';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const drivers = await testDrivers();

describe.each(drivers)('corrections and idempotent retries on %s', (driver) => {
  let kit: LotKit;
  let t: LotKit['t'];
  let a: LotKit['a'];
  let farm: LotKit['farm'];
  let clerk: LotKit['clerk'];

  beforeAll(async () => {
    kit = await startLotKit(driver);
    ({ t, a, farm, clerk } = kit);
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { recordCount, newLot, record, plant } = lotHelpers(() => kit);

  describe('corrections', () => {
    it('supersedes a record with a reason; both stay in the history', async () => {
      const lot = await newLot();
      await plant(lot.id);
      const first = await record(
        lot.id,
        'fertilise',
        { amount: 20 },
        { eventTime: '2025-03-08T00:00:00.000Z' },
      );
      const corrected = await clerk.request(
        'POST',
        `/api/v1/lots/${lot.id}/records/${first.body.id}/corrections`,
        {
          body: { data: { amount: 2 }, reason: 'Gõ nhầm 20 thay vì 2' },
        },
      );
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
      expect(corrected.body).toMatchObject({
        supersedes: first.body.id,
        reason: 'Gõ nhầm 20 thay vì 2',
        data: { amount: 2 },
        eventTime: '2025-03-08T00:00:00.000Z',
        seq: 3,
      });
      const detail = (await clerk.request('GET', `/api/v1/lots/${lot.id}`)).body;
      expect(detail.records.map((r: { supersededBy: string | null }) => r.supersededBy)).toEqual([
        null,
        corrected.body.id,
        null,
      ]);
      expect(detail.stages.find((s: { stageId: string }) => s.stageId === 'fertilise').timesRecorded).toBe(1);
      const twice = await clerk.request(
        'POST',
        `/api/v1/lots/${lot.id}/records/${first.body.id}/corrections`,
        {
          body: { data: { amount: 3 }, reason: 'again' },
        },
      );
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('RECORD_SUPERSEDED');
      const invalid = await clerk.request(
        'POST',
        `/api/v1/lots/${lot.id}/records/${corrected.body.id}/corrections`,
        {
          body: { data: { amount: 'nhiều' }, reason: 'x' },
        },
      );
      expect(invalid.body.code).toBe('RECORD_INVALID');
    });
  });

  describe('idempotency', () => {
    it('gives one record for the same key sent 100 times, and the same answer each time', async () => {
      const lot = await newLot();
      const before = await recordCount();
      const send = () =>
        clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
          body: { stageId: 'plant', data: { plot: { id: farm.plotItemId, label: 'A-01' } } },
          headers: { 'idempotency-key': `plant-${lot.id}` },
        });
      const concurrent = await Promise.all(Array.from({ length: 20 }, send));
      const sequential = [];
      for (let i = 0; i < 80; i++) sequential.push(await send());
      const all = [...concurrent, ...sequential];
      expect(new Set(all.map((r) => r.status))).toEqual(new Set([201]));
      expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
      expect(all.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(99);
      expect(await recordCount()).toBe(before + 1);
    });

    it('refuses the key with a different body as a conflict, and a malformed key', async () => {
      const lot = await newLot();
      const headers = { 'idempotency-key': crypto.randomUUID() };
      const first = await record(lot.id, 'plant', { plot: { id: farm.plotItemId, label: 'A' } }, {}, clerk);
      expect(first.status).toBe(201);
      const body = (note: string) => ({ stageId: 'irrigate', data: { note } });
      expect(
        (await clerk.request('POST', `/api/v1/lots/${lot.id}/records`, { body: body('a'), headers })).status,
      ).toBe(201);
      const before = await recordCount();
      const reused = await clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
        body: body('b'),
        headers,
      });
      expect(reused.status).toBe(409);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const bad = await clerk.request('POST', `/api/v1/lots/${lot.id}/records`, {
        body: body('c'),
        headers: { 'idempotency-key': 'two words' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
      expect(await recordCount()).toBe(before);
    });

    it('lets a corrected retry reuse the key of a refused request, and keeps keys per person', async () => {
      const headers = { 'idempotency-key': crypto.randomUUID() };
      const refused = await clerk.request('POST', '/api/v1/lots', {
        body: { productId: farm.productId, quantity: 5, unit: 'bushel' },
        headers,
      });
      expect(refused.status).toBe(400);
      const body = { productId: farm.productId, quantity: 5, unit: 'kg' };
      const created = await clerk.request('POST', '/api/v1/lots', { body, headers });
      expect(created.status).toBe(201);
      const owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD);
      const someoneElse = await owner.request('POST', '/api/v1/lots', { body, headers });
      expect(someoneElse.status).toBe(201);
      expect(someoneElse.body.id).not.toBe(created.body.id);
    });
  });
});
