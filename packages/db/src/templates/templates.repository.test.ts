import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrator';
import { insertProcess } from '../processes/processes.repository';
import { insertTenant } from '../tenants/tenants.repository';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import {
  findProcessTemplateLink,
  insertProcessTemplateLink,
  listProcessTemplateLinks,
  updateProcessTemplateLink,
} from './process-template-links.repository';
import {
  findTemplateByKey,
  findTemplateVersion,
  findTemplateVersionByHash,
  insertTemplate,
  insertTemplateVersion,
  latestTemplateVersion,
  listTemplates,
  listTemplateVersionCards,
  listTemplateVersions,
  setTemplateVersionDeprecation,
} from './templates.repository';

const now = new Date('2026-05-01T00:00:00Z');
const hash = (n: number) => n.toString(16).padStart(64, '0');

describe.each(await testDrivers())('template library repository on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
  });
  afterAll(async () => {
    await t?.close();
  });

  const template = async (key: string, productType = 'tea') => {
    const id = randomUUID();
    expect(await insertTemplate(t.db, { id, key, productType, createdBy: null, now })).toBe(true);
    return id;
  };
  const version = (templateId: string, n: number, searchText = 'che shan tuyet') =>
    insertTemplateVersion(t.db, {
      id: randomUUID(),
      templateId,
      content: { n },
      contentHash: hash(n),
      card: { stageCount: n },
      nameVi: `Mẫu ${n}`,
      nameEn: `Template ${n}`,
      searchText,
      source: 'file',
      publishedBy: null,
      now,
    });

  it('refuses a second template with the same key without failing', async () => {
    const id = await template('same-key');
    const again = await insertTemplate(t.db, {
      id: randomUUID(),
      key: 'same-key',
      productType: 'rice',
      createdBy: null,
      now,
    });
    expect(again).toBe(false);
    expect((await findTemplateByKey(t.db, 'same-key'))?.id).toBe(id);
  });

  it('numbers versions in order and skips content it already has', async () => {
    const id = await template('numbered');
    expect((await version(id, 1))?.number).toBe(1);
    expect((await version(id, 2))?.number).toBe(2);
    expect(await version(id, 1)).toBeUndefined();
    expect((await listTemplateVersions(t.db, id)).map((v) => v.number)).toEqual([2, 1]);
    expect((await findTemplateVersionByHash(t.db, id, hash(1)))?.number).toBe(1);
    expect((await findTemplateVersion(t.db, id, 2))?.content).toEqual({ n: 2 });
  });

  it('gives one version to two units of work adding the same content at once', async () => {
    const id = await template('concurrent');
    const results = await Promise.all(
      [0, 1].map(() =>
        t.db.transaction().execute((trx) =>
          insertTemplateVersion(trx, {
            id: randomUUID(),
            templateId: id,
            content: { same: true },
            contentHash: hash(99),
            card: {},
            nameVi: 'Mẫu',
            nameEn: 'Template',
            searchText: 'mau',
            source: 'file',
            publishedBy: null,
            now,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r !== undefined)).toEqual([{ id: expect.any(String), number: 1 }]);
    expect(await listTemplateVersions(t.db, id)).toHaveLength(1);
  });

  it('lets a version be deprecated but never its content or card changed (migrations 0024, 0026)', async () => {
    const id = await template('immutable');
    await version(id, 1);
    await version(id, 2);
    const deprecated = await setTemplateVersionDeprecation(t.db, {
      templateId: id,
      number: 2,
      messageVi: 'Dùng bản 1',
      messageEn: 'Use version 1',
      deprecatedBy: null,
      now,
    });
    expect(deprecated?.deprecation_en).toBe('Use version 1');
    expect((await latestTemplateVersion(t.db, id, { usable: true }))?.number).toBe(1);
    expect((await latestTemplateVersion(t.db, id, { usable: false }))?.number).toBe(2);
    await expect(
      sql`UPDATE template_versions SET content = '{"n": 3}'::jsonb WHERE template_id = ${id} AND number = 1`.execute(
        t.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE template_versions SET number = 7 WHERE template_id = ${id} AND number = 1`.execute(t.db),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`UPDATE template_versions SET card = '{}'::jsonb WHERE template_id = ${id} AND number = 1`.execute(
        t.db,
      ),
    ).rejects.toThrow(/immutable/);
    expect(await findTemplateVersion(t.db, id, 1)).toMatchObject({
      content: { n: 1 },
      card: { stageCount: 1 },
    });
  });

  it('lists templates by product type and every folded word, hiding fully deprecated ones', async () => {
    const rice = await template('gao-st25', 'rice');
    await version(rice, 1, 'gao st25 vietgap rice');
    await version(rice, 2, 'gao st25 vietgap rice soc trang');
    const honey = await template('mat-ong', 'honey');
    await version(honey, 1, 'mat ong 100% honey');
    await setTemplateVersionDeprecation(t.db, {
      templateId: honey,
      number: 1,
      messageVi: 'Cũ',
      messageEn: 'Old',
      deprecatedBy: null,
      now,
    });
    const keys = async (query: Parameters<typeof listTemplates>[1]) =>
      (await listTemplates(t.db, query)).map((row) => `${row.key}@${row.number}/${row.version_count}`);
    expect(await keys({ words: ['st25', 'soc'], includeDeprecated: false })).toEqual(['gao-st25@2/2']);
    expect(await keys({ words: ['st25', 'hue'], includeDeprecated: false })).toEqual([]);
    expect(await keys({ words: [], productType: 'rice', includeDeprecated: false })).toEqual([
      'gao-st25@2/2',
    ]);
    expect(await keys({ words: ['mat'], includeDeprecated: false })).toEqual([]);
    expect(await keys({ words: ['mat'], includeDeprecated: true })).toEqual(['mat-ong@1/1']);
    // LIKE wildcards in a search word are plain characters
    expect(await keys({ words: ['100%'], includeDeprecated: true })).toEqual(['mat-ong@1/1']);
    expect(await keys({ words: ['_'], includeDeprecated: true })).toEqual([]);
    // a list reads each version's card, never its whole file
    const [listed] = await listTemplates(t.db, { words: ['st25'], includeDeprecated: false });
    expect(listed).toMatchObject({ card: { stageCount: 2 } });
    expect(listed).not.toHaveProperty('content');
    const versions = await listTemplateVersionCards(t.db, rice);
    expect(versions.map((row) => [row.number, row.card])).toEqual([
      [2, { stageCount: 2 }],
      [1, { stageCount: 1 }],
    ]);
    expect(versions[0]).not.toHaveProperty('content');
  });

  it('keeps the link of a process to its template version per tenant', async () => {
    const id = await template('linked');
    await version(id, 1);
    await version(id, 2);
    const v1 = await findTemplateVersion(t.db, id, 1);
    const v2 = await findTemplateVersion(t.db, id, 2);
    if (!v1 || !v2) throw new Error('versions missing');
    const tenantId = randomUUID();
    const otherTenant = randomUUID();
    for (const [tid, name] of [
      [tenantId, 'A'],
      [otherTenant, 'B'],
    ] as const)
      await insertTenant(t.db, { id: tid, name, kind: 'coop', address: 'Xã A', province: 'lao-cai' });
    const processId = randomUUID();
    await insertProcess(t.db, {
      id: processId,
      tenantId,
      nameVi: 'Quy trình',
      nameEn: 'Process',
      productType: 'tea',
      draft: { stages: [] },
      createdBy: null,
      now,
    });
    await insertProcessTemplateLink(t.db, {
      processId,
      tenantId,
      templateId: id,
      usedVersionId: v1.id,
      catalogMap: { farmers: randomUUID() },
      now,
    });
    const link = await findProcessTemplateLink(t.db, tenantId, processId);
    expect(link).toMatchObject({
      template_key: 'linked',
      used_version_number: 1,
      base_version_number: 1,
      latest_usable_number: 2,
      taken_stage_keys: [],
    });
    expect(await findProcessTemplateLink(t.db, otherTenant, processId)).toBeUndefined();
    expect(await updateProcessTemplateLink(t.db, otherTenant, processId, { takenStageKeys: null })).toBe(
      false,
    );
    expect(
      await updateProcessTemplateLink(t.db, tenantId, processId, {
        baseVersionId: v2.id,
        takenStageKeys: { versionId: v2.id, keys: ['care'] },
      }),
    ).toBe(true);
    const moved = await listProcessTemplateLinks(t.db, tenantId, [processId, randomUUID()]);
    expect(moved).toMatchObject([
      {
        base_version_number: 2,
        used_version_number: 1,
        taken_stage_keys: { versionId: v2.id, keys: ['care'] },
      },
    ]);
    expect(await listProcessTemplateLinks(t.db, otherTenant, [processId])).toEqual([]);
  });
});

describe.each(await testDrivers())('migration 0026 on %s', (driver) => {
  it('fills the card of versions stored before it from their content', async () => {
    const t = await createTestDatabase(driver, { upTo: 25 });
    try {
      const templateId = randomUUID();
      await insertTemplate(t.db, {
        id: templateId,
        key: 'truoc-0026',
        productType: 'tea',
        createdBy: null,
        now,
      });
      const stage = (key: string, jobs: number) => ({ key, jobs: Array.from({ length: jobs }, () => ({})) });
      const content = {
        productType: 'tea',
        name: { vi: 'Chè', en: 'Tea' },
        summary: { vi: 'Tóm tắt', en: 'Summary' },
        keywords: ['VietGAP'],
        changeNote: { vi: 'Bản đầu', en: 'First' },
        catalogs: [{ key: 'ho_trong' }, { key: 'phan_bon' }],
        process: { definition: { stages: [stage('a', 0), stage('b', 3), stage('c', 1)] } },
      };
      await sql`INSERT INTO template_versions (id, template_id, number, content, content_hash, name_vi, source)
        VALUES (${randomUUID()}, ${templateId}, 1, ${JSON.stringify(content)}::jsonb, ${hash(1)}, 'Chè', 'file')`.execute(
        t.db,
      );
      expect(await migrateToLatest(t.db)).toContain(26);
      expect((await findTemplateVersion(t.db, templateId, 1))?.card).toEqual({
        productType: 'tea',
        name: content.name,
        summary: content.summary,
        keywords: ['VietGAP'],
        stageCount: 3,
        jobCount: 4,
        catalogCount: 2,
        changeNote: content.changeNote,
      });
    } finally {
      await t.close();
    }
  });
});
