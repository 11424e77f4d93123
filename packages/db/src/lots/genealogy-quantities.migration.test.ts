import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrator';
import {
  fixtureTransformation,
  type GenealogyScaffold,
  genealogyScaffold,
  insertFixtureLots,
} from '../testing/genealogy-fixtures';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';

// Each transformation: [inputs as lot:taken], [outputs as lot]; lots are 'code quantity unit'.
const lots =
  'h1 100 kg|h2 50 kg|b 130 kg|p1 500 g|p2 1.5 kg|x 30 kg|y 90 kg|u 40 kg|v 80 kg|z 120 kg|w1 50 kg|w2 50 kg';
const transformations: [string[], string[]][] = [
  [['h1:100', 'h2:40'], ['b']],
  [['b:2'], ['p1', 'p2']],
  [
    ['x:30', 'y:90'],
    ['u', 'v'],
  ],
  [['z:120'], ['w1', 'w2']],
];
const expected = [
  {
    name: 'a merge: each input gave all it was taken',
    parent: 'h1',
    child: 'b',
    quantity: 100,
    proportional: false,
  },
  { name: 'a merge, the second input', parent: 'h2', child: 'b', quantity: 40, proportional: false },
  {
    name: 'a split into 500 g and 1.5 kg: shared in one base',
    parent: 'b',
    child: 'p1',
    quantity: 0.5,
    proportional: false,
  },
  { name: 'a split, the other output', parent: 'b', child: 'p2', quantity: 1.5, proportional: false },
  { name: 'many-to-many: proportional', parent: 'x', child: 'u', quantity: 10, proportional: true },
  { name: 'many-to-many, the other corner', parent: 'y', child: 'v', quantity: 60, proportional: true },
  {
    name: 'a split with loss: the loss shared pro rata',
    parent: 'z',
    child: 'w1',
    quantity: 60,
    proportional: false,
  },
];

describe.each(await testDrivers())('migration 0019 (genealogy quantities) on %s', (driver) => {
  let t: TestDatabase;
  let a: GenealogyScaffold;
  let ids: Map<string, string>;
  const items = { own: randomUUID(), shared: randomUUID(), foreign: randomUUID() };
  const records = { plant: randomUUID(), nested: randomUUID(), foreign: randomUUID() };

  const catalog = async (tenantId: string, shared: boolean, itemId: string) => {
    const id = randomUUID();
    await sql`INSERT INTO catalogs (id, tenant_id, name_vi, form, label_fields, shared)
      VALUES (${id}, ${tenantId}, 'Thửa', '{}', '{name}', ${shared})`.execute(t.db);
    await sql`INSERT INTO catalog_items (id, catalog_id, tenant_id, data, label, search_text)
      VALUES (${itemId}, ${id}, ${tenantId}, '{}', 'A-01', 'a-01')`.execute(t.db);
  };
  const record = async (id: string, lotId: string, seq: number, data: unknown) => {
    await sql`INSERT INTO lot_records (id, tenant_id, lot_id, seq, kind, stage_id, stage_key, process_version_id,
        data, event_time, recorded_at, prev_hash, hash)
      VALUES (${id}, ${a.tenantId}, ${lotId}, ${seq}, 'stage', 'plant', 'plant', ${a.versionId},
        ${JSON.stringify(data)}, now(), now(), repeat('0', 64), repeat('1', 64))`.execute(t.db);
  };

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    // the install before 0019: links without quantities, no record_catalog_items
    await sql`DROP TABLE record_catalog_items`.execute(t.db);
    await sql`DROP INDEX lot_links_tenant_parent_idx, lot_links_tenant_child_idx`.execute(t.db);
    await sql`ALTER TABLE lot_links DROP COLUMN quantity, DROP COLUMN proportional`.execute(t.db);
    await t.db.deleteFrom('schema_migrations').where('version', '=', 19).execute();
    a = await genealogyScaffold(t.db, 'A');
    const other = await genealogyScaffold(t.db, 'B');
    ids = await insertFixtureLots(
      t.db,
      a,
      lots.split('|').map((lot) => {
        const [code = '', quantity = '', unit = ''] = lot.split(' ');
        return { code, quantity: Number(quantity), unit };
      }),
    );
    const id = (code: string) => ids.get(code) ?? '';
    for (const [inputs, outputs] of transformations) {
      const tid = randomUUID();
      await t.db.insertInto('transformations').values(fixtureTransformation(a, tid)).execute();
      const part = (lotId: string, role: string, quantity: number) => ({
        transformation_id: tid,
        lot_id: lotId,
        tenant_id: a.tenantId,
        role,
        quantity,
      });
      const ins = inputs.map((spec) => spec.split(':') as [string, string]);
      await t.db
        .insertInto('transformation_lots')
        .values([
          ...ins.map(([code, taken]) => part(id(code), 'input', Number(taken))),
          ...outputs.map((code) => {
            const [, quantity] =
              lots
                .split('|')
                .find((l) => l.startsWith(`${code} `))
                ?.split(' ') ?? [];
            return part(id(code), 'output', Number(quantity));
          }),
        ])
        .execute();
      for (const [parent] of ins)
        for (const child of outputs)
          await sql`INSERT INTO lot_links (parent_lot_id, child_lot_id, transformation_id, tenant_id)
            VALUES (${id(parent)}, ${id(child)}, ${tid}, ${a.tenantId})`.execute(t.db);
    }
    await catalog(a.tenantId, false, items.own);
    await catalog(other.tenantId, true, items.shared);
    await catalog(other.tenantId, false, items.foreign);
    await record(records.plant, id('h1'), 1, { plot: { id: items.own, label: 'A-01' }, note: 'x' });
    await record(records.nested, id('h1'), 2, {
      rows: [
        { supplier: { id: items.shared, label: 'NCC' } },
        { supplier: { id: 'not-a-uuid', label: 'x' } },
      ],
    });
    await record(records.foreign, id('h2'), 1, { plot: { id: items.foreign, label: 'B-01' } });
    expect(await migrateToLatest(t.db)).toEqual([19]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(expected)('$name', async ({ parent, child, quantity, proportional }) => {
    const row = await t.db
      .selectFrom('lot_links')
      .select(['quantity', 'proportional'])
      .where('parent_lot_id', '=', ids.get(parent) ?? '')
      .where('child_lot_id', '=', ids.get(child) ?? '')
      .executeTakeFirstOrThrow();
    expect(row.quantity).toBeCloseTo(quantity, 9);
    expect(row.proportional).toBe(proportional);
  });

  it("fills which records name which catalog items: own and shared, never another tenant's", async () => {
    const rows = await t.db
      .selectFrom('record_catalog_items')
      .select(['record_id', 'item_id', 'lot_id'])
      .orderBy('item_id')
      .execute();
    expect(rows).toEqual(
      [
        { record_id: records.plant, item_id: items.own, lot_id: ids.get('h1') },
        { record_id: records.nested, item_id: items.shared, lot_id: ids.get('h1') },
      ].sort((x, y) => x.item_id.localeCompare(y.item_id)),
    );
  });
});
