import { expect } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from './fixtures';
import { type HttpAgent, signedInAgent } from './http-agent';
import { createFarmFixture, type FarmFixture } from './lot-fixtures';
import { startTestPlatform, type TestPlatform } from './test-platform';

/** Two tenants with a farm process each and tenant A's clerk signed in (English), for the lot suites. */
export interface LotKit {
  t: TestPlatform;
  a: TenantFixture;
  b: TenantFixture;
  farm: FarmFixture;
  farmB: FarmFixture;
  clerk: HttpAgent;
}

export async function startLotKit(driver: 'pglite' | 'postgres'): Promise<LotKit> {
  const t = await startTestPlatform(driver);
  const a = await createTenantFixture(t.platform.ctx, 'A');
  const b = await createTenantFixture(t.platform.ctx, 'B');
  return {
    t,
    a,
    b,
    farm: await createFarmFixture(t.platform.ctx, a),
    farmB: await createFarmFixture(t.platform.ctx, b),
    clerk: await signedInAgent(t.baseUrl, a.people.clerk.login, PASSWORD, 'en'),
  };
}

/** Calls the suites make again and again, through the HTTP API as tenant A's clerk by default. */
export function lotHelpers(kit: () => LotKit) {
  const recordCount = async () =>
    Number(
      (
        await kit()
          .t.platform.ctx.db.selectFrom('lot_records')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const newLot = async (agent?: HttpAgent, body: Record<string, unknown> = {}) => {
    const response = await (agent ?? kit().clerk).request('POST', '/api/v1/lots', {
      body: { productId: kit().farm.productId, quantity: 1000, unit: 'kg', ...body },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const record = (
    lotId: string,
    stageId: string,
    data: Record<string, unknown>,
    extra: Record<string, unknown> = {},
    agent?: HttpAgent,
  ) =>
    (agent ?? kit().clerk).request('POST', `/api/v1/lots/${lotId}/records`, {
      body: { stageId, data, ...extra },
    });
  const plant = (lotId: string) =>
    record(lotId, 'plant', { plot: { id: kit().farm.plotItemId, label: 'A-01 · Đồng Bãi' } });
  /** A lot taken through every stage before drying. */
  const harvestedLot = async (quantity = 1000) => {
    const lot = await newLot(undefined, { quantity });
    for (const [stageId, data] of [
      ['plant', { plot: { id: kit().farm.plotItemId, label: 'A-01' } }],
      ['fertilise', { amount: 20 }],
      ['irrigate', {}],
      ['harvest', { weight: quantity }],
    ] as const) {
      const response = await record(lot.id, stageId, data);
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    return lot;
  };
  return { recordCount, newLot, record, plant, harvestedLot };
}
