import { listLotRecords } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import type { ProcessDefinition } from '@nguon/domain';
import { job } from '@nguon/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecallReportContent } from '../recalls/recall-report-content';
import {
  createTwoFarms,
  type FarmKit,
  field,
  formOf,
  newLot,
  type ServiceKit,
  stageOf,
  type TenantKit,
} from '../testing';
import { insertRecallFixture } from '../testing/recall-report-kit';
import { loadDraftLots } from '../trace/public-lots';
import { recordStage } from './record-stage';
import { createTransformation } from './transformations.service';

/** plant -> care (fertilising, spraying with a public product field; closes when followed) -> harvest. */
function jobsDefinition(): ProcessDefinition {
  const form = formOf([field('text', 'product', { public: true }), field('text', 'secret_note')]);
  return {
    schemaVersion: 1,
    stages: [
      stageOf('plant', [field('text', 'note')], { start: true }),
      stageOf('care', [], {
        name: { vi: 'Chăm sóc', en: 'Care' },
        closeWhenFollowed: true,
        jobs: [
          job('j-fert', { key: 'fert', name: { vi: 'Bón phân', en: 'Fertilising' }, required: true, form }),
          job('j-spray', { key: 'spray', name: { vi: 'Phun thuốc', en: '' }, repeatable: true, form }),
        ],
      }),
      stageOf('harvest', [field('text', 'note', { public: true })]),
    ],
    edges: [
      { id: 'e0', source: 'plant', target: 'care' },
      { id: 'e1', source: 'care', target: 'harvest' },
    ],
  };
}

describe.each(await testDrivers())(
  'job records on the trace page and in the recall report on %s',
  (driver) => {
    let kit: ServiceKit;
    let tenant: TenantKit;
    let farm: FarmKit;
    let lotId: string;

    beforeAll(async () => {
      ({ kit, tenant, farm } = await createTwoFarms(driver, ['Viec', 'Khac']));
      await farm.publish(jobsDefinition());
      lotId = (await newLot(kit.ctx, tenant, farm)).id;
      const steps: [string, string | undefined, Record<string, unknown>, string][] = [
        ['plant', undefined, {}, '2026-02-01T01:00:00Z'],
        ['care', 'j-spray', { product: 'Đồng oxyclorua', secret_note: 'SECRET' }, '2026-02-02T01:00:00Z'],
        ['care', 'j-fert', { product: 'NPK' }, '2026-02-03T01:00:00Z'],
        ['harvest', undefined, { note: 'xong' }, '2026-02-10T01:00:00Z'],
      ];
      for (const [stageId, jobId, data, eventTime] of steps)
        await recordStage(kit.ctx, tenant.as.clerk, lotId, {
          stageId,
          ...(jobId ? { jobId } : {}),
          data,
          eventTime,
        });
    });
    afterAll(async () => {
      await kit?.close();
    });

    it('shows each job record as "Stage — Job" with its public fields, and no close record', async () => {
      const [lot] = await loadDraftLots(kit.ctx.db, tenant.id, [lotId]);
      expect(lot?.timeline.map((stage) => [stage.name, stage.fields.map((f) => f.key)])).toEqual([
        [{ vi: 'Công đoạn plant', en: 'Stage plant' }, []],
        [{ vi: 'Chăm sóc — Phun thuốc', en: 'Care — Phun thuốc' }, ['product']],
        [{ vi: 'Chăm sóc — Bón phân', en: 'Care — Fertilising' }, ['product']],
        [{ vi: 'Công đoạn harvest', en: 'Stage harvest' }, ['note']],
      ]);
    });

    it('names job records in the recall report’s stages, with their times, and leaves the close record out', async () => {
      const recallId = await insertRecallFixture(kit.ctx, tenant, { lots: [{ lotId, seed: true }] });
      const content = await readRecallReportContent(
        kit.ctx.db,
        { tenantId: tenant.id, recallId, madeAt: kit.ctx.now() },
        async () => {},
      );
      const stages = content?.lots[0]?.stages.map((stage) => [stage.name.vi, stage.at.toISOString()]);
      expect(stages).toEqual([
        ['Công đoạn plant', '2026-02-01T01:00:00.000Z'],
        ['Chăm sóc — Phun thuốc', '2026-02-02T01:00:00.000Z'],
        ['Chăm sóc — Bón phân', '2026-02-03T01:00:00.000Z'],
        ['Công đoạn harvest', '2026-02-10T01:00:00.000Z'],
      ]);
    });
  },
);

describe.each(await testDrivers())('a transformation following a stage with jobs on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['Say', 'Khac']));
    const definition = jobsDefinition();
    definition.stages[2] = stageOf('harvest', [field('text', 'note')], {
      kind: 'transformation',
      yieldRange: null,
    });
    await farm.publish(definition);
  });
  afterAll(async () => {
    await kit?.close();
  });

  it('closes the stage on each input lot, before the input’s part, in the same chain', async () => {
    const lot = await newLot(kit.ctx, tenant, farm);
    await recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'plant', data: {} });
    await recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: 'care', jobId: 'j-fert', data: {} });
    await createTransformation(kit.ctx, tenant.as.clerk, {
      stageId: 'harvest',
      inputs: [{ lotId: lot.id, quantity: 1000, unit: 'kg' }],
      outputs: [{ quantity: 900, unit: 'kg' }],
      data: {},
    });
    const records = await listLotRecords(kit.ctx.db, tenant.id, lot.id);
    expect(records.map((r) => [r.kind, r.stage_id])).toEqual([
      ['stage', 'plant'],
      ['stage', 'care'],
      ['close', 'care'],
      ['transformation', 'harvest'],
    ]);
    expect(records[2]?.closed_by).toEqual({ kind: 'following', recordId: records[3]?.id });
  });
});
