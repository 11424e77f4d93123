import { testDrivers } from '@nguon/db/testing';
import type { ProcessDefinition, ProcessStage } from '@nguon/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceKit,
  createTenantKit,
  field,
  formOf,
  refusalOf,
  type ServiceKit,
  stageOf,
  type TenantKit,
} from '../testing';
import { publishProcess, saveProcessDraft } from './process-drafts.service';
import { getProcessVersion, listVersionsOfProcess } from './process-versions.service';
import { createProcess, getProcess } from './processes.service';

const note = () => [field('text', 'note', { required: true })];
const plant = (overrides: Partial<ProcessStage> = {}) =>
  stageOf('plant', note(), { start: true, ...overrides });
const harvest = (overrides: Partial<ProcessStage> = {}) => stageOf('harvest', note(), overrides);
const line = (...stages: ProcessStage[]): ProcessDefinition => ({
  schemaVersion: 1,
  stages,
  edges: stages.slice(1).map((stage, i) => ({ id: `e${i}`, source: stages[i]?.id ?? '', target: stage.id })),
});

describe.each(await testDrivers())('publishing a process on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'QuyTrinh');
  });
  afterAll(async () => {
    await kit.close();
  });

  /** A new process whose draft is the definition; answers its id and the draft's revision. */
  async function drafted(definition: ProcessDefinition) {
    const owner = tenant.as.owner;
    const created = await createProcess(kit.ctx, owner, {
      name: { vi: 'Chè', en: 'Tea' },
      productType: 'tea',
    });
    const draft = await saveProcessDraft(kit.ctx, owner, created.id, {
      revision: created.draftRevision,
      definition,
    });
    return { id: created.id, revision: draft.revision };
  }
  const publish = (id: string, revision: number, by = tenant.as.owner) =>
    publishProcess(kit.ctx, by, id, { revision, note: ' đầu vụ ' });
  const save = async (id: string, definition: ProcessDefinition) => {
    const { revision } = (await getProcess(kit.ctx, tenant.as.owner, id)).draft;
    return (await saveProcessDraft(kit.ctx, tenant.as.owner, id, { revision, definition })).revision;
  };
  const versionCount = async (id: string) =>
    (await listVersionsOfProcess(kit.ctx, tenant.as.owner, id)).items.length;

  it.each([
    { problem: 'no_stages', definition: line() },
    { problem: 'no_start_stage', definition: line(plant({ start: false }), harvest()) },
    {
      problem: 'unreachable_stage',
      definition: { ...line(plant(), harvest()), stages: [plant(), harvest(), stageOf('pack', note())] },
    },
    {
      problem: 'cycle',
      definition: {
        ...line(plant(), harvest(), stageOf('pack', note())),
        edges: [
          ...line(plant(), harvest(), stageOf('pack', note())).edges,
          { id: 'back', source: 'pack', target: 'harvest' },
        ],
      },
    },
    {
      problem: 'yield_range_on_non_transformation',
      definition: line(plant(), harvest({ yieldRange: { minPercent: 50, maxPercent: 90 } })),
    },
    { problem: 'missing_stage_name', definition: line(plant(), harvest({ name: { vi: ' ', en: '' } })) },
    {
      problem: 'form_lot_quantity_field_not_quantity',
      definition: line(plant(), harvest({ lotQuantityField: 'note' })),
    },
    {
      problem: 'form_lot_quantity_field_missing',
      definition: line(plant(), harvest({ lotQuantityField: 'weight' })),
    },
    {
      problem: 'lot_quantity_stage_twice',
      definition: line(
        plant({ form: formOf([field('number', 'kg', { unit: 'kg' })]), lotQuantityField: 'kg' }),
        harvest({ form: formOf([field('number', 'kg', { unit: 'kg' })]), lotQuantityField: 'kg' }),
      ),
    },
  ])('refuses a draft with the problem $problem and publishes nothing', async ({ problem, definition }) => {
    const { id, revision } = await drafted(definition);
    const refused = await refusalOf(publish(id, revision));
    expect(refused.code).toBe('PROCESS_HAS_PROBLEMS');
    expect(refused.fieldErrors.map((error) => error.keyword)).toContain(problem);
    expect(await versionCount(id)).toBe(0);
  });

  it('publishes version 1 by the owner at the clock time, then refuses an unchanged draft', async () => {
    const { id, revision } = await drafted(line(plant(), harvest()));
    const v1 = await publish(id, revision);
    expect([v1.number, v1.note, v1.stageCount, v1.publishedAt, v1.publishedBy?.id]).toEqual([
      1,
      'đầu vụ',
      2,
      kit.ctx.now().toISOString(),
      tenant.userIds.owner,
    ]);
    const again = await refusalOf(publish(id, revision));
    expect([again.code, again.params]).toEqual(['PROCESS_UNCHANGED', { version: 1 }]);
    expect(await versionCount(id)).toBe(1);
  });

  it('freezes each version: a later draft and version 2 leave version 1 as published', async () => {
    const first = line(plant(), harvest());
    const { id, revision } = await drafted(first);
    await publish(id, revision);
    const second = line(plant(), harvest({ name: { vi: 'Hái chè', en: 'Picking' } }), stageOf('dry', note()));
    const v2 = await publish(id, await save(id, second));
    expect(v2.number).toBe(2);
    await save(id, line(plant()));
    const read = (number: number) =>
      getProcessVersion(kit.ctx, tenant.as.owner, { id, number: String(number) });
    expect((await read(1)).definition).toEqual(first);
    expect((await read(2)).definition).toEqual(second);
    // Not even SQL may change a published version: records are shown with its forms.
    const rewrite = sql`UPDATE process_versions SET note = 'x' WHERE process_id = ${id}`.execute(kit.ctx.db);
    await expect(rewrite).rejects.toThrow('process versions are immutable');
  });

  it('refuses a stale revision and a clerk, publishing nothing', async () => {
    const { id, revision } = await drafted(line(plant(), harvest()));
    await save(id, line(plant(), harvest(), stageOf('pack', note())));
    expect((await refusalOf(publish(id, revision))).code).toBe('PROCESS_DRAFT_CONFLICT');
    expect((await refusalOf(publish(id, revision + 1, tenant.as.clerk))).code).toBe('FORBIDDEN');
    expect(await versionCount(id)).toBe(0);
  });
});
