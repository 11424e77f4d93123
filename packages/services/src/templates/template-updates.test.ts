import type { TemplateFile } from '@nguon/contracts';
import { findProcessTemplateLink } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { canonicalJson, type ProcessDefinition } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listItemsOfCatalog } from '../catalogs/catalog-items.service';
import { changeCatalog, getCatalog, listCatalogs } from '../catalogs/catalogs.service';
import { publishProcess, saveProcessDraft } from '../processes/process-drafts.service';
import { getProcessVersion } from '../processes/process-versions.service';
import { getProcess, listTenantProcesses } from '../processes/processes.service';
import {
  createServiceKit,
  createTenantKit,
  refusalOf,
  type ServiceKit,
  storeRawTemplateVersion,
  type TenantKit,
  teaTemplate,
} from '../testing';
import { getProcessTemplateUpdate, takeTemplateChanges } from './template-updates';
import { createProcessFromTemplate } from './use-template';

const renamed = (definition: ProcessDefinition, key: string, vi: string): ProcessDefinition => ({
  ...definition,
  stages: definition.stages.map((stage) =>
    stage.key === key ? { ...stage, name: { ...stage.name, vi } } : stage,
  ),
});

/** Version 2 of the tea template: harvesting renamed, a lab check added after roasting with a new catalog. */
function teaVersion2(tea: TemplateFile): TemplateFile {
  const labs = {
    key: 'phong_kiem',
    name: { vi: 'Phòng kiểm nghiệm', en: 'Laboratories' },
    form: {
      schema: { type: 'object', properties: { ten: { type: 'string', title: 'Tên', maxLength: 120 } } },
      uiSchema: {},
    },
    labelFields: ['ten'],
    samples: [{ ten: 'Quatest 1' }],
  };
  const check = {
    ...tea.process.definition.stages[0]!,
    id: 'kiem_nghiem',
    key: 'kiem_nghiem',
    start: false,
    name: { vi: 'Kiểm nghiệm', en: 'Lab check' },
    position: { x: 900, y: 300 },
    form: {
      schema: {
        type: 'object',
        properties: { phong: { type: 'object', 'x-catalog': 'phong_kiem', properties: {} } },
      },
      uiSchema: {},
    },
  };
  const definition = renamed(tea.process.definition, 'hai_che', 'Hái chè búp (một tôm hai lá)');
  return {
    ...tea,
    changeNote: { vi: 'Thêm kiểm nghiệm', en: 'Adds a lab check' },
    catalogs: [...tea.catalogs, labs],
    process: {
      ...tea.process,
      definition: {
        ...definition,
        stages: [...definition.stages, check],
        edges: [...definition.edges, { id: 'e_kiem', source: 'sao_che', target: 'kiem_nghiem' }],
      },
    },
  };
}

describe.each(await testDrivers())('a newer template version on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let tea: TemplateFile;
  let templateId: string;
  let processId: string;
  let publishedBefore: string;
  let draftBeforeUpdate: string;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'CapNhat');
    tea = await teaTemplate();
    templateId = (await storeRawTemplateVersion(kit.ctx, tea)).templateId;
    const owner = tenant.as.owner;
    processId = (await createProcessFromTemplate(kit.ctx, owner, templateId, { version: 1 })).processId;
    // the owner edits the care stage, publishes, then the expert's version 2 arrives
    const view = await getProcess(kit.ctx, owner, processId);
    const own = renamed(view.draft.definition, 'cham_soc', 'Chăm sóc theo cách của HTX');
    const saved = await saveProcessDraft(kit.ctx, owner, processId, {
      revision: view.draft.revision,
      definition: own,
    });
    await publishProcess(kit.ctx, owner, processId, { revision: saved.revision, note: 'v1' });
    publishedBefore = canonicalJson(await getProcessVersion(kit.ctx, owner, { id: processId, number: '1' }));
    draftBeforeUpdate = canonicalJson(await getProcess(kit.ctx, owner, processId).then((p) => p.draft));
    await storeRawTemplateVersion(kit.ctx, teaVersion2(tea));
  });
  afterAll(async () => {
    await kit.close();
  });

  const draftOf = async () => (await getProcess(kit.ctx, tenant.as.owner, processId)).draft;
  const stageNamed = (definition: ProcessDefinition, key: string) =>
    definition.stages.find((stage) => stage.key === key);

  it('shows "update available" and lists the changed stages to every reader, changing nothing', async () => {
    const list = await listTenantProcesses(kit.ctx, tenant.as.viewer, {});
    expect(list.items.find((p) => p.id === processId)?.template).toMatchObject({
      baseVersion: 1,
      latestVersion: 2,
      updateAvailable: true,
    });
    const update = await getProcessTemplateUpdate(kit.ctx, tenant.as.viewer, processId);
    expect(update.stages).toEqual([
      { key: 'hai_che', change: 'changed', taken: false, editedHere: false },
      { key: 'kiem_nghiem', change: 'added', taken: false, editedHere: false },
    ]);
    expect(update.diff).toMatchObject({ from: '1', to: '2' });
    expect(update.diff.stages.filter((s) => s.change !== 'unchanged').map((s) => s.key)).toEqual([
      'hai_che',
      'kiem_nghiem',
    ]);
    expect(update.note.vi).toBe('Thêm kiểm nghiệm');
    // the expert's version and every read of it left the owner's draft and published version as they were
    expect(canonicalJson(await draftOf())).toBe(draftBeforeUpdate);
    const published = await getProcessVersion(kit.ctx, tenant.as.owner, { id: processId, number: '1' });
    expect(canonicalJson(published)).toBe(publishedBefore);
  });

  it('refuses takers who are not the owner, a stale revision and a stage the update does not list', async () => {
    const { revision } = await draftOf();
    const body = { revision, stageKeys: ['hai_che'], finish: false };
    expect((await refusalOf(takeTemplateChanges(kit.ctx, tenant.as.clerk, processId, body))).code).toBe(
      'FORBIDDEN',
    );
    const stale = await refusalOf(
      takeTemplateChanges(kit.ctx, tenant.as.owner, processId, { ...body, revision: 99 }),
    );
    expect(stale.code).toBe('PROCESS_DRAFT_CONFLICT');
    const unknown = await refusalOf(
      takeTemplateChanges(kit.ctx, tenant.as.owner, processId, {
        ...body,
        stageKeys: ['hai_che', 'cham_soc'],
      }),
    );
    expect(unknown).toMatchObject({
      code: 'TEMPLATE_CHANGE_UNKNOWN',
      params: { key: 'cham_soc' },
      path: '/stageKeys/1',
    });
    expect((await draftOf()).revision).toBe(revision);
  });

  it("takes one stage: only it changes, the owner's own edit of another stage is kept", async () => {
    const before = await draftOf();
    const taken = await takeTemplateChanges(kit.ctx, tenant.as.owner, processId, {
      revision: before.revision,
      stageKeys: ['hai_che'],
      finish: false,
    });
    const after = taken.draft.definition;
    const old = stageNamed(before.definition, 'hai_che');
    expect(stageNamed(after, 'hai_che')).toMatchObject({
      id: old?.id,
      position: old?.position,
      name: { vi: 'Hái chè búp (một tôm hai lá)' },
    });
    expect(stageNamed(after, 'cham_soc')?.name.vi).toBe('Chăm sóc theo cách của HTX');
    expect(stageNamed(after, 'kiem_nghiem')).toBeUndefined();
    expect(after.edges).toEqual(before.definition.edges);
    const others = (d: ProcessDefinition) => canonicalJson(d.stages.filter((s) => s.key !== 'hai_che'));
    expect(others(after)).toBe(others(before.definition));
    const update = await getProcessTemplateUpdate(kit.ctx, tenant.as.owner, processId);
    expect(update.stages.find((s) => s.key === 'hai_che')).toMatchObject({ taken: true, editedHere: false });
  });

  it('takes an added stage that needs a new catalog: the catalog is made with its samples', async () => {
    const catalogsBefore = (await listCatalogs(kit.ctx, tenant.as.owner, {})).items.length;
    const { revision } = await draftOf();
    const taken = await takeTemplateChanges(kit.ctx, tenant.as.owner, processId, {
      revision,
      stageKeys: ['kiem_nghiem'],
      finish: false,
    });
    const catalogs = (await listCatalogs(kit.ctx, tenant.as.owner, {})).items;
    expect(catalogs).toHaveLength(catalogsBefore + 1);
    const lab = catalogs.find((c) => c.name.vi === 'Phòng kiểm nghiệm');
    const samples = await listItemsOfCatalog(kit.ctx, tenant.as.owner, lab?.id ?? '', {});
    expect(samples.items.map((item) => item.label)).toEqual(['Quatest 1']);
    const added = stageNamed(taken.draft.definition, 'kiem_nghiem');
    expect(JSON.stringify(added?.form.schema)).toContain(`"x-catalog":"${lab?.id}"`);
    const roast = stageNamed(taken.draft.definition, 'sao_che');
    expect(taken.draft.definition.edges).toContainEqual({
      id: 'e_kiem',
      source: roast?.id,
      target: added?.id,
    });
    expect(taken.link.updateAvailable).toBe(true);
  });

  it('finish moves the base to the newer version: no update any more, the published version untouched', async () => {
    const { revision } = await draftOf();
    const finished = await takeTemplateChanges(kit.ctx, tenant.as.owner, processId, {
      revision,
      stageKeys: [],
      finish: true,
    });
    expect(finished.link).toMatchObject({ baseVersion: 2, latestVersion: 2, updateAvailable: false });
    const none = await refusalOf(getProcessTemplateUpdate(kit.ctx, tenant.as.owner, processId));
    expect(none.code).toBe('TEMPLATE_NO_UPDATE');
    const published = await getProcessVersion(kit.ctx, tenant.as.owner, { id: processId, number: '1' });
    expect(canonicalJson(published)).toBe(publishedBefore);
  });

  it('takes a stage whose catalog the owner archived: a live one is made anew, the archived one left as it was', async () => {
    const other = await createTenantKit(kit.ctx, 'LuuTru');
    const owner = other.as.owner;
    const used = await createProcessFromTemplate(kit.ctx, owner, templateId, { version: 1 });
    const gardens = used.catalogs.find((catalog) => catalog.key === 'ho_trong');
    if (!gardens) throw new Error('the tea template has a catalog of growers');
    const current = await getCatalog(kit.ctx, owner, gardens.id);
    const archived = await changeCatalog(kit.ctx, owner, gardens.id, {
      revision: current.revision,
      archived: true,
    });
    const archivedItems = await listItemsOfCatalog(kit.ctx, owner, gardens.id, {});
    const { revision, definition: before } = (await getProcess(kit.ctx, owner, used.processId)).draft;

    const taken = await takeTemplateChanges(kit.ctx, owner, used.processId, {
      revision,
      stageKeys: ['hai_che'],
      finish: false,
    });
    const live = (await listCatalogs(kit.ctx, owner, {})).items.filter((c) => c.name.vi === gardens.name.vi);
    expect(live.map((c) => c.id)).not.toContain(gardens.id);
    expect(live).toHaveLength(1);
    const made = live[0]?.id ?? '';
    const samples = await listItemsOfCatalog(kit.ctx, owner, made, {});
    expect(samples.items.map((item) => item.label)).toEqual(archivedItems.items.map((item) => item.label));
    const harvest = JSON.stringify(stageNamed(taken.draft.definition, 'hai_che')?.form);
    expect([harvest.includes(`"x-catalog":"${made}"`), harvest.includes(gardens.id)]).toEqual([true, false]);
    // a stage not taken keeps the owner's catalog as it was; the archived catalog and its items are untouched
    const care = (d: ProcessDefinition) => canonicalJson(stageNamed(d, 'cham_soc'));
    expect(care(taken.draft.definition)).toBe(care(before));
    expect(await getCatalog(kit.ctx, owner, gardens.id)).toEqual(archived);
    expect(await listItemsOfCatalog(kit.ctx, owner, gardens.id, {})).toEqual(archivedItems);
    const link = await findProcessTemplateLink(kit.ctx.db, other.id, used.processId);
    expect(link?.catalog_map).toMatchObject({ ho_trong: made });
    expect(Object.keys(link?.catalog_map ?? {}).sort()).toEqual(used.catalogs.map((c) => c.key).sort());
  });
});

/** Version 2 of a tea template whose three stages picking growers (ho_trong) all changed. */
function growersVersion2(tea: TemplateFile): TemplateFile {
  let definition = tea.process.definition;
  for (const key of ['chon_doi', 'cham_soc', 'hai_che'])
    definition = renamed(definition, key, `${key} (bản 2)`);
  return {
    ...tea,
    changeNote: { vi: 'Đổi tên ba công đoạn', en: 'Three stages renamed' },
    process: { ...tea.process, definition },
  };
}

describe.each(await testDrivers())('a catalog made again for a newer template version on %s', (driver) => {
  let kit: ServiceKit;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
  });
  afterAll(async () => {
    await kit.close();
  });

  const stageNamed = (definition: ProcessDefinition, key: string) =>
    definition.stages.find((stage) => stage.key === key);

  it('does not call a stage the owner left alone "edited here", and taking it uses the live catalog', async () => {
    const tea = { ...(await teaTemplate()), key: 'che-tai-tao' };
    const { templateId } = await storeRawTemplateVersion(kit.ctx, tea);
    const tenant = await createTenantKit(kit.ctx, 'TaiTao');
    const owner = tenant.as.owner;
    const used = await createProcessFromTemplate(kit.ctx, owner, templateId, { version: 1 });
    const view = await getProcess(kit.ctx, owner, used.processId);
    await saveProcessDraft(kit.ctx, owner, used.processId, {
      revision: view.draft.revision,
      definition: renamed(view.draft.definition, 'cham_soc', 'Chăm sóc theo cách của HTX'),
    });
    await storeRawTemplateVersion(kit.ctx, growersVersion2(tea));
    const gardens = used.catalogs.find((catalog) => catalog.key === 'ho_trong');
    if (!gardens) throw new Error('the tea template has a catalog of growers');
    const current = await getCatalog(kit.ctx, owner, gardens.id);
    await changeCatalog(kit.ctx, owner, gardens.id, { revision: current.revision, archived: true });
    const first = await takeTemplateChanges(kit.ctx, owner, used.processId, {
      revision: (await getProcess(kit.ctx, owner, used.processId)).draft.revision,
      stageKeys: ['hai_che'],
      finish: false,
    });
    const link = await findProcessTemplateLink(kit.ctx.db, tenant.id, used.processId);
    const made = link?.catalog_map;
    expect(made).toMatchObject({ ho_trong: expect.not.stringMatching(gardens.id) });
    expect(link?.replaced_catalog_ids).toEqual({ ho_trong: [gardens.id] });

    const update = await getProcessTemplateUpdate(kit.ctx, owner, used.processId);
    expect(update.stages).toEqual([
      { key: 'chon_doi', change: 'changed', taken: false, editedHere: false },
      { key: 'cham_soc', change: 'changed', taken: false, editedHere: true },
      { key: 'hai_che', change: 'changed', taken: true, editedHere: false },
    ]);
    const second = await takeTemplateChanges(kit.ctx, owner, used.processId, {
      revision: first.draft.revision,
      stageKeys: ['chon_doi'],
      finish: false,
    });
    const choose = JSON.stringify(stageNamed(second.draft.definition, 'chon_doi'));
    const live = (made as Record<string, string>).ho_trong ?? '';
    expect([choose.includes(`"x-catalog":"${live}"`), choose.includes(gardens.id)]).toEqual([true, false]);
    expect(stageNamed(second.draft.definition, 'chon_doi')?.name.vi).toBe('chon_doi (bản 2)');
  });
});
