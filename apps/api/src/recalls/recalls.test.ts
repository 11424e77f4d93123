import { randomUUID } from 'node:crypto';
import { replacePlatformRoles } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import {
  createFarmFixture,
  createLotFixture,
  type FarmFixture,
  recordFixture,
} from '../testing/lot-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const notice = {
  reason: { vi: 'Phát hiện dư lượng thuốc trừ sâu', en: 'Pesticide residue found' },
  instructions: { vi: 'Ngừng sử dụng', en: 'Stop using it' },
  contact: '0912 345 678',
};

describe.each(await testDrivers())('recalls API on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;
  let farm: FarmFixture;
  let farmB: FarmFixture;
  let owner: HttpAgent;
  let clerk: HttpAgent;
  let viewer: HttpAgent;
  let inspector: HttpAgent;
  let farInspector: HttpAgent;

  const call = async (agent: HttpAgent, method: string, path: string, body?: unknown) => {
    const response = await agent.request(method, path, { body });
    return { status: response.status, body: response.body, code: response.body?.code };
  };
  const ok = async (response: Promise<{ status: number; body: unknown }>, status: number) => {
    const done = await response;
    expect(done.status, JSON.stringify(done.body)).toBe(status);
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
    return done.body as any;
  };
  /** A lot of the tenant waiting at the dry transformation. */
  const harvested = async (tenant = a, tenantFarm = farm) => {
    const lot = await createLotFixture(t.platform.ctx, tenant, tenantFarm);
    const plot = { id: tenantFarm.plotItemId, label: 'A-01' };
    await recordFixture(t.platform.ctx, tenant, lot.id, 'plant', { plot });
    await recordFixture(t.platform.ctx, tenant, lot.id, 'fertilise', { amount: 5 });
    await recordFixture(t.platform.ctx, tenant, lot.id, 'irrigate', {});
    await recordFixture(t.platform.ctx, tenant, lot.id, 'harvest', { weight: 900 });
    return lot;
  };
  const draftOf = (lotIds: string[], drill = false) =>
    ok(
      call(owner, 'POST', '/api/v1/recalls', {
        source: { kind: 'lots', lotIds },
        notice,
        severity: 'high',
        drill,
      }),
      201,
    );
  const inspectorIn = async (province: string) => {
    const person = await createPerson(t.platform.ctx, `inspector.${randomUUID().slice(0, 6)}@so-khcn.test`);
    await replacePlatformRoles(t.platform.ctx.db, person.id, ['inspector'], [province]);
    return signedInAgent(t.baseUrl, person.email ?? '', PASSWORD);
  };

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    b = await createTenantFixture(t.platform.ctx, 'B');
    farm = await createFarmFixture(t.platform.ctx, a);
    farmB = await createFarmFixture(t.platform.ctx, b);
    owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD);
    clerk = await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD);
    viewer = await signedInAgent(t.baseUrl, a.people.viewer.login, PASSWORD);
    inspector = await inspectorIn('thai-nguyen');
    farInspector = await inspectorIn('ha-noi');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('a clerk cannot publish, the owner can: the lot is recalled, the inspector of the province sees it', async () => {
    const lot = await harvested();
    const draft = await draftOf([lot.id]);
    expect((await call(inspector, 'GET', `/api/v1/inspection/recalls/${draft.recall.id}`)).status).toBe(404);
    const refused = await call(clerk, 'POST', `/api/v1/recalls/${draft.recall.id}/publish`);
    expect([refused.status, refused.code]).toEqual([403, 'FORBIDDEN']);
    const published = await ok(call(owner, 'POST', `/api/v1/recalls/${draft.recall.id}/publish`), 200);
    expect(published.recall.status).toBe('published');
    expect(published.events.map((e: { summary: string }) => e.summary)).toEqual([
      'Draft made: 1 lot, 0 labels.',
      "Published: 1 lot and 0 labels recalled; each label's trace page shows the warning.",
    ]);
    expect((await ok(call(viewer, 'GET', `/api/v1/lots/${lot.id}`), 200)).lot.status).toBe('recalled');
    const seen = await ok(call(inspector, 'GET', `/api/v1/inspection/recalls/${draft.recall.id}`), 200);
    expect([seen.tenant.id, seen.detail.scope.lots.length]).toEqual([a.id, 1]);
    const listed = await ok(call(inspector, 'GET', '/api/v1/inspection/recalls'), 200);
    expect(listed.items.map((item: { recall: { id: string } }) => item.recall.id)).toContain(draft.recall.id);
    // an inspector reads, never changes; another province's inspector learns nothing
    expect(
      (await call(inspector, 'POST', `/api/v1/recalls/${draft.recall.id}/cancel`)).status,
    ).toBeGreaterThanOrEqual(403);
    expect((await call(farInspector, 'GET', `/api/v1/inspection/recalls/${draft.recall.id}`)).status).toBe(
      404,
    );
    expect((await ok(call(farInspector, 'GET', '/api/v1/inspection/recalls'), 200)).items).toEqual([]);
  });

  it('a lot made later from a recalled lot joins the recall, recalled too', async () => {
    const seed = await harvested();
    const draft = await draftOf([seed.id]);
    await ok(call(owner, 'POST', `/api/v1/recalls/${draft.recall.id}/publish`), 200);
    const made = await ok(
      call(clerk, 'POST', '/api/v1/transformations', {
        stageId: 'dry',
        inputs: [{ lotId: seed.id, quantity: 500, unit: 'kg' }],
        outputs: [{ quantity: 300, unit: 'kg' }],
        data: {},
      }),
      201,
    );
    const output = made.outputs[0].lot;
    expect(output.status).toBe('recalled');
    const detail = await ok(call(viewer, 'GET', `/api/v1/recalls/${draft.recall.id}`), 200);
    expect(
      detail.scope.lots.map((lot: { lot: { id: string }; joinedLater: boolean }) => [
        lot.lot.id,
        lot.joinedLater,
      ]),
    ).toEqual([
      [seed.id, false],
      [output.id, true],
    ]);
    expect(detail.events.at(-1)).toMatchObject({ kind: 'lot_joined', by: null });
    expect(detail.events.at(-1).summary).toContain(output.code);
  });

  it('closes with the outcome, keeps a cancelled draft, and deletes nothing', async () => {
    const lot = await harvested();
    const draft = await draftOf([lot.id]);
    await ok(call(owner, 'POST', `/api/v1/recalls/${draft.recall.id}/publish`), 200);
    const outcome = {
      outcomes: [{ productId: farm.productId, recovered: 400, destroyed: 100, unit: 'kg' }],
      note: '',
    };
    const closed = await ok(call(owner, 'POST', `/api/v1/recalls/${draft.recall.id}/close`, outcome), 200);
    expect([closed.recall.status, closed.outcome]).toEqual(['closed', outcome]);
    // a close retried with its Idempotency-Key (the answer was lost on a weak signal) gets the same answer
    const key = { 'idempotency-key': `close-${draft.recall.id}` };
    const path = `/api/v1/recalls/${draft.recall.id}/close`;
    const retried = await owner.request('POST', path, { body: outcome, headers: key });
    expect(retried.status).toBe(409);
    const other = await draftOf([(await harvested()).id]);
    await ok(call(owner, 'POST', `/api/v1/recalls/${other.recall.id}/publish`), 200);
    const otherKey = { 'idempotency-key': `close-${other.recall.id}` };
    const otherPath = `/api/v1/recalls/${other.recall.id}/close`;
    const once = await owner.request('POST', otherPath, { body: outcome, headers: otherKey });
    const twice = await owner.request('POST', otherPath, { body: outcome, headers: otherKey });
    expect([once.status, twice.status, twice.body.recall.closedAt]).toEqual([
      200,
      200,
      once.body.recall.closedAt,
    ]);
    const dropped = await draftOf([(await harvested()).id]);
    await ok(call(owner, 'POST', `/api/v1/recalls/${dropped.recall.id}/cancel`), 200);
    const all = await ok(call(clerk, 'GET', '/api/v1/recalls'), 200);
    const byId = new Map(all.items.map((item: { id: string; status: string }) => [item.id, item.status]));
    expect([byId.get(draft.recall.id), byId.get(dropped.recall.id)]).toEqual(['closed', 'cancelled']);
    const history = await ok(call(viewer, 'GET', `/api/v1/recalls/${dropped.recall.id}`), 200);
    expect(history.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'cancelled']);
    expect(history.scope.lots).toHaveLength(1);
  });

  it('a retried start with the same Idempotency-Key makes one recall; a Vietnamese caller reads Vietnamese', async () => {
    const lot = await harvested();
    const body = { source: { kind: 'lots', lotIds: [lot.id] }, notice, severity: 'low', drill: false };
    const headers = { 'idempotency-key': `recall-${lot.id}` };
    const first = await owner.request('POST', '/api/v1/recalls', { body, headers });
    const again = await owner.request('POST', '/api/v1/recalls', { body, headers });
    expect([first.status, again.status, again.body.recall.id]).toEqual([201, 201, first.body.recall.id]);
    const vi = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, 'vi');
    await ok(call(vi, 'POST', `/api/v1/recalls/${first.body.recall.id}/cancel`), 200);
    const refused = await call(vi, 'POST', `/api/v1/recalls/${first.body.recall.id}/publish`);
    expect([refused.status, refused.body.detail ?? refused.body.title]).toEqual([
      409,
      expect.stringContaining('Đợt triệu hồi này đã huỷ'),
    ]);
    const history = await ok(call(vi, 'GET', `/api/v1/recalls/${first.body.recall.id}`), 200);
    expect(history.events.map((e: { summary: string }) => e.summary)).toEqual([
      'Lập bản nháp: 1 lô, 0 tem.',
      'Huỷ bản nháp; đợt triệu hồi vẫn được lưu.',
    ]);
  });

  it('answers bad input with a coded 4xx and changes nothing', async () => {
    // (every refusal here is checked by the platform's guard to have stored nothing)
    const lot = await harvested();
    const foreign = await harvested(b, farmB);
    const drill = await draftOf([lot.id], true);
    const published = await draftOf([lot.id]);
    await ok(call(owner, 'POST', `/api/v1/recalls/${published.recall.id}/publish`), 200);
    const draft = await draftOf([(await harvested()).id]);
    const cases: [string, string, unknown, number, string][] = [
      [
        'POST',
        '/api/v1/recalls',
        { source: { kind: 'lots', lotIds: [] }, notice, severity: 'high', drill: false },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'POST',
        '/api/v1/recalls',
        { source: { kind: 'lots', lotIds: [foreign.id] }, notice, severity: 'high', drill: false },
        422,
        'RECALL_LOT_UNKNOWN',
      ],
      ['POST', `/api/v1/recalls/${published.recall.id}/publish`, undefined, 409, 'RECALL_NOT_DRAFT'],
      [
        'POST',
        `/api/v1/recalls/${draft.recall.id}/close`,
        { outcomes: [], note: '' },
        409,
        'RECALL_NOT_PUBLISHED',
      ],
      ['POST', `/api/v1/recalls/${drill.recall.id}/publish`, undefined, 409, 'RECALL_DRILL_NOT_PUBLISHABLE'],
      ['PUT', `/api/v1/recalls/${published.recall.id}`, { notice, severity: 'low' }, 409, 'RECALL_NOT_DRAFT'],
    ];
    for (const [method, path, body, status, code] of cases) {
      const refused = await call(owner, method, path, body);
      expect([path, refused.status, refused.code]).toEqual([path, status, code]);
      expect(refused.body.detail ?? refused.body.title).toEqual(expect.any(String));
    }
    const ownerB = await signedInAgent(t.baseUrl, b.people.owner.login, PASSWORD);
    expect((await call(ownerB, 'GET', `/api/v1/recalls/${published.recall.id}`)).status).toBe(404);
    expect((await call(ownerB, 'POST', `/api/v1/recalls/${draft.recall.id}/publish`)).status).toBe(404);
  });
});
