import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TemplateFile } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPrincipal, Principal } from '../auth/principal';
import {
  createServiceKit,
  createTenantKit,
  readRepoTemplate,
  refusalOf,
  repoTemplatesDir,
  type ServiceKit,
  signedInPerson,
  type TenantKit,
} from '../testing';
import { checkTemplateFile } from './template-file-check';
import { getLibraryTemplate, listLibraryTemplates } from './template-library.service';
import {
  createTemplate,
  deprecateTemplateVersion,
  publishTemplateVersion,
  syncTemplateFiles,
} from './template-publishing.service';

/** The tea template under another key, with its change note, as an expert would upload it. */
async function teaFile(key: string, note = 'Bản đầu tiên.'): Promise<TemplateFile> {
  const file = checkTemplateFile(await readRepoTemplate());
  return { ...file, key, changeNote: { vi: note, en: `${note} (en)` } };
}

describe.each(await testDrivers())('publishing templates on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let expert: PersonPrincipal;
  let admin: PersonPrincipal;
  let dir: string;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'Mau');
    expert = { ...(await signedInPerson(kit.ctx, 'expert@trungtam.test')), platformRoles: ['expert'] };
    admin = { ...(await signedInPerson(kit.ctx, 'admin@trungtam.test')), platformRoles: ['admin'] };
    dir = await mkdtemp(join(tmpdir(), 'nguon-sync-'));
  });
  afterAll(async () => {
    await kit.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every row of the library's tables, to show a refused write left nothing behind. */
  const snapshot = async () => ({
    templates: await sql`SELECT * FROM templates ORDER BY id`.execute(kit.ctx.db),
    versions:
      await sql`SELECT id, template_id, number, deprecated_at FROM template_versions ORDER BY id`.execute(
        kit.ctx.db,
      ),
  });

  it('loads templates/ once: a second start adds nothing, a changed file is version 2, broken ones are reported', async () => {
    await cp(join(repoTemplatesDir, 'che-shan-tuyet'), join(dir, 'che-shan-tuyet'), { recursive: true });
    await cp(join(repoTemplatesDir, 'che-shan-tuyet'), join(dir, 'hong-hong'), { recursive: true });
    const first = await syncTemplateFiles(kit.ctx, dir);
    expect(first.added).toEqual([{ key: 'che-shan-tuyet', number: 1 }]);
    expect(first.broken.map((b) => [b.name, b.fault])).toEqual([
      ['hong-hong', expect.objectContaining({ code: 'TEMPLATE_FILE_INVALID', path: '/key' })],
    ]);
    expect(await syncTemplateFiles(kit.ctx, dir)).toMatchObject({ added: [], unchanged: 1 });

    const path = join(dir, 'che-shan-tuyet', 'template.json');
    const changed = { ...JSON.parse(await readFile(path, 'utf8')), changeNote: { vi: 'Thêm', en: 'More' } };
    await writeFile(path, JSON.stringify(changed));
    expect(await syncTemplateFiles(kit.ctx, dir)).toMatchObject({
      added: [{ key: 'che-shan-tuyet', number: 2 }],
      unchanged: 0,
    });
    const view = await getLibraryTemplate(
      kit.ctx,
      tenant.as.viewer,
      first.added[0] ? await idOf('che-shan-tuyet') : '',
      {},
    );
    expect(view).toMatchObject({
      versionCount: 2,
      version: { number: 2, source: 'file', publishedBy: null },
    });
  });

  async function idOf(key: string): Promise<string> {
    const { items } = await listLibraryTemplates(kit.ctx, expert, { deprecated: 'true' });
    const found = items.find((item) => item.key === key);
    if (!found) throw new Error(`no template ${key}`);
    return found.id;
  }

  it('adds a file once when two replicas start together', async () => {
    const both = join(dir, 'both');
    await cp(join(repoTemplatesDir, 'che-shan-tuyet'), join(both, 'che-hai-may'), { recursive: true });
    const path = join(both, 'che-hai-may', 'template.json');
    await writeFile(
      path,
      JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), key: 'che-hai-may' }),
    );
    const results = await Promise.all([syncTemplateFiles(kit.ctx, both), syncTemplateFiles(kit.ctx, both)]);
    expect(results.flatMap((r) => r.added)).toEqual([{ key: 'che-hai-may', number: 1 }]);
    expect(results.map((r) => r.unchanged).sort()).toEqual([0, 1]);
  });

  it('lets an expert create a template, publish a version with a note and deprecate one', async () => {
    const created = await createTemplate(kit.ctx, expert, { file: await teaFile('che-chuyen-gia') });
    expect(created).toMatchObject({
      key: 'che-chuyen-gia',
      versionCount: 1,
      version: { number: 1, source: 'expert', publishedBy: { id: expert.userId } },
    });
    expect(
      (await refusalOf(createTemplate(kit.ctx, admin, { file: await teaFile('che-chuyen-gia') }))).code,
    ).toBe('TEMPLATE_KEY_TAKEN');
    const same = await refusalOf(
      publishTemplateVersion(kit.ctx, expert, created.id, { file: await teaFile('che-chuyen-gia') }),
    );
    expect(same).toMatchObject({ code: 'TEMPLATE_UNCHANGED', params: { version: 1 } });
    const otherKey = await refusalOf(
      publishTemplateVersion(kit.ctx, expert, created.id, { file: await teaFile('che-khac', 'Khác') }),
    );
    expect(otherKey).toMatchObject({ code: 'TEMPLATE_KEY_MISMATCH', path: '/key' });

    const second = await publishTemplateVersion(kit.ctx, admin, created.id, {
      file: await teaFile('che-chuyen-gia', 'Thêm bước ủ'),
    });
    expect(second).toMatchObject({
      versionCount: 2,
      version: { number: 2, note: { vi: 'Thêm bước ủ' } },
      latestVersion: { number: 2 },
    });

    const deprecated = await deprecateTemplateVersion(kit.ctx, expert, created.id, 2, {
      message: { vi: ' Dùng bản 1 ', en: 'Use version 1' },
    });
    expect(deprecated).toMatchObject({
      number: 2,
      deprecated: { message: { vi: 'Dùng bản 1', en: 'Use version 1' } },
    });
    const owners = await getLibraryTemplate(kit.ctx, tenant.as.owner, created.id, {});
    expect(owners).toMatchObject({ version: { number: 1 }, latestVersion: { number: 1 }, versionCount: 2 });
    const asked = await getLibraryTemplate(kit.ctx, tenant.as.owner, created.id, { version: '2' });
    expect(asked.version.deprecated?.message.en).toBe('Use version 1');

    await deprecateTemplateVersion(kit.ctx, expert, created.id, 1, { message: { vi: 'Cũ', en: 'Old' } });
    const keys = async (who: Principal, deprecatedToo: boolean) =>
      (await listLibraryTemplates(kit.ctx, who, deprecatedToo ? { deprecated: 'true' } : {})).items.map(
        (i) => i.key,
      );
    expect(await keys(tenant.as.owner, true)).not.toContain('che-chuyen-gia');
    expect(await keys(expert, false)).not.toContain('che-chuyen-gia');
    expect(await keys(expert, true)).toContain('che-chuyen-gia');
    const found = await listLibraryTemplates(kit.ctx, expert, { deprecated: 'true', q: 'chuyên GIA' });
    expect(found.items.map((item) => [item.key, item.latestVersion, item.versionCount])).toEqual([
      ['che-chuyen-gia', null, 2],
    ]);
    expect(
      (
        await refusalOf(
          deprecateTemplateVersion(kit.ctx, expert, created.id, 9, { message: { vi: 'x', en: 'x' } }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('refuses publishing to anyone but experts and admins, an owner too, and stores nothing', async () => {
    const before = await snapshot();
    const id = await idOf('che-shan-tuyet');
    for (const who of [tenant.as.owner, tenant.as.clerk, tenant.as.viewer]) {
      expect((await refusalOf(createTemplate(kit.ctx, who, { file: await teaFile('che-chu') }))).code).toBe(
        'TEMPLATE_EXPERTS_ONLY',
      );
      const next = publishTemplateVersion(kit.ctx, who, id, { file: await teaFile('che-shan-tuyet', 'Mới') });
      expect((await refusalOf(next)).code).toBe('TEMPLATE_EXPERTS_ONLY');
      const deprecation = deprecateTemplateVersion(kit.ctx, who, id, 1, { message: { vi: 'x', en: 'x' } });
      expect((await refusalOf(deprecation)).code).toBe('TEMPLATE_EXPERTS_ONLY');
    }
    const token: Principal = {
      kind: 'token',
      tokenId: 't',
      tenantId: tenant.id,
      role: 'owner',
      createdBy: 'x',
    };
    expect((await refusalOf(createTemplate(kit.ctx, token, { file: await teaFile('che-token') }))).code).toBe(
      'FORBIDDEN',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a new version that changes the key of a stage or job of the newest version, storing nothing', async () => {
    const created = await createTemplate(kit.ctx, expert, { file: await teaFile('che-giu-khoa') });
    const stageKey = structuredClone(await teaFile('che-giu-khoa', 'Đổi mã'));
    const [first] = stageKey.process.definition.stages;
    if (!first) throw new Error('the tea template has stages');
    first.key = 'chon_doi_moi';
    const jobKey = structuredClone(await teaFile('che-giu-khoa', 'Đổi mã việc'));
    const job = jobKey.process.definition.stages[1]?.jobs?.[0];
    if (!job) throw new Error('the tea template has a stage with jobs');
    job.key = 'bon_phan_moi';
    const before = await snapshot();
    const attempt = (file: TemplateFile) => publishTemplateVersion(kit.ctx, expert, created.id, { file });
    expect(await refusalOf(attempt(stageKey))).toMatchObject({
      code: 'TEMPLATE_KEY_CHANGED',
      params: { name: { vi: first.name.vi }, from: 'chon_doi', to: 'chon_doi_moi' },
      path: '/process/definition/stages/0/key',
    });
    expect(await refusalOf(attempt(jobKey))).toMatchObject({
      code: 'TEMPLATE_KEY_CHANGED',
      params: { from: 'bon_phan', to: 'bon_phan_moi' },
      path: '/process/definition/stages/1/jobs/0/key',
    });
    expect(await snapshot()).toEqual(before);
    // a stage with a new id (another stage to owners) may take any key
    const renamed = (id: string) => (id === 'chon_doi' ? 'chon_doi_khac' : id);
    first.id = renamed(first.id);
    stageKey.process.definition.edges = stageKey.process.definition.edges.map((edge) => ({
      ...edge,
      source: renamed(edge.source),
      target: renamed(edge.target),
    }));
    const { chon_doi: notes, ...others } = stageKey.stageNotes;
    stageKey.stageNotes = notes ? { ...others, chon_doi_khac: notes } : others;
    expect((await attempt(stageKey)).version.number).toBe(2);
  });

  it('stores nothing from a malformed upload and names the path of the problem', async () => {
    const before = await snapshot();
    const badSample = structuredClone(await teaFile('che-hong'));
    badSample.catalogs[0]?.samples.splice(0, 1, {});
    expect(await refusalOf(createTemplate(kit.ctx, expert, { file: badSample }))).toMatchObject({
      code: 'TEMPLATE_SAMPLE_INVALID',
      path: '/catalogs/0/samples/0/ma',
    });
    expect((await refusalOf(createTemplate(kit.ctx, expert, { file: 'không phải tệp' }))).code).toBe(
      'TEMPLATE_FILE_INVALID',
    );
    const id = await idOf('che-shan-tuyet');
    const badForm = structuredClone(await teaFile('che-shan-tuyet', 'Hỏng'));
    const stage = badForm.process.definition.stages[0];
    if (!stage) throw new Error('the tea template has no stage');
    const { properties } = stage.form.schema;
    if (typeof properties !== 'object' || properties === null)
      throw new Error('the first stage has no fields');
    stage.form.schema = {
      ...stage.form.schema,
      properties: { ...properties, ngay_bat_dau: { type: 'strin' } },
    };
    expect(await refusalOf(publishTemplateVersion(kit.ctx, expert, id, { file: badForm }))).toMatchObject({
      code: 'TEMPLATE_FORM_INVALID',
      path: '/process/definition/stages/0/form/schema/properties/ngay_bat_dau',
    });
    expect(await snapshot()).toEqual(before);
  });
});
