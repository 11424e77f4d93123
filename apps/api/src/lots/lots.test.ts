import { testDrivers } from '@nguon/db/testing';
import { compileFormModel, newFormField, parseFormSchema } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileFixture } from '../testing/file-fixtures';
import { PASSWORD } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { createFarmFixture, farmDefinition } from '../testing/lot-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const drivers = await testDrivers();

describe.each(drivers)('lots and stage records on %s', (driver) => {
  let kit: LotKit;
  let t: LotKit['t'];
  let a: LotKit['a'];
  let b: LotKit['b'];
  let farm: LotKit['farm'];
  let farmB: LotKit['farmB'];
  let clerk: LotKit['clerk'];

  beforeAll(async () => {
    kit = await startLotKit(driver);
    ({ t, a, b, farm, farmB, clerk } = kit);
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { recordCount, newLot, record, plant } = lotHelpers(() => kit);

  describe('lots', () => {
    it('makes codes from the product pattern, takes typed codes and refuses a taken one', async () => {
      const year = String(new Date().getUTCFullYear() % 100).padStart(2, '0');
      const first = await newLot();
      const second = await newLot();
      expect(first.code).toMatch(new RegExp(`^R${year}-\\d{4}$`));
      expect(Number(second.code.slice(-4))).toBe(Number(first.code.slice(-4)) + 1);
      expect(first).toMatchObject({
        status: 'in_progress',
        quantity: 1000,
        remaining: 1000,
        unit: 'kg',
        processVersion: 1,
      });
      const typed = await newLot(clerk, { code: 'TAY-BAC.01' });
      expect(typed.code).toBe('TAY-BAC.01');
      const taken = await clerk.request('POST', '/api/v1/lots', {
        body: { productId: farm.productId, quantity: 1, unit: 'kg', code: 'tay-bac.01' },
      });
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({ code: 'LOT_CODE_TAKEN', path: '/code' });
    });

    it.each([
      ['an unknown unit', { unit: 'bushel' }, 400, 'UNKNOWN_UNIT'],
      ['a bad code', { code: 'Lô 1' }, 400, 'VALIDATION_FAILED'],
      ['a zero quantity', { quantity: 0 }, 400, 'VALIDATION_FAILED'],
    ])('refuses %s', async (_name, body, status, code) => {
      const before = await t.platform.ctx.db.selectFrom('lots').select('id').execute();
      const response = await clerk.request('POST', '/api/v1/lots', {
        body: { productId: farm.productId, quantity: 5, unit: 'kg', ...body },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      expect(response.body.code).toBe(code);
      expect(await t.platform.ctx.db.selectFrom('lots').select('id').execute()).toHaveLength(before.length);
    });

    it("refuses another tenant's product as not found, and a product without a process", async () => {
      const foreign = await clerk.request('POST', '/api/v1/lots', {
        body: { productId: farmB.productId, quantity: 5, unit: 'kg' },
      });
      expect(foreign.status).toBe(404);
      const owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, 'vi');
      const product = await owner.request('POST', '/api/v1/products', {
        body: { name: { vi: 'Chè', en: 'Tea' }, sku: 'CHE-1', productType: 'tea' },
      });
      const response = await owner.request('POST', '/api/v1/lots', {
        body: { productId: product.body.id, quantity: 5, unit: 'kg' },
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'PRODUCT_HAS_NO_PROCESS', path: '/productId' });
      expect(response.body.detail).toContain('Sản phẩm Chè chưa gắn quy trình');
    });

    it('refuses a bad lot code pattern on the product', async () => {
      const owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, 'en');
      const product = await owner.request('GET', `/api/v1/products/${farm.productId}`);
      const response = await owner.request('PATCH', `/api/v1/products/${farm.productId}`, {
        body: { revision: product.body.revision, lotCodePattern: 'LOT-{n}' },
      });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'LOT_CODE_PATTERN_INVALID', path: '/lotCodePattern' });
    });
  });

  describe('stage availability and records', () => {
    it('offers the start stage, then the parallel branches, then the join', async () => {
      const lot = await newLot();
      const stagesOf = async () =>
        (await clerk.request('GET', `/api/v1/lots/${lot.id}`)).body.stages
          .filter((s: { state: string }) => s.state === 'available')
          .map((s: { stageId: string }) => s.stageId);
      expect(await stagesOf()).toEqual(['plant']);
      expect((await plant(lot.id)).status).toBe(201);
      expect(await stagesOf()).toEqual(['fertilise', 'irrigate']);
      expect((await record(lot.id, 'fertilise', { amount: 12.5 })).status).toBe(201);
      expect((await record(lot.id, 'fertilise', { amount: 3 })).status).toBe(201);
      expect(await stagesOf()).toEqual(['fertilise', 'irrigate']);
      expect((await record(lot.id, 'irrigate', {})).status).toBe(201);
      expect(await stagesOf()).toEqual(['fertilise', 'harvest']);
    });

    it('counts on the work list the open lots waiting at each stage, whatever the filters', async () => {
      const waiting = async (query = '') => {
        const list = await clerk.request('GET', `/api/v1/work-list${query}`);
        return new Map<string, number>(
          list.body.stages.map((s: { key: string; lotCount: number }) => [s.key, s.lotCount]),
        );
      };
      const before = await waiting();
      const lot = await newLot();
      const added = await waiting('?stageKey=harvest&pageSize=1');
      expect(added.get('plant')).toBe((before.get('plant') ?? 0) + 1);
      expect((await plant(lot.id)).status).toBe(201);
      const after = await waiting();
      expect(after.get('plant') ?? 0).toBe(before.get('plant') ?? 0);
      expect(after.get('fertilise')).toBe((before.get('fertilise') ?? 0) + 1);
      expect(after.get('irrigate')).toBe((before.get('irrigate') ?? 0) + 1);
    });

    it('refuses a stage that is not available yet, or recorded and not repeatable, in vi and en, storing nothing', async () => {
      const lot = await newLot();
      const before = await recordCount();
      const early = await record(lot.id, 'harvest', { weight: 10 });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('STAGE_NOT_AVAILABLE');
      expect(early.body.detail).toContain('waits for');
      expect(early.body.detail).toMatch(/^Stage Stage harvest cannot be recorded/);
      const vi = await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD, 'vi');
      const earlyVi = await record(lot.id, 'harvest', { weight: 10 }, {}, vi);
      expect(earlyVi.body.detail).toContain('còn chờ công đoạn');
      expect(earlyVi.body.detail).toMatch(/^Lô \S+ chưa thể ghi công đoạn Công đoạn harvest/);
      expect(await recordCount()).toBe(before);
      await plant(lot.id);
      const again = await plant(lot.id);
      expect(again.status).toBe(409);
      expect(again.body.detail).toContain('does not repeat');
    });

    it('records a non-repeatable stage once when two clerks send it at the same time', async () => {
      const lot = await newLot();
      const owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD);
      // Each may be the one refused while the other stores its record.
      const send = (agent: HttpAgent, label: string) =>
        agent.request('POST', `/api/v1/lots/${lot.id}/records`, {
          body: { stageId: 'plant', data: { plot: { id: farm.plotItemId, label } } },
          storesOnRefusal: 'the other of two racing requests stores',
        });
      const sent = await Promise.all([send(clerk, 'A-01 · Đồng Bãi'), send(owner, 'A')]);
      expect(sent.map((r) => r.status).sort()).toEqual([201, 409]);
      expect((await clerk.request('GET', `/api/v1/lots/${lot.id}`)).body.records).toHaveLength(1);
    });

    it('validates the data by the stage form, with field paths in the caller language', async () => {
      const lot = await newLot();
      await plant(lot.id);
      const before = await recordCount();
      const en = await record(lot.id, 'fertilise', { amount: -1 });
      expect(en.status).toBe(422);
      expect(en.body).toMatchObject({ code: 'RECORD_INVALID', path: '/data/amount' });
      const vi = await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD, 'vi');
      const missing = await record(lot.id, 'fertilise', {}, {}, vi);
      expect(missing.body.errors[0]).toMatchObject({ path: '/data/amount' });
      expect(missing.body.detail).toMatch(/Dữ liệu nhập chưa đúng/);
      expect(await recordCount()).toBe(before);
    });

    it("refuses references to another tenant's catalog items and files", async () => {
      const lot = await newLot();
      const foreignItem = await record(lot.id, 'plant', { plot: { id: farmB.plotItemId, label: 'x' } });
      expect(foreignItem.status).toBe(422);
      expect(foreignItem.body).toMatchObject({ code: 'RECORD_INVALID', path: '/data/plot' });
      await plant(lot.id);
      const foreignPhoto = await createFileFixture(t.platform.ctx, b);
      const ownPhoto = await createFileFixture(t.platform.ctx, a);
      const bad = await record(lot.id, 'fertilise', { amount: 1, photos: [ownPhoto.id, foreignPhoto.id] });
      expect(bad.body).toMatchObject({ code: 'RECORD_INVALID', path: '/data/photos/1' });
      const good = await record(lot.id, 'fertilise', { amount: 1, photos: [ownPhoto.id] });
      expect(good.status).toBe(201);
      expect(good.body.data.photos).toEqual([ownPhoto.id]);
    });

    it('defaults the event time to now, accepts the past and refuses the future', async () => {
      const lot = await newLot();
      const future = new Date(Date.now() + 3600_000).toISOString();
      const refused = await record(
        lot.id,
        'plant',
        { plot: { id: farm.plotItemId, label: 'A' } },
        { eventTime: future },
      );
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'EVENT_TIME_IN_FUTURE', path: '/eventTime' });
      const past = '2025-03-07T01:30:00.000Z';
      const planted = await record(
        lot.id,
        'plant',
        { plot: { id: farm.plotItemId, label: 'A' } },
        { eventTime: past, location: { lat: 21.03, lon: 105.85, accuracy: 8 } },
      );
      expect(planted.status).toBe(201);
      expect(planted.body).toMatchObject({
        eventTime: past,
        location: { lat: 21.03, lon: 105.85, accuracy: 8 },
        seq: 1,
      });
      expect(planted.body.recordedBy).toEqual({ id: a.people.clerk.id, name: expect.any(String) });
      const now = await record(lot.id, 'irrigate', {});
      expect(Math.abs(Date.parse(now.body.eventTime) - Date.now())).toBeLessThan(60_000);
    });

    it('refuses a string PostgreSQL cannot store', async () => {
      const lot = await newLot();
      const response = await record(lot.id, 'plant', { plot: { id: farm.plotItemId, label: 'A\u0000' } });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', path: '/data/plot/label' });
    });

    it("hides another tenant's lot", async () => {
      const lot = await newLot();
      const other = await signedInAgent(t.baseUrl, b.people.owner.login, PASSWORD);
      expect((await other.request('GET', `/api/v1/lots/${lot.id}`)).status).toBe(404);
      expect((await record(lot.id, 'plant', {}, {}, other)).status).toBe(404);
      const list = await other.request('GET', '/api/v1/work-list');
      expect(list.body.items.map((item: { lot: { id: string } }) => item.lot.id)).not.toContain(lot.id);
    });
  });

  describe('process versions', () => {
    it("keeps records of version 1 with version 1's form after version 2 is published", async () => {
      const own = await createFarmFixture(t.platform.ctx, a);
      const old = await newLot(clerk, { productId: own.productId });
      expect((await record(old.id, 'plant', { plot: { id: own.plotItemId, label: 'A-01' } })).status).toBe(
        201,
      );
      const v2 = farmDefinition(own.catalogId);
      const plantV2 = v2.stages[0]!;
      const seed = {
        ...newFormField('text', 'seed_batch', { vi: 'Lô giống', en: 'Seed batch' }),
        required: true,
      };
      const v1Fields = parseFormSchema(plantV2.form.schema, plantV2.form.uiSchema, { compile: false });
      if (!v1Fields.ok) throw new Error('fixture form does not parse');
      plantV2.form = compileFormModel({ fields: [...v1Fields.model.fields, seed], rules: [] });
      await own.publish(v2);

      const fresh = await newLot(clerk, { productId: own.productId });
      expect([old.processVersion, fresh.processVersion]).toEqual([1, 2]);
      const withoutSeed = await record(fresh.id, 'plant', { plot: { id: own.plotItemId, label: 'A-01' } });
      expect(withoutSeed.body).toMatchObject({ code: 'RECORD_INVALID', path: '/data/seed_batch' });
      const irrigated = await record(old.id, 'irrigate', { note: 'v1' });
      expect(irrigated.status).toBe(201);
      expect(irrigated.body.processVersion).toBe(1);

      const detail = (await clerk.request('GET', `/api/v1/lots/${old.id}`)).body;
      const plantForm = detail.forms.find((f: { stageId: string }) => f.stageId === 'plant');
      expect(Object.keys(plantForm.schema.properties)).not.toContain('seed_batch');
      expect(detail.records.map((r: { processVersion: number }) => r.processVersion)).toEqual([1, 1]);
      const entry = (await clerk.request('GET', `/api/v1/lots/${fresh.id}/stages/plant`)).body;
      expect(Object.keys(entry.form.schema.properties)).toContain('seed_batch');
    });
  });
});
