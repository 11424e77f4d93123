import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TemplateFile } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPrincipal } from '../auth/principal';
import {
  createServiceKit,
  draftDetailsOf,
  readRepoTemplate,
  refusalOf,
  repoTemplatesDir,
  type ServiceKit,
  signedInPerson,
} from '../testing';
import { publishTemplateDraft } from './template-draft-publishing.service';
import { detailsOfFile } from './template-draft-views';
import {
  createTemplateDraft,
  getTemplateDraft,
  openTemplateDraft,
  saveTemplateDraftDetails,
  saveTemplateDraftProcess,
} from './template-drafts.service';
import { checkTemplateFile } from './template-file-check';
import {
  createTemplate,
  deprecateTemplateVersion,
  publishTemplateVersion,
  syncTemplateFiles,
} from './template-publishing.service';

const note = { vi: 'Sửa tóm tắt.', en: 'Summary edited.' };
let keys = 0;
const freshKey = () => `dang-${++keys}-${Math.random().toString(36).slice(2, 8)}`;

describe.each(await testDrivers())('publishing template drafts on %s', (driver) => {
  let kit: ServiceKit;
  let expert: PersonPrincipal;
  let tea: TemplateFile;
  let dir: string;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    expert = { ...(await signedInPerson(kit.ctx, 'dang@trungtam.test')), platformRoles: ['expert'] };
    tea = checkTemplateFile(await readRepoTemplate());
    dir = await mkdtemp(join(tmpdir(), 'nguon-draft-sync-'));
  });
  afterAll(async () => {
    await kit.close();
    await rm(dir, { recursive: true, force: true });
  });

  const snapshot = async () => ({
    templates: (await sql`SELECT * FROM templates ORDER BY id`.execute(kit.ctx.db)).rows,
    versions: (
      await sql`SELECT id, number, deprecated_at FROM template_versions ORDER BY id`.execute(kit.ctx.db)
    ).rows,
    drafts: (await sql`SELECT * FROM template_drafts ORDER BY id`.execute(kit.ctx.db)).rows,
  });
  const refusedUnchanged = async (attempt: () => Promise<unknown>) => {
    const before = await snapshot();
    const refusal = await refusalOf(attempt());
    expect(await snapshot()).toEqual(before);
    return refusal;
  };
  const publishedTea = (key = freshKey()) =>
    createTemplate(kit.ctx, expert, { file: { ...tea, key, changeNote: note } });
  /** The template's draft with its summary changed (details at revision 2), ready to publish. */
  const changedDraft = async (templateId: string) => {
    const draft = await openTemplateDraft(kit.ctx, expert, templateId);
    const details = { ...draftDetailsOf(draft), summary: { vi: 'Tóm tắt khác.', en: 'Another summary.' } };
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, { revision: 1, details });
    return draft;
  };
  const at = { processRevision: 1, detailsRevision: 2, changeNote: note };

  it('refuses a draft opened before a newer version was published, deprecated or not, changing nothing', async () => {
    const template = await publishedTea();
    const draft = await changedDraft(template.id);
    const file = { ...tea, key: template.key, changeNote: { vi: 'Bản 2', en: 'Version 2' } };
    await publishTemplateVersion(kit.ctx, expert, template.id, { file });
    const outdated = await refusedUnchanged(() => publishTemplateDraft(kit.ctx, expert, draft.id, at));
    expect(outdated).toMatchObject({ code: 'TEMPLATE_DRAFT_OUTDATED', params: { base: 1, latest: 2 } });
    await deprecateTemplateVersion(kit.ctx, expert, template.id, 2, { message: { vi: 'Cũ', en: 'Old' } });
    const deprecated = await refusedUnchanged(() => publishTemplateDraft(kit.ctx, expert, draft.id, at));
    expect(deprecated).toMatchObject({ code: 'TEMPLATE_DRAFT_OUTDATED', params: { base: 1, latest: 2 } });
  });

  it("publishes a draft going back to an older version's content, and refuses one equal to the newest", async () => {
    const template = await publishedTea();
    const v2 = { ...tea, key: template.key, summary: { vi: 'Tóm tắt 2.', en: 'Summary 2.' } };
    await publishTemplateVersion(kit.ctx, expert, template.id, {
      file: { ...v2, changeNote: { vi: 'Bản 2', en: 'Version 2' } },
    });
    const draft = await openTemplateDraft(kit.ctx, expert, template.id);
    const details = { ...draftDetailsOf(draft), summary: tea.summary };
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, { revision: 1, details });
    const reverted = await publishTemplateDraft(kit.ctx, expert, draft.id, {
      ...at,
      changeNote: { vi: 'Quay lại bản 1', en: 'Back to version 1' },
    });
    expect(reverted).toMatchObject({ versionCount: 3 });
    const again = await openTemplateDraft(kit.ctx, expert, template.id);
    const unchanged = await refusedUnchanged(() =>
      publishTemplateDraft(kit.ctx, expert, again.id, { ...at, detailsRevision: 1 }),
    );
    expect(unchanged).toMatchObject({ code: 'TEMPLATE_UNCHANGED', params: { version: 3 } });
  });

  it("refuses a draft that changes the key of a base version's stage or job, changing nothing", async () => {
    const template = await publishedTea();
    const draft = await changedDraft(template.id);
    const definition = structuredClone(draft.process.definition);
    const job = definition.stages[1]?.jobs?.[0];
    if (!job) throw new Error('the tea template has a stage with jobs');
    job.key = 'bon_phan_moi';
    await saveTemplateDraftProcess(kit.ctx, expert, draft.id, { revision: 1, definition });
    const changed = await refusedUnchanged(() =>
      publishTemplateDraft(kit.ctx, expert, draft.id, { ...at, processRevision: 2 }),
    );
    expect(changed).toMatchObject({
      code: 'TEMPLATE_KEY_CHANGED',
      params: { from: 'bon_phan', to: 'bon_phan_moi' },
      path: '/process/definition/stages/1/jobs/0/key',
    });
  });

  it("refuses an upload of a key a new template's draft holds; that draft still publishes", async () => {
    const key = freshKey();
    const name = { vi: 'Chè giữ khoá', en: 'Tea holding its key' };
    const draft = await createTemplateDraft(kit.ctx, expert, { key, productType: 'tea', name });
    const upload = await refusedUnchanged(() =>
      createTemplate(kit.ctx, expert, { file: { ...tea, key, changeNote: note } }),
    );
    expect(upload).toMatchObject({ code: 'TEMPLATE_KEY_TAKEN', params: { key }, path: '/key' });
    await saveTemplateDraftProcess(kit.ctx, expert, draft.id, {
      revision: 1,
      definition: tea.process.definition,
    });
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...detailsOfFile(tea), name },
    });
    const view = await publishTemplateDraft(kit.ctx, expert, draft.id, { ...at, processRevision: 2 });
    expect(view).toMatchObject({ id: draft.id, key, versionCount: 1 });
  });

  it("still loads a start-up file whose key a new template's draft holds; that draft's publish is refused", async () => {
    const key = freshKey();
    const draft = await createTemplateDraft(kit.ctx, expert, { key, productType: 'tea', name: note });
    await cp(join(repoTemplatesDir, 'che-shan-tuyet'), join(dir, key), { recursive: true });
    const path = join(dir, key, 'template.json');
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), key }));
    expect((await syncTemplateFiles(kit.ctx, dir)).added).toEqual([{ key, number: 1 }]);
    await saveTemplateDraftProcess(kit.ctx, expert, draft.id, {
      revision: 1,
      definition: tea.process.definition,
    });
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...detailsOfFile(tea), name: note },
    });
    const taken = await refusedUnchanged(() =>
      publishTemplateDraft(kit.ctx, expert, draft.id, { ...at, processRevision: 2 }),
    );
    expect(taken).toMatchObject({ code: 'TEMPLATE_KEY_TAKEN', path: '/key' });
    expect((await getTemplateDraft(kit.ctx, expert, draft.id)).key).toBe(key);
  });
});
