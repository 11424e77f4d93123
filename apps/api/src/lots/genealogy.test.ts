import { randomUUID } from 'node:crypto';
import { replacePlatformRoles } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, PASSWORD } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { insertLabelBatchFixture } from '../testing/label-fixtures';
import { farmDefinition } from '../testing/lot-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';

const drivers = await testDrivers();

type Node = { lot: { id: string; code: string }; depth: number };
type Edge = {
  parentLotId: string;
  childLotId: string;
  quantity: number;
  unit: string;
  proportional: boolean;
};

describe.each(drivers)('the trace explorer on %s', (driver) => {
  let kit: LotKit;
  let clerk: HttpAgent;
  // h1 gives 50 kg to each of two blends (with h2, with h3); blend b1 (150 kg) splits into p1 (50) and p2 (100)
  const lot: Record<'h1' | 'h2' | 'h3' | 'b1' | 'b2' | 'p1' | 'p2', { id: string; code: string }> =
    {} as never;
  const { harvestedLot } = lotHelpers(() => kit);

  const transform = async (stageId: string, inputs: [string, number][], outputs: number[]) => {
    const response = await clerk.request('POST', '/api/v1/transformations', {
      body: {
        stageId,
        // packing names a catalog item (the bags' supplier): it went into the packs, not into the blend
        data:
          stageId === 'dry'
            ? { temperature: 45 }
            : { note: 'đóng gói', bags: { id: kit.farm.plotItemId, label: 'A-01' } },
        inputs: inputs.map(([lotId, quantity]) => ({ lotId, quantity, unit: 'kg' })),
        outputs: outputs.map((quantity) => ({ quantity, unit: 'kg' })),
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.outputs.map((o: { lot: { id: string; code: string } }) => o.lot);
  };
  const codeOf = (id: string) => Object.entries(lot).find(([, l]) => l.id === id)?.[0] ?? id;
  const genealogy = async (lotId: string, query: string, agent = clerk) =>
    agent.request('GET', `/api/v1/lots/${lotId}/genealogy?${query}`);
  const nodesOf = (body: { nodes: Node[] }) => body.nodes.map((n) => `${codeOf(n.lot.id)}:${n.depth}`).sort();
  const edgesOf = (body: { edges: Edge[] }) =>
    body.edges.map((e) => `${codeOf(e.parentLotId)}>${codeOf(e.childLotId)} ${e.quantity} ${e.unit}`).sort();

  beforeAll(async () => {
    kit = await startLotKit(driver);
    clerk = kit.clerk;
    // packing splits a batch into pack lots: a transformation too, so the genealogy is two steps deep
    await kit.farm.publish(farmDefinition(kit.farm.catalogId, undefined, { packingSplits: true }));
    lot.h1 = await harvestedLot(100);
    lot.h2 = await harvestedLot(100);
    lot.h3 = await harvestedLot(100);
    [lot.b1] = await transform(
      'dry',
      [
        [lot.h1.id, 50],
        [lot.h2.id, 100],
      ],
      [150],
    );
    [lot.b2] = await transform(
      'dry',
      [
        [lot.h1.id, 50],
        [lot.h3.id, 100],
      ],
      [120],
    );
    [lot.p1, lot.p2] = await transform('pack', [[lot.b1!.id, 150]], [50, 100]);
  });
  afterAll(async () => {
    await kit?.t.close();
  });

  it("lists on a lot what moved along each link, not the other lot's whole share", async () => {
    const h1 = (await clerk.request('GET', `/api/v1/lots/${lot.h1.id}`)).body;
    expect(
      h1.children
        .map((c: { lot: { id: string }; quantity: number; unit: string }) => [
          codeOf(c.lot.id),
          c.quantity,
          c.unit,
        ])
        .sort(),
    ).toEqual([
      ['b1', 50, 'kg'],
      ['b2', 50, 'kg'],
    ]);
    const p1 = (await clerk.request('GET', `/api/v1/lots/${lot.p1.id}`)).body;
    expect(
      p1.parents.map((p: { lot: { id: string }; quantity: number }) => [codeOf(p.lot.id), p.quantity]),
    ).toEqual([['b1', 50]]);
  });

  it.each([
    {
      name: 'down from a harvest lot: both blends and the packs, the other harvests left out',
      from: 'h1',
      query: 'direction=down',
      nodes: ['b1:1', 'b2:1', 'h1:0', 'p1:2', 'p2:2'],
      edges: ['b1>p1 50 kg', 'b1>p2 100 kg', 'h1>b1 50 kg', 'h1>b2 50 kg'],
      truncated: false,
    },
    {
      name: 'up from a pack lot: its blend and both harvests, not its sibling',
      from: 'p1',
      query: 'direction=up',
      nodes: ['b1:1', 'h1:2', 'h2:2', 'p1:0'],
      edges: ['b1>p1 50 kg', 'h1>b1 50 kg', 'h2>b1 100 kg'],
      truncated: false,
    },
    {
      name: 'one step only: truncated, the packs beyond it',
      from: 'h1',
      query: 'direction=down&depth=1',
      nodes: ['b1:1', 'b2:1', 'h1:0'],
      edges: ['h1>b1 50 kg', 'h1>b2 50 kg'],
      truncated: true,
    },
    {
      name: 'a pack lot has nothing made of it',
      from: 'p2',
      query: 'direction=down',
      nodes: ['p2:0'],
      edges: [],
      truncated: false,
    },
  ] as const)('$name', async ({ from, query, nodes, edges, truncated }) => {
    const response = await genealogy(lot[from].id, query);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(nodesOf(response.body)).toEqual(nodes);
    expect(edgesOf(response.body)).toEqual(edges);
    expect(response.body.truncated).toBe(truncated);
    expect(response.body.nodes[0]).toMatchObject({
      lot: { id: lot[from].id },
      depth: 0,
      labelCount: 0,
      labelRuns: [],
    });
    for (const edge of response.body.edges)
      expect(edge).toMatchObject({ proportional: false, at: expect.any(String) });
  });

  it('shows the labels activated on each lot: their count and runs with serials, voided ones not counted', async () => {
    const batch = await insertLabelBatchFixture(kit.t.platform.ctx, kit.a, {
      quantity: 5,
      productId: kit.farm.productId,
    });
    const activate = async (firstSeq: number, lastSeq: number) => {
      const body = { lotId: lot.p1.id, labels: { batchId: batch.id, firstSeq, lastSeq } };
      const response = await clerk.request('POST', '/api/v1/label-activations', { body });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    };
    await activate(1, 2);
    await activate(3, 4);
    const owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD);
    const voided = await owner.request('POST', '/api/v1/label-voids', {
      body: { labels: { serials: [batch.serials[3]] }, reason: 'damaged' },
    });
    expect(voided.status, JSON.stringify(voided.body)).toBe(201);
    const response = await genealogy(lot.h1.id, 'direction=down');
    const p1 = response.body.nodes.find((n: Node) => n.lot.id === lot.p1.id);
    expect(p1.labelCount).toBe(3);
    expect(p1.labelRuns).toEqual([
      expect.objectContaining({
        batchId: batch.id,
        firstSeq: 1,
        lastSeq: 4,
        firstSerial: batch.serials[0],
        lastSerial: batch.serials[3],
      }),
    ]);
    const p2 = response.body.nodes.find((n: Node) => n.lot.id === lot.p2.id);
    expect([p2.labelCount, p2.labelRuns]).toEqual([0, []]);
  });

  it("refuses a bad direction or depth, and another tenant's lot", async () => {
    expect((await genealogy(lot.h1.id, 'direction=sideways')).status).toBe(400);
    expect((await genealogy(lot.h1.id, 'direction=up&depth=0')).status).toBe(400);
    const other = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD);
    const foreign = await genealogy(lot.h1.id, 'direction=down', other);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const unknown = await genealogy(randomUUID(), 'direction=down');
    expect(unknown.status).toBe(404);
  });

  it('exports the walk as CSV: UTF-8 with BOM, one row per link', async () => {
    const path = `/api/v1/lots/${lot.h1.id}/genealogy.csv?direction=down`;
    const response = await clerk.request('GET', path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(`pha-he-${lot.h1.code}-down.csv`);
    const lines = String(response.body).trim().split('\r\n');
    expect(lines[0]).toBe(
      'at,depth,parent_lot,parent_product,child_lot,child_product,quantity,unit,proportional,transformation_id',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(1, 9).join(' '))).toEqual(
      [
        `1 ${lot.h1.code} Lúa ST25 ${lot.b1.code} Lúa ST25 50 kg false`,
        `1 ${lot.h1.code} Lúa ST25 ${lot.b2.code} Lúa ST25 50 kg false`,
        `2 ${lot.b1.code} Lúa ST25 ${lot.p1.code} Lúa ST25 50 kg false`,
        `2 ${lot.b1.code} Lúa ST25 ${lot.p2.code} Lúa ST25 100 kg false`,
      ]
        .sort()
        .map((row) => row)
        .sort(),
    );
    const raw = await fetch(`${kit.t.baseUrl}${path}`, { headers: { cookie: clerk.cookie ?? '' } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('lists the lots whose current records name a catalog item (a corrected one no longer counts); 404 for another tenant', async () => {
    const path = `/api/v1/catalogs/${kit.farm.catalogId}/items/${kit.farm.plotItemId}/lots`;
    const h1 = (await clerk.request('GET', `/api/v1/lots/${lot.h1.id}`)).body;
    const plant = h1.records.find((r: { stageId: string }) => r.stageId === 'plant');
    const corrected = await clerk.request(
      'POST',
      `/api/v1/lots/${lot.h1.id}/records/${plant.id}/corrections`,
      {
        body: { data: { plot: { id: kit.farm.plotItemId, label: 'A-01' }, note: 'sửa' }, reason: 'ghi nhầm' },
      },
    );
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
    const response = await clerk.request('GET', path);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.item).toMatchObject({ id: kit.farm.plotItemId, catalogId: kit.farm.catalogId });
    const counts = response.body.lots.map((l: { lot: { id: string }; recordCount: number }) => [
      codeOf(l.lot.id),
      l.recordCount,
    ]);
    // the packs named it in their transformation; the blend they came from did not (only its outputs did)
    expect(counts.sort()).toEqual([
      // h1's plant record and its correction both name it: only the correction is current
      ['h1', 1],
      ['h2', 1],
      ['h3', 1],
      ['p1', 1],
      ['p2', 1],
    ]);
    const other = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD);
    const foreign = await other.request('GET', path);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const unknownItem = await clerk.request(
      'GET',
      `/api/v1/catalogs/${kit.farm.catalogId}/items/${randomUUID()}/lots`,
    );
    expect(unknownItem.status).toBe(404);
  });

  describe('inspectors', () => {
    const inspector = async (provinces: string[]) => {
      const login = `inspector.${randomUUID().slice(0, 6)}@so-khcn.test`;
      const person = await createPerson(kit.t.platform.ctx, login);
      await replacePlatformRoles(kit.t.platform.ctx.db, person.id, ['inspector'], provinces);
      return signedInAgent(kit.t.baseUrl, login, PASSWORD);
    };
    const path = () => `/api/v1/inspection/lots/${lot.h1.id}/genealogy?direction=down`;

    it("an inspector of the tenant's province reads the graph, with the tenant", async () => {
      const response = await (await inspector(['thai-nguyen'])).request('GET', path());
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.tenant).toEqual({ id: kit.a.id, name: kit.a.name, province: 'thai-nguyen' });
      expect(nodesOf(response.body.genealogy)).toEqual(['b1:1', 'b2:1', 'h1:0', 'p1:2', 'p2:2']);
    });

    it('an inspector of another province gets 404, as for an unknown lot', async () => {
      const agent = await inspector(['lao-cai']);
      const response = await agent.request('GET', path());
      expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
      const unknown = await agent.request(
        'GET',
        `/api/v1/inspection/lots/${randomUUID()}/genealogy?direction=up`,
      );
      const { requestId: _one, ...refused } = response.body;
      const { requestId: _two, ...unknownAnswer } = unknown.body;
      expect(unknownAnswer).toEqual(refused);
    });

    it('a clerk is no inspector', async () => {
      expect((await clerk.request('GET', path())).status).toBe(403);
    });
  });
});
