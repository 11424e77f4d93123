import type { Database } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { createFarmFixture } from '../testing/lot-fixtures';
import { type LotKit, lotHelpers, startLotKit } from '../testing/lot-kit';
import { parseVerifyArgs, runVerify } from './verify-command';

describe('verify arguments', () => {
  const id = '0b7e6c1a-3f7d-4c55-9a4e-8d2c1f0e9b11';
  it.each([
    [[], { kind: 'run', tenantId: null, publicKeys: [], checkpoint: null }],
    [['--tenant', id], { kind: 'run', tenantId: id, publicKeys: [], checkpoint: null }],
    [[`--tenant=${id.toUpperCase()}`], { kind: 'run', tenantId: id, publicKeys: [], checkpoint: null }],
    [
      ['--public-key', 'old.pem', '--public-key=new.pem', '--checkpoint', 'cp.json'],
      { kind: 'run', tenantId: null, publicKeys: ['old.pem', 'new.pem'], checkpoint: 'cp.json' },
    ],
    [['--public-key'], { kind: 'bad', why: '--public-key needs a file' }],
    [['--checkpoint='], { kind: 'bad', why: '--checkpoint needs a file' }],
    [['--help'], { kind: 'help' }],
    [['--tenant'], { kind: 'bad', why: '--tenant needs a tenant id (uuid), got nothing' }],
    [['--tenant', 'R25-0001'], { kind: 'bad', why: '--tenant needs a tenant id (uuid), got R25-0001' }],
    [['--fix'], { kind: 'bad', why: 'unknown argument --fix' }],
  ])('%j', (argv, expected) => {
    expect(parseVerifyArgs(argv)).toEqual(expected);
  });
});

const drivers = await testDrivers();

describe.each(drivers)('npm run verify and GET /api/v1/records/verification on %s', (driver) => {
  let kit: LotKit;
  let owner: HttpAgent;
  beforeAll(async () => {
    kit = await startLotKit(driver);
    owner = await signedInAgent(kit.t.baseUrl, kit.a.people.owner.login, PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await kit?.t.close();
  });

  const db = () => kit.t.platform.ctx.db;
  const { newLot, record, plant, harvestedLot } = lotHelpers(() => kit);

  /** runVerify over the test platform's database, as `npm run verify -- ...argv` would print it. */
  const verify = async (...argv: string[]) => {
    const database: Database = { db: db(), driver, close: async () => {} };
    const lines: string[] = [];
    const code = await runVerify({ argv, env: {}, database }, (line) => lines.push(line));
    return { code, lines, text: lines.join('\n') };
  };

  const recordOf = (lotId: string, stageId: string) =>
    db()
      .selectFrom('lot_records')
      .select(['id', 'seq', 'data'])
      .where('lot_id', '=', lotId)
      .where('stage_id', '=', stageId)
      .executeTakeFirstOrThrow();

  const plainUpdate = (recordId: string, data: unknown) =>
    sql`UPDATE lot_records SET data = ${JSON.stringify(data)}::jsonb WHERE id = ${recordId}`.execute(db());

  /** What someone with SQL access can do: switch the guard off, change the row, switch it back on. */
  const tamperData = (recordId: string, data: unknown) =>
    db()
      .transaction()
      .execute(async (trx) => {
        await sql`ALTER TABLE lot_records DISABLE TRIGGER lot_records_append_only`.execute(trx);
        await sql`UPDATE lot_records SET data = ${JSON.stringify(data)}::jsonb WHERE id = ${recordId}`.execute(
          trx,
        );
        await sql`ALTER TABLE lot_records ENABLE TRIGGER lot_records_append_only`.execute(trx);
      });

  const faultsOf = async (agent: HttpAgent, lotIds: string[]) => {
    const response = await agent.request('GET', '/api/v1/records/verification');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.faults.filter((fault: { lotId: string }) => lotIds.includes(fault.lotId));
  };

  /** A harvested lot (plant, fertilise, irrigate, harvest) dried into a batch that is then packed. */
  async function driedLot(helpers = lotHelpers(() => kit), clerk = kit.clerk) {
    const lot = await helpers.harvestedLot(500);
    const dried = await clerk.request('POST', '/api/v1/transformations', {
      body: {
        stageId: 'dry',
        data: { temperature: 45 },
        inputs: [{ lotId: lot.id, quantity: 500, unit: 'kg' }],
        outputs: [{ quantity: 350, unit: 'kg' }],
      },
    });
    expect(dried.status, JSON.stringify(dried.body)).toBe(201);
    const batch = dried.body.outputs[0].lot;
    const packed = await helpers.record(batch.id, 'pack', { note: 'túi 5 kg' }, {}, clerk);
    expect(packed.status, JSON.stringify(packed.body)).toBe(201);
    return { lot, batch };
  }

  it('finds nothing on chains written through the API, and exits 0', async () => {
    const ctx = kit.t.platform.ctx;
    const tenant = await createTenantFixture(ctx, 'C');
    const farm = await createFarmFixture(ctx, tenant);
    const clerk = await signedInAgent(kit.t.baseUrl, tenant.people.clerk.login, PASSWORD);
    await driedLot(
      lotHelpers(() => ({ ...kit, farm, clerk })),
      clerk,
    );
    const cli = await verify('--tenant', tenant.id);
    expect(cli.code, cli.text).toBe(0);
    expect(cli.lines).toContain('  đã kiểm tra / checked: 2 lô / lots, 7 bản ghi / records');
    expect(cli.text).toContain(`tài khoản / tenant ${tenant.name} (${tenant.id})`);
    expect(cli.text).toContain('No faults: every record matches its stored hash.');
    const ownerC = await signedInAgent(kit.t.baseUrl, tenant.people.owner.login, PASSWORD);
    const viaApi = await ownerC.request('GET', '/api/v1/records/verification');
    expect(viaApi.body).toMatchObject({ lots: 2, records: 7, faults: [] });
  });

  it('refuses a plain UPDATE of a record: the append-only trigger', async () => {
    const lot = await harvestedLot(300);
    const harvest = await recordOf(lot.id, 'harvest');
    await expect(plainUpdate(harvest.id, { weight: 3000 })).rejects.toThrow(/append-only/);
    expect((await recordOf(lot.id, 'harvest')).data).toEqual({ weight: 300 });
    expect(await faultsOf(owner, [lot.id])).toEqual([]);
  });

  it('names exactly the record whose data was changed with the trigger switched off', async () => {
    const { lot, batch } = await driedLot();
    const harvest = await recordOf(lot.id, 'harvest');
    await tamperData(harvest.id, { weight: 900 });
    expect((await recordOf(lot.id, 'harvest')).data).toEqual({ weight: 900 });
    const fault = { lotId: lot.id, lotCode: lot.code, recordId: harvest.id, seq: 4, kind: 'content_changed' };
    expect(await faultsOf(owner, [lot.id, batch.id])).toEqual([fault]);
    const faultLine = `  ✗ lô / lot ${lot.code} (${lot.id}) · bản ghi / record #4 ${harvest.id} · content_changed`;
    for (const argv of [[], ['--tenant', kit.a.id]]) {
      const cli = await verify(...argv);
      expect(cli.code, cli.text).toBe(1);
      expect(cli.lines.filter((line) => line.includes(lot.id) || line.includes(batch.id))).toEqual([
        faultLine,
      ]);
      const explanation = cli.lines[cli.lines.indexOf(faultLine) + 1];
      expect(explanation).toMatch(
        /^ {6}dữ liệu đã lưu .* \/ the stored data no longer gives the record's hash/,
      );
    }
    // The guard is back on after the tampering.
    await expect(plainUpdate(harvest.id, { weight: 500 })).rejects.toThrow(/append-only/);
  });

  it('refuses deleting a record or rewinding a lot, and shows a last record deleted behind the guard', async () => {
    const lot = await newLot();
    expect((await plant(lot.id)).status).toBe(201);
    expect((await record(lot.id, 'irrigate', { note: 'tưới lần 1' })).status).toBe(201);
    const last = await recordOf(lot.id, 'irrigate');
    await expect(db().deleteFrom('lot_records').where('id', '=', last.id).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db().updateTable('lots').set({ record_count: 1 }).where('id', '=', lot.id).execute(),
    ).rejects.toThrow(/never decreases/);
    await db()
      .transaction()
      .execute(async (trx) => {
        await sql`ALTER TABLE lot_records DISABLE TRIGGER lot_records_append_only`.execute(trx);
        await trx.deleteFrom('lot_records').where('id', '=', last.id).execute();
        await sql`ALTER TABLE lot_records ENABLE TRIGGER lot_records_append_only`.execute(trx);
      });
    const fault = { lotId: lot.id, lotCode: lot.code, recordId: null, seq: null, kind: 'head_mismatch' };
    expect(await faultsOf(owner, [lot.id])).toEqual([fault]);
    const cli = await verify('--tenant', kit.a.id);
    expect(cli.code, cli.text).toBe(1);
    expect(cli.lines.filter((line) => line.includes(lot.id))).toEqual([
      `  ✗ lô / lot ${lot.code} (${lot.id}) · cả lô / whole lot · head_mismatch`,
    ]);
  });

  it("keeps the endpoint to the tenant's owner, and another tenant's owner sees none of A's lots", async () => {
    const lot = await harvestedLot(200);
    await tamperData((await recordOf(lot.id, 'plant')).id, {
      plot: { id: kit.farm.plotItemId, label: 'B-99' },
    });
    for (const role of ['clerk', 'viewer'] as const) {
      const agent = await signedInAgent(kit.t.baseUrl, kit.a.people[role].login, PASSWORD);
      const refused = await agent.request('GET', '/api/v1/records/verification');
      expect([role, refused.status, refused.body.code]).toEqual([role, 403, 'FORBIDDEN']);
    }
    const ownerB = await signedInAgent(kit.t.baseUrl, kit.b.people.owner.login, PASSWORD);
    const made = await ownerB.request('POST', '/api/v1/lots', {
      body: { productId: kit.farmB.productId, quantity: 10, unit: 'kg' },
    });
    expect(made.status).toBe(201);
    const lotsOfB = await db().selectFrom('lots').select('id').where('tenant_id', '=', kit.b.id).execute();
    const seenByB = await ownerB.request('GET', '/api/v1/records/verification');
    expect(seenByB.status).toBe(200);
    expect(seenByB.body).toMatchObject({ lots: lotsOfB.length, faults: [] });
    expect(await faultsOf(owner, [lot.id])).toHaveLength(1);
    const cliB = await verify('--tenant', kit.b.id);
    expect(cliB.code, cliB.text).toBe(0);
    expect(cliB.text).not.toContain(lot.id);
  });

  it('refuses a tenant id that is not in the database', async () => {
    const cli = await verify('--tenant', '0b7e6c1a-3f7d-4c55-9a4e-8d2c1f0e9b11');
    expect(cli.code).toBe(2);
    expect(cli.text).toContain('There is no tenant 0b7e6c1a-3f7d-4c55-9a4e-8d2c1f0e9b11 in this database.');
  });
});
