import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal';
import {
  createServiceKit,
  createTenantKit,
  publishTestTemplate,
  refusalOf,
  type ServiceKit,
  type TenantKit,
  type TestTemplate,
} from '../testing';
import {
  getLibraryTemplate,
  listLibraryTemplates,
  listLibraryTemplateVersions,
} from './template-library.service';

describe.each(await testDrivers())('reading the template library on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let tea: TestTemplate;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'DocMau');
    await publishTestTemplate(kit.ctx);
    tea = await publishTestTemplate(kit.ctx, {
      change: (file) => {
        file.changeNote = { vi: 'Thêm từ khoá', en: 'More keywords' };
        file.keywords = [...file.keywords, 'Mộc Châu'];
      },
    });
  });
  afterAll(async () => {
    await kit.close();
  });

  const found = async (who: Principal, query: Parameters<typeof listLibraryTemplates>[2]) =>
    (await listLibraryTemplates(kit.ctx, who, query)).items.map((item) => item.key);

  it('finds a template by product type and by words with or without accents', async () => {
    for (const q of ['shan tuyet', 'Chè SHAN', 'moc chau', 'trà', 'ancient tea', 'che-shan'])
      expect(await found(tenant.as.clerk, { q }), q).toEqual(['che-shan-tuyet']);
    expect(await found(tenant.as.viewer, { productType: 'tea' })).toEqual(['che-shan-tuyet']);
    expect(await found(tenant.as.viewer, { productType: 'rice' })).toEqual([]);
    expect(await found(tenant.as.owner, { q: 'shan cà phê' })).toEqual([]);
    expect(await found(tenant.as.owner, { q: '%' })).toEqual([]);
  });

  it('summarises a template from its newest usable version', async () => {
    const [summary] = (await listLibraryTemplates(kit.ctx, tenant.as.owner, {})).items;
    expect(summary).toMatchObject({
      id: tea.id,
      productType: 'tea',
      name: { vi: 'Chè Shan tuyết cổ thụ' },
      stageCount: 5,
      jobCount: 4,
      catalogCount: 3,
      versionCount: 2,
      latestVersion: { number: 2, note: { en: 'More keywords' }, stageCount: 5, deprecated: null },
    });
  });

  it('shows one template at its latest usable version or the one asked for, and lists its versions', async () => {
    const latest = await getLibraryTemplate(kit.ctx, tenant.as.viewer, tea.id, {});
    expect(latest.version.number).toBe(2);
    expect(latest.file.keywords).toContain('Mộc Châu');
    const first = await getLibraryTemplate(kit.ctx, tenant.as.viewer, tea.id, { version: '1' });
    expect(first.file.keywords).not.toContain('Mộc Châu');
    expect(first.latestVersion?.number).toBe(2);
    const versions = await listLibraryTemplateVersions(kit.ctx, tenant.as.clerk, tea.id);
    expect(versions.items.map((v) => [v.number, v.note.vi, v.source])).toEqual([
      [2, 'Thêm từ khoá', 'file'],
      [1, 'Bản đầu tiên.', 'file'],
    ]);
  });

  it('answers NOT_FOUND for an unknown template or version, and reads for signed-in people only', async () => {
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect((await refusalOf(getLibraryTemplate(kit.ctx, tenant.as.owner, unknownId, {}))).code).toBe(
      'NOT_FOUND',
    );
    expect(
      await refusalOf(getLibraryTemplate(kit.ctx, tenant.as.owner, tea.id, { version: '7' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      path: '/version',
    });
    expect((await refusalOf(listLibraryTemplateVersions(kit.ctx, tenant.as.owner, unknownId))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusalOf(listLibraryTemplates(kit.ctx, { kind: 'anonymous' }, {}))).code).toBe(
      'UNAUTHENTICATED',
    );
    const token: Principal = {
      kind: 'token',
      tokenId: 't',
      tenantId: tenant.id,
      role: 'owner',
      createdBy: 'x',
    };
    expect((await refusalOf(listLibraryTemplates(kit.ctx, token, {}))).code).toBe('FORBIDDEN');
  });
});
