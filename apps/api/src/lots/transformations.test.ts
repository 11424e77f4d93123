import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../testing/fixtures';
import { signedInAgent } from '../testing/http-agent';
import { createFarmFixture, farmDefinition } from '../testing/lot-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const drivers = await testDrivers();

describe.each(drivers)('transformations on %s', (driver) => {
  let kit: LotKit;
  let t: LotKit['t'];
  let b: LotKit['b'];
  let clerk: LotKit['clerk'];

  beforeAll(async () => {
    kit = await startLotKit(driver);
    ({ t, b, clerk } = kit);
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  const { recordCount, newLot, record, harvestedLot } = lotHelpers(() => kit);

  const transform = (body: Record<string, unknown>, agent = clerk) =>
    agent.request('POST', '/api/v1/transformations', {
      body: { stageId: 'dry', data: { temperature: 45 }, ...body },
    });

  describe('transformations', () => {
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
        yieldPercent: 70,
        yieldFlag: null,
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

  it('lets only one of two clerks take the last of a lot at the same time', async () => {
    const lot = await harvestedLot(100);
    const owner = await signedInAgent(t.baseUrl, kit.a.people.owner.login, PASSWORD);
    const take = (agent: typeof clerk) =>
      agent.request('POST', '/api/v1/transformations', {
        body: {
          stageId: 'dry',
          inputs: [{ lotId: lot.id, quantity: 80, unit: 'kg' }],
          outputs: [{ quantity: 60, unit: 'kg' }],
          data: {},
        },
        // Each may be the one refused while the other stores its transformation.
        storesOnRefusal: 'the other of two racing requests stores',
      });
    const results = await Promise.all([take(clerk), take(owner)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(results.find((r) => r.status === 422)?.body.code).toBe('QUANTITY_EXCEEDS_REMAINING');
    const view = (await clerk.request('GET', `/api/v1/lots/${lot.id}`)).body;
    expect(view.lot.remaining).toBe(20);
  });

  it('makes completed lots when the transformation is the last stage of the process', async () => {
    const own = await createFarmFixture(t.platform.ctx, kit.a);
    const lastIsDrying = farmDefinition(own.catalogId);
    lastIsDrying.stages = lastIsDrying.stages.filter((stage) => stage.id !== 'pack');
    lastIsDrying.edges = lastIsDrying.edges.filter((edge) => edge.target !== 'pack');
    await own.publish(lastIsDrying);
    const lot = await newLot(clerk, { productId: own.productId, quantity: 10 });
    for (const [stageId, data] of [
      ['plant', { plot: { id: own.plotItemId, label: 'A-01' } }],
      ['fertilise', { amount: 1 }],
      ['irrigate', {}],
      ['harvest', { weight: 10 }],
    ] as const) {
      expect((await record(lot.id, stageId, data)).status).toBe(201);
    }
    const dried = await transform({
      inputs: [{ lotId: lot.id, quantity: 10, unit: 'kg' }],
      outputs: [{ quantity: 7, unit: 'kg' }],
    });
    expect(dried.status, JSON.stringify(dried.body)).toBe(201);
    expect(dried.body.outputs[0].lot.status).toBe('completed');
    expect(dried.body.inputs[0].lot.status).toBe('completed');
  });
});
