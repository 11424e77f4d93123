import type { CreateRecallBody } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItemInCatalog } from '../catalogs/catalog-items.service';
import { listCatalogItemLots } from '../lots/genealogy/catalog-item-lots.service';
import { correctRecord, recordStage } from '../lots/record-stage';
import { createTwoFarms, type FarmKit, newLot, refusalOf, type ServiceKit, type TenantKit } from '../testing';
import { createRecall, getRecall } from './recall-drafts.service';
import { publishRecall } from './recall-publish.service';

const notice = {
  reason: { vi: 'Phân bón nhiễm kim loại nặng', en: 'Fertiliser contaminated with heavy metals' },
  instructions: { vi: 'Ngừng sử dụng', en: 'Stop using it' },
  contact: '0912 345 678',
};

describe.each(await testDrivers())('a recall from a catalog item on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let farm: FarmKit;

  beforeAll(async () => {
    ({ kit, tenant, farm } = await createTwoFarms(driver, ['NguonVao', 'Khac']));
  });
  afterAll(async () => {
    await kit.close();
  });

  const itemOf = async (code: string) => {
    const item = await createItemInCatalog(kit.ctx, tenant.as.owner, farm.catalogId, { code });
    return { id: item.id, label: code };
  };
  const recallFrom = (itemId: string, drill = true) => {
    const source = { kind: 'catalogItem', catalogId: farm.catalogId, itemId } as const;
    const body: CreateRecallBody = { source, notice, severity: 'high', drill };
    return createRecall(kit.ctx, tenant.as.owner, body);
  };
  const itemLots = async (itemId: string) =>
    (await listCatalogItemLots(kit.ctx, tenant.as.viewer, { id: farm.catalogId, itemId })).lots.map(
      (view) => view.lot.id,
    );

  it('follows a correction: a record naming F corrected to name G reaches its lot from G, no longer from F', async () => {
    const [f, g] = [await itemOf('F-01'), await itemOf('G-01')];
    const lot = await newLot(kit.ctx, tenant, farm);
    const planted = await recordStage(kit.ctx, tenant.as.clerk, lot.id, {
      stageId: 'plant',
      data: { plot: f },
    });
    expect(await itemLots(f.id)).toEqual([lot.id]);
    await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lot.id, recordId: planted.id },
      { data: { plot: g }, reason: 'Ghi nhầm thửa' },
    );
    const fromF = await refusalOf(recallFrom(f.id));
    expect([fromF.code, fromF.path]).toEqual(['RECALL_NO_LOTS', '/source/itemId']);
    const fromG = await recallFrom(g.id);
    expect(fromG.scope.lots.filter((view) => view.seed).map((view) => view.lot.id)).toEqual([lot.id]);
    expect([await itemLots(f.id), await itemLots(g.id)]).toEqual([[], [lot.id]]);
  });

  it('shows a draft empty once every record naming its item was corrected, and will not publish it', async () => {
    const [f, g] = [await itemOf('F-02'), await itemOf('G-02')];
    const lot = await newLot(kit.ctx, tenant, farm);
    const planted = await recordStage(kit.ctx, tenant.as.clerk, lot.id, {
      stageId: 'plant',
      data: { plot: f },
    });
    const draft = await recallFrom(f.id, false);
    expect(draft.scope.lots.map((view) => view.lot.id)).toEqual([lot.id]);
    await correctRecord(
      kit.ctx,
      tenant.as.clerk,
      { id: lot.id, recordId: planted.id },
      { data: { plot: g }, reason: 'Ghi nhầm thửa' },
    );
    const preview = await getRecall(kit.ctx, tenant.as.viewer, draft.recall.id);
    expect([preview.recall.status, preview.scope.lots]).toEqual(['draft', []]);
    const refused = await refusalOf(publishRecall(kit.ctx, tenant.as.owner, draft.recall.id));
    expect(refused.code).toBe('RECALL_NO_LOTS');
    expect((await getRecall(kit.ctx, tenant.as.viewer, draft.recall.id)).recall.status).toBe('draft');
  });
});
