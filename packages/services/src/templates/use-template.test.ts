import type { TemplateFile } from '@nguon/contracts';
import { setTemplateVersionDeprecation } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { canonicalJson, instantiateTemplateDefinition } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCatalogs } from '../catalogs/catalogs.service';
import { saveProcessDraft } from '../processes/process-drafts.service';
import { getProcess, listTenantProcesses } from '../processes/processes.service';
import { changeProduct, getProduct } from '../products/products.service';
import {
  createServiceKit,
  createTenantKit,
  refusalOf,
  type ServiceKit,
  storeRawTemplateVersion,
  type TenantKit,
  teaTemplate,
  tenantRowCounts,
} from '../testing';
import { createProcessFromTemplate } from './use-template';

const withKey = (file: TemplateFile, key: string): TemplateFile => ({ ...file, key });

describe.each(await testDrivers())('making a process from a template on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let tea: TemplateFile;
  let teaId: string;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'MauChe');
    tea = await teaTemplate();
    teaId = (await storeRawTemplateVersion(kit.ctx, tea)).templateId;
  });
  afterAll(async () => {
    await kit.close();
  });

  it('twice gives two independent processes, each with its own catalogs and sample product', async () => {
    const owner = tenant.as.owner;
    const first = await createProcessFromTemplate(kit.ctx, owner, teaId, { version: 1 });
    const second = await createProcessFromTemplate(kit.ctx, owner, teaId, {
      version: 1,
      processName: { vi: 'Chè vụ xuân', en: 'Spring tea' },
    });
    expect(second.processId).not.toBe(first.processId);
    expect(first.catalogs.map((c) => c.key)).toEqual(tea.catalogs.map((c) => c.key));
    const firstIds = new Set(first.catalogs.map((c) => c.id));
    expect(second.catalogs.some((c) => firstIds.has(c.id))).toBe(false);
    expect((await listCatalogs(kit.ctx, owner, {})).items).toHaveLength(2 * tea.catalogs.length);

    const [firstProduct, secondProduct] = await Promise.all(
      [first, second].map((used) => getProduct(kit.ctx, owner, used.productId)),
    );
    expect(firstProduct?.sku).toBe(tea.sampleProduct.sku);
    expect(secondProduct?.sku).toBe(`${tea.sampleProduct.sku}-2`);
    expect(secondProduct).toMatchObject({ processId: second.processId, productType: tea.productType });

    const secondView = await getProcess(kit.ctx, owner, second.processId);
    expect(secondView.name.vi).toBe('Chè vụ xuân');
    const mapOf = (used: typeof second) => Object.fromEntries(used.catalogs.map((c) => [c.key, c.id]));
    const expected = instantiateTemplateDefinition(tea.process.definition, mapOf(second));
    expect(canonicalJson(secondView.draft.definition)).toBe(canonicalJson(expected));
    expect(secondView.template).toMatchObject({ templateId: teaId, baseVersion: 1, updateAvailable: false });

    // the owner edits the first process: the second stays exactly as it was made
    const firstView = await getProcess(kit.ctx, owner, first.processId);
    const [stage, ...rest] = firstView.draft.definition.stages;
    if (!stage) throw new Error('the tea template has stages');
    await saveProcessDraft(kit.ctx, owner, first.processId, {
      revision: firstView.draft.revision,
      definition: {
        ...firstView.draft.definition,
        stages: [{ ...stage, name: { vi: 'Của tôi', en: '' } }, ...rest],
      },
    });
    const again = await getProcess(kit.ctx, owner, second.processId);
    expect(canonicalJson(again.draft.definition)).toBe(canonicalJson(expected));
    const list = await listTenantProcesses(kit.ctx, owner, {});
    expect(list.items.filter((p) => p.template?.templateId === teaId)).toHaveLength(2);
  });

  it('its sample product follows the draft process and stays editable before the first publish', async () => {
    const used = await createProcessFromTemplate(kit.ctx, tenant.as.owner, teaId, { version: 1 });
    const product = await getProduct(kit.ctx, tenant.as.owner, used.productId);
    const changed = await changeProduct(kit.ctx, tenant.as.owner, used.productId, {
      revision: product.revision,
      name: { vi: 'Chè Shan tuyết của HTX', en: '' },
    });
    expect(changed).toMatchObject({ processId: used.processId, name: { vi: 'Chè Shan tuyết của HTX' } });
  });

  it('is for the owner only, and a clerk or viewer creates nothing', async () => {
    const before = await tenantRowCounts(kit.ctx, tenant.id);
    for (const who of [tenant.as.clerk, tenant.as.viewer]) {
      expect((await refusalOf(createProcessFromTemplate(kit.ctx, who, teaId, { version: 1 }))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(await tenantRowCounts(kit.ctx, tenant.id)).toEqual(before);
  });

  it('refuses a deprecated version with its message, a missing version and a missing template', async () => {
    const other = await createTenantKit(kit.ctx, 'MauCu');
    const old = await storeRawTemplateVersion(kit.ctx, withKey(tea, 'che-cu'));
    await setTemplateVersionDeprecation(kit.ctx.db, {
      templateId: old.templateId,
      number: 1,
      messageVi: 'Dùng phiên bản mới',
      messageEn: 'Use the new version',
      deprecatedBy: null,
      now: kit.ctx.now(),
    });
    const deprecated = await refusalOf(
      createProcessFromTemplate(kit.ctx, other.as.owner, old.templateId, { version: 1 }),
    );
    expect(deprecated.code).toBe('TEMPLATE_VERSION_DEPRECATED');
    expect(deprecated.params).toMatchObject({ version: 1, message: { vi: 'Dùng phiên bản mới' } });
    const missing = await refusalOf(
      createProcessFromTemplate(kit.ctx, other.as.owner, teaId, { version: 7 }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const unknown = await refusalOf(
      createProcessFromTemplate(kit.ctx, other.as.owner, kit.ctx.newId(), { version: 1 }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(Object.values(await tenantRowCounts(kit.ctx, other.id)).every((n) => n === 0)).toBe(true);
  });

  it.each([
    {
      fault: 'a sample item the last catalog refuses',
      code: 'CATALOG_ITEM_INVALID',
      broken: (file: TemplateFile): TemplateFile => ({
        ...file,
        catalogs: file.catalogs.map((catalog, i) =>
          i === file.catalogs.length - 1 ? { ...catalog, samples: [{ khong_co: 1 }] } : catalog,
        ),
      }),
    },
    {
      fault: 'a sample product whose lot code pattern is refused (after the process is made)',
      code: 'LOT_CODE_PATTERN_INVALID',
      broken: (file: TemplateFile): TemplateFile => ({
        ...file,
        sampleProduct: { ...file.sampleProduct, lotCodePattern: '{khong}' },
      }),
    },
  ])('leaves nothing half-created when $fault', async ({ code, broken }) => {
    const other = await createTenantKit(kit.ctx, `Hong${code.length}`);
    const bad = await storeRawTemplateVersion(kit.ctx, broken(withKey(tea, `che-hong-${code.length}`)));
    const before = await tenantRowCounts(kit.ctx, other.id);
    const refusal = await refusalOf(
      createProcessFromTemplate(kit.ctx, other.as.owner, bad.templateId, { version: 1 }),
    );
    expect(refusal.code).toBe(code);
    expect(await tenantRowCounts(kit.ctx, other.id)).toEqual(before);
    // the same owner's good use afterwards goes through whole
    const good = await createProcessFromTemplate(kit.ctx, other.as.owner, teaId, { version: 1 });
    const after = await tenantRowCounts(kit.ctx, other.id);
    expect(after).toMatchObject({ processes: 1, products: 1, process_template_links: 1 });
    expect(after.catalogs).toBe(good.catalogs.length);
  });

  it('at once from several tabs in one tenant gives every use, each with its own free SKU', async () => {
    const other = await createTenantKit(kit.ctx, 'NhieuTab');
    const tabs = 4; // two collide rarely in a test: four make the race certain on PostgreSQL
    const uses = await Promise.allSettled(
      Array.from({ length: tabs }, () =>
        createProcessFromTemplate(kit.ctx, other.as.owner, teaId, { version: 1 }),
      ),
    );
    const outcomes = uses.map((use) => (use.status === 'rejected' ? String(use.reason) : use.status));
    expect(outcomes).toEqual(Array(tabs).fill('fulfilled'));
    const products = await Promise.all(
      uses.map((use) =>
        use.status === 'fulfilled' ? getProduct(kit.ctx, other.as.owner, use.value.productId) : null,
      ),
    );
    const sku = tea.sampleProduct.sku;
    expect(products.map((product) => product?.sku).sort()).toEqual([sku, `${sku}-2`, `${sku}-3`, `${sku}-4`]);
    expect(await tenantRowCounts(kit.ctx, other.id)).toMatchObject({ processes: tabs, products: tabs });
  });
});
