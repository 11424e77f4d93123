import type { CreateTransformationBody } from '@nguon/contracts';
import { findLot, listChainRecords } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bringToDrying,
  createTwoFarms,
  type FarmKit,
  newLot,
  refusalOf,
  type ServiceKit,
  type TenantKit,
} from '../testing';
import { correctRecord } from './record-stage';
import { createTransformation } from './transformations.service';

describe.each(await testDrivers())('transformations on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let other: TenantKit;
  let farm: FarmKit;
  let otherFarm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, other, farm, otherFarm } = await createTwoFarms(driver, ['Say', 'Ngoai']));
  });
  afterAll(async () => {
    await kit.close();
  });

  /** A lot of the farm, waiting at the dry transformation. */
  const harvested = async (quantity = 1000, as = tenant, asFarm = farm) => {
    const lot = await newLot(kit.ctx, as, asFarm, quantity);
    await bringToDrying(kit.ctx, as, asFarm, lot.id);
    return lot;
  };
  const transform = (body: Partial<CreateTransformationBody>, by = tenant.as.clerk) =>
    createTransformation(kit.ctx, by, { stageId: 'dry', inputs: [], outputs: [], data: {}, ...body });
  const lotNow = async (id: string) => {
    const lot = await findLot(kit.ctx.db, tenant.id, id);
    if (!lot) throw new Error(`no lot ${id}`);
    return { remaining: lot.remaining, status: lot.status, records: lot.record_count };
  };

  const lotCount = async () =>
    (await kit.ctx.db.selectFrom('lots').select('id').where('tenant_id', '=', tenant.id).execute()).length;

  it('merges two lots into one: takes from each, makes the output past the stage, links and chains all three', async () => {
    const [a, b] = [await harvested(), await harvested()];
    if (!a || !b) throw new Error('no lots');
    const made = await transform({
      inputs: [
        { lotId: a.id, quantity: 600, unit: 'kg' },
        { lotId: b.id, quantity: 1, unit: 't' },
      ],
      outputs: [{ quantity: 1120, unit: 'kg' }],
      data: { temperature: 60 },
    });
    expect([made.yieldPercent, made.yieldFlag]).toEqual([70, null]);
    expect(made.inputs.map((link) => [link.lot.id, link.quantity])).toEqual([
      [a.id, 600],
      [b.id, 1000],
    ]);
    expect([await lotNow(a.id), await lotNow(b.id)]).toEqual([
      { remaining: 400, status: 'in_progress', records: 5 },
      { remaining: 0, status: 'completed', records: 5 },
    ]);
    const [output] = made.outputs;
    expect(output?.lot).toMatchObject({
      quantity: 1120,
      remaining: 1120,
      madeAtStageId: 'dry',
      status: 'in_progress',
    });
    const parts = await listChainRecords(kit.ctx.db, [a.id, b.id, output?.lot.id ?? '']);
    expect(parts.filter((row) => row.kind === 'transformation').map((row) => row.transformation)).toEqual(
      expect.arrayContaining([
        { id: made.id, role: 'input', quantity: 600, unit: 'kg' },
        { id: made.id, role: 'input', quantity: 1000, unit: 'kg' },
        { id: made.id, role: 'output', quantity: 1120, unit: 'kg' },
      ]),
    );
  });

  it.each([
    { case: 'inside the range', output: 700, percent: 70, flag: null },
    { case: 'below the range', output: 400, percent: 40, flag: 'below' },
    { case: 'above the range', output: 950, percent: 95, flag: 'above' },
  ])('a yield $case is recorded with flag $flag, never refused', async ({ output, percent, flag }) => {
    const lot = await harvested();
    const made = await transform({
      inputs: [{ lotId: lot.id, quantity: 1000, unit: 'kg' }],
      outputs: [{ quantity: output, unit: 'kg' }],
    });
    expect([made.yieldPercent, made.yieldFlag]).toEqual([percent, flag]);
    const stored = await kit.ctx.db
      .selectFrom('transformations')
      .select(['yield_percent', 'yield_flag'])
      .where('id', '=', made.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ yield_percent: percent, yield_flag: flag });
  });

  it.each([
    {
      case: 'more than the lot has left',
      input: { quantity: 1001, unit: 'kg' },
      code: 'QUANTITY_EXCEEDS_REMAINING',
      path: '/inputs/0/quantity',
    },
    {
      case: 'a unit of another dimension',
      input: { quantity: 5, unit: 'L' },
      code: 'UNIT_MISMATCH',
      path: '/inputs/0/unit',
    },
    {
      case: 'an unknown unit',
      input: { quantity: 5, unit: 'bó' },
      code: 'UNKNOWN_UNIT',
      path: '/inputs/0/unit',
    },
    {
      case: 'a count for a mass',
      input: { quantity: 5, unit: '{bag}' },
      code: 'UNIT_MISMATCH',
      path: '/inputs/0/unit',
    },
  ])('refuses $case and stores nothing', async ({ input, code, path }) => {
    const lot = await harvested();
    const before = await lotNow(lot.id);
    const lotsBefore = await lotCount();
    const refused = await refusalOf(
      transform({ inputs: [{ lotId: lot.id, ...input }], outputs: [{ quantity: 1, unit: 'kg' }] }),
    );
    expect([refused.code, refused.path]).toEqual([code, path]);
    expect(await lotNow(lot.id)).toEqual(before);
    expect(await lotCount()).toBe(lotsBefore);
  });

  it('refuses a lot not at the stage, a lot of another tenant and the same lot twice', async () => {
    const ready = await harvested();
    const early = await newLot(kit.ctx, tenant, farm);
    const foreign = await harvested(1000, other, otherFarm);
    const take = (lotId: string) => ({ lotId, quantity: 10, unit: 'kg' });
    const cases = [
      { inputs: [take(ready.id), take(early.id)], code: 'STAGE_NOT_AVAILABLE', path: '/inputs/1/lotId' },
      { inputs: [take(foreign.id)], code: 'NOT_FOUND', path: '/inputs/0/lotId' },
      { inputs: [take(ready.id), take(ready.id)], code: 'DUPLICATE_INPUT_LOT', path: '/inputs/1/lotId' },
    ];
    for (const { inputs, code, path } of cases) {
      const refused = await refusalOf(transform({ inputs, outputs: [{ quantity: 5, unit: 'kg' }] }));
      expect([refused.code, refused.path]).toEqual([code, path]);
    }
    expect((await lotNow(ready.id)).remaining).toBe(1000);
  });

  it('lets only one of two clerks take the last of a lot at the same time', async () => {
    const lot = await harvested(100);
    const take = (by: TenantKit['as']['clerk']) =>
      transform(
        { inputs: [{ lotId: lot.id, quantity: 80, unit: 'kg' }], outputs: [{ quantity: 60, unit: 'kg' }] },
        by,
      ).then(
        () => 'made',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    const outcomes = await Promise.all([take(tenant.as.clerk), take(tenant.as.owner)]);
    expect(outcomes.sort()).toEqual(['QUANTITY_EXCEEDS_REMAINING', 'made']);
    expect(await lotNow(lot.id)).toMatchObject({ remaining: 20, records: 5 });
  });

  it('refuses to correct a transformation record', async () => {
    const lot = await harvested();
    await transform({
      inputs: [{ lotId: lot.id, quantity: 10, unit: 'kg' }],
      outputs: [{ quantity: 7, unit: 'kg' }],
    });
    const part = (await listChainRecords(kit.ctx.db, [lot.id])).find((row) => row.kind === 'transformation');
    const refused = await refusalOf(
      correctRecord(
        kit.ctx,
        tenant.as.clerk,
        { id: lot.id, recordId: part?.id ?? '' },
        { data: {}, reason: 'x' },
      ),
    );
    expect(refused.code).toBe('RECORD_NOT_CORRECTABLE');
  });
});
