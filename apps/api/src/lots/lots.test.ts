import { testDrivers } from '@nguon/db/testing';
import { compileFormModel, newFormField, parseFormSchema } from '@nguon/forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileFixture } from '../testing/file-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { createFarmFixture, type FarmFixture, farmDefinition } from '../testing/lot-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('lots and records on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;
  let farm: FarmFixture;
  let farmB: FarmFixture;
  let clerk: HttpAgent;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    b = await createTenantFixture(t.platform.ctx, 'B');
    farm = await createFarmFixture(t.platform.ctx, a);
    farmB = await createFarmFixture(t.platform.ctx, b);
    clerk = await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD, 'en');
  });
  afterAll(async () => {
    await t?.close();
  });

  const recordCount = async () =>
    Number(
      (
        await t.platform.ctx.db
          .selectFrom('lot_records')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const newLot = async (agent = clerk, body: Record<string, unknown> = {}) => {
    const response = await agent.request('POST', '/api/v1/lots', {
      body: { productId: farm.productId, quantity: 1000, unit: 'kg', ...body },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const record = (
    lotId: string,
    stageId: string,
    data: Record<string, unknown>,
    extra: Record<string, unknown> = {},
    agent = clerk,
  ) => agent.request('POST', `/api/v1/lots/${lotId}/records`, { body: { stageId, data, ...extra } });
  const plant = (lotId: string) =>
    record(lotId, 'plant', { plot: { id: farm.plotItemId, label: 'A-01 · Đồng Bãi' } });
  /** A lot taken through every stage before drying. */
  const harvestedLot = async (quantity = 1000) => {
    const lot = await newLot(clerk, { quantity });
    for (const [stageId, data] of [
      ['plant', { plot: { id: farm.plotItemId, label: 'A-01' } }],
      ['fertilise', { amount: 20 }],
      ['irrigate', {}],
      ['harvest', { weight: quantity }],
    ] as const) {
      const response = await record(lot.id, stageId, data);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    return lot;
  };

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

    it('refuses a stage that is not available yet, or recorded and not repeatable, in vi and en, storing nothing', async () => {
      const lot = await newLot();
      const before = await recordCount();
      const early = await record(lot.id, 'harvest', { weight: 10 });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('STAGE_NOT_AVAILABLE');
      expect(early.body.detail).toContain('waits for');
      const vi = await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD, 'vi');
      const earlyVi = await record(lot.id, 'harvest', { weight: 10 }, {}, vi);
      expect(earlyVi.body.detail).toContain('còn chờ công đoạn');
      expect(await recordCount()).toBe(before);
      await plant(lot.id);
      const again = await plant(lot.id);
      expect(again.status).toBe(409);
      expect(again.body.detail).toContain('does not repeat');
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

  describe('transformations', () => {
    const transform = (body: Record<string, unknown>, agent = clerk) =>
      agent.request('POST', '/api/v1/transformations', {
        body: { stageId: 'dry', data: { temperature: 45 }, ...body },
      });

    it('merges two harvest lots into one batch with genealogy both ways', async () => {
      const one = await harvestedLot(600);
      const two = await harvestedLot(400);
      const merged = await transform({
        inputs: [
          { lotId: one.id, quantity: 600, unit: 'kg' },
          { lotId: two.id, quantity: 0.2, unit: 't' },
        ],
        outputs: [{ quantity: 560, unit: 'kg' }],
      });
      expect(merged.status, JSON.stringify(merged.body)).toBe(201);
      expect(merged.body).toMatchObject({ yieldPercent: 70, yieldFlag: null });
      const batch = merged.body.outputs[0].lot;
      expect(batch).toMatchObject({
        quantity: 560,
        remaining: 560,
        madeAtStageId: 'dry',
        status: 'in_progress',
      });
      const batchView = (await clerk.request('GET', `/api/v1/lots/${batch.id}`)).body;
      expect(
        batchView.parents
          .map((p: { lot: { id: string }; quantity: number }) => [p.lot.id, p.quantity])
          .sort(),
      ).toEqual(
        [
          [one.id, 600],
          [two.id, 200],
        ].sort(),
      );
      expect(
        batchView.stages
          .filter((s: { state: string }) => s.state === 'available')
          .map((s: { stageId: string }) => s.stageId),
      ).toEqual(['pack']);
      const oneView = (await clerk.request('GET', `/api/v1/lots/${one.id}`)).body;
      expect(oneView.lot).toMatchObject({ remaining: 0, status: 'completed' });
      expect(oneView.children.map((c: { lot: { id: string } }) => c.lot.id)).toEqual([batch.id]);
      const twoView = (await clerk.request('GET', `/api/v1/lots/${two.id}`)).body;
      expect(twoView.lot).toMatchObject({ remaining: 200, status: 'in_progress' });
      expect(twoView.records.at(-1).transformation).toMatchObject({
        role: 'input',
        quantity: 200,
        unit: 'kg',
      });
      const work = (await clerk.request('GET', '/api/v1/work-list?stageId=dry')).body;
      expect(work.items.map((item: { lot: { id: string } }) => item.lot.id)).toContain(two.id);
      expect(work.items.map((item: { lot: { id: string } }) => item.lot.id)).not.toContain(one.id);
    });

    it('splits one batch into pack lots and flags a yield outside the range', async () => {
      const lot = await harvestedLot(100);
      const split = await transform({
        inputs: [{ lotId: lot.id, quantity: 100, unit: 'kg' }],
        outputs: [
          { quantity: 30, unit: 'kg', code: 'PACK-A' },
          { quantity: 10, unit: 'kg' },
        ],
      });
      expect(split.status, JSON.stringify(split.body)).toBe(201);
      expect(split.body).toMatchObject({ yieldPercent: 40, yieldFlag: 'below' });
      expect(split.body.outputs.map((o: { lot: { code: string } }) => o.lot.code)[0]).toBe('PACK-A');
    });

    it.each([
      [
        'more than is left',
        (id: string) => ({ inputs: [{ lotId: id, quantity: 1001, unit: 'kg' }] }),
        422,
        'QUANTITY_EXCEEDS_REMAINING',
        '/inputs/0/quantity',
      ],
      [
        'a unit that does not convert',
        (id: string) => ({ inputs: [{ lotId: id, quantity: 5, unit: 'L' }] }),
        422,
        'UNIT_MISMATCH',
        '/inputs/0/unit',
      ],
      [
        'an output unit that does not convert',
        (id: string) => ({
          inputs: [{ lotId: id, quantity: 5, unit: 'kg' }],
          outputs: [{ quantity: 1, unit: '{bag}' }],
        }),
        422,
        'UNIT_MISMATCH',
        '/outputs/0/unit',
      ],
      [
        'the same lot twice',
        (id: string) => ({
          inputs: [
            { lotId: id, quantity: 5, unit: 'kg' },
            { lotId: id, quantity: 5, unit: 'kg' },
          ],
        }),
        422,
        'DUPLICATE_INPUT_LOT',
        '/inputs/1/lotId',
      ],
      [
        'a plain stage',
        (id: string) => ({ stageId: 'pack', inputs: [{ lotId: id, quantity: 5, unit: 'kg' }] }),
        422,
        'NOT_A_TRANSFORMATION_STAGE',
        '/stageId',
      ],
      [
        'bad form data',
        (id: string) => ({ inputs: [{ lotId: id, quantity: 5, unit: 'kg' }], data: { temperature: 'nóng' } }),
        422,
        'RECORD_INVALID',
        '/data/temperature',
      ],
      [
        'a future time',
        (id: string) => ({
          inputs: [{ lotId: id, quantity: 5, unit: 'kg' }],
          eventTime: '2999-01-01T00:00:00Z',
        }),
        422,
        'EVENT_TIME_IN_FUTURE',
        '/eventTime',
      ],
    ])('refuses %s and stores nothing', async (_name, makeBody, status, code, path) => {
      const lot = await harvestedLot(1000);
      const before = await recordCount();
      const lots = (await t.platform.ctx.db.selectFrom('lots').select('id').execute()).length;
      const response = await transform({ outputs: [{ quantity: 1, unit: 'kg' }], ...makeBody(lot.id) });
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      expect(response.body).toMatchObject({ code, path });
      expect(await recordCount()).toBe(before);
      expect((await t.platform.ctx.db.selectFrom('lots').select('id').execute()).length).toBe(lots);
    });

    it('refuses a lot that has not reached the stage, and a lot of another tenant', async () => {
      const early = await newLot();
      const notYet = await transform({
        inputs: [{ lotId: early.id, quantity: 5, unit: 'kg' }],
        outputs: [{ quantity: 1, unit: 'kg' }],
      });
      expect(notYet.status).toBe(409);
      expect(notYet.body).toMatchObject({ code: 'STAGE_NOT_AVAILABLE', path: '/inputs/0/lotId' });
      const other = await signedInAgent(t.baseUrl, b.people.owner.login, PASSWORD);
      const lot = await harvestedLot(10);
      const foreign = await transform(
        { inputs: [{ lotId: lot.id, quantity: 5, unit: 'kg' }], outputs: [{ quantity: 1, unit: 'kg' }] },
        other,
      );
      expect(foreign.status).toBe(404);
      expect(foreign.body.path).toBe('/inputs/0/lotId');
    });

    it('refuses to correct a transformation record', async () => {
      const lot = await harvestedLot(10);
      const done = await transform({
        inputs: [{ lotId: lot.id, quantity: 5, unit: 'kg' }],
        outputs: [{ quantity: 4, unit: 'kg' }],
      });
      const detail = (await clerk.request('GET', `/api/v1/lots/${lot.id}`)).body;
      const last = detail.records.at(-1);
      expect(last.transformation.id).toBe(done.body.id);
      const response = await clerk.request('POST', `/api/v1/lots/${lot.id}/records/${last.id}/corrections`, {
        body: { data: { temperature: 40 }, reason: 'x' },
      });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('RECORD_NOT_CORRECTABLE');
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
      expect((await clerk.request('GET', entry.form.validatorUrl)).status).toBe(200);
    });
  });
});
