import type { TemplateFile } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPrincipal } from '../auth/principal';
import {
  createServiceKit,
  createTenantKit,
  draftDetailsOf,
  readRepoTemplate,
  refusalOf,
  type ServiceKit,
  signedInPerson,
  type TenantKit,
} from '../testing';
import { publishTemplateDraft } from './template-draft-publishing.service';
import { detailsOfFile } from './template-draft-views';
import {
  createTemplateDraft,
  discardTemplateDraft,
  getTemplateDraft,
  listTemplateDrafts,
  openTemplateDraft,
  saveTemplateDraftDetails,
  saveTemplateDraftProcess,
} from './template-drafts.service';
import { checkTemplateFile } from './template-file-check';
import { listLibraryTemplateVersions } from './template-library.service';
import { createTemplate } from './template-publishing.service';

const note = { vi: 'Sửa tóm tắt.', en: 'Summary edited.' };
/** Discarding a draft nobody saved since it was made. */
const firstRevisions = { processRevision: '1', detailsRevision: '1' };
let keys = 0;
const freshKey = () => `nhap-${++keys}-${Math.random().toString(36).slice(2, 8)}`;

describe.each(await testDrivers())('template drafts on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let expert: PersonPrincipal;
  let other: PersonPrincipal;
  let tea: TemplateFile;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'Nhap');
    expert = { ...(await signedInPerson(kit.ctx, 'nhap@trungtam.test')), platformRoles: ['expert'] };
    other = { ...(await signedInPerson(kit.ctx, 'khac@trungtam.test')), platformRoles: ['expert'] };
    tea = checkTemplateFile(await readRepoTemplate());
  });
  afterAll(async () => {
    await kit.close();
  });

  const snapshot = async () => ({
    templates: (await sql`SELECT * FROM templates ORDER BY id`.execute(kit.ctx.db)).rows,
    versions: (await sql`SELECT id, number FROM template_versions ORDER BY id`.execute(kit.ctx.db)).rows,
    drafts: (await sql`SELECT * FROM template_drafts ORDER BY id`.execute(kit.ctx.db)).rows,
  });
  /** The refusal of `attempt`, checked to have changed nothing stored. */
  const refusedUnchanged = async (attempt: () => Promise<unknown>) => {
    const before = await snapshot();
    const refusal = await refusalOf(attempt());
    expect(await snapshot()).toEqual(before);
    return refusal;
  };
  const publishedTea = async () => {
    const key = freshKey();
    return createTemplate(kit.ctx, expert, { file: { ...tea, key, changeNote: note } });
  };

  it('starts a new template with sensible details and an empty process, not yet publishable', async () => {
    const key = freshKey();
    const body = { key, productType: 'tea' as const, name: { vi: 'Chè mới', en: '' } };
    const view = await createTemplateDraft(kit.ctx, expert, body);
    expect(view).toMatchObject({
      key,
      templateId: null,
      baseVersion: null,
      createdBy: { id: expert.userId },
    });
    expect(view.process).toMatchObject({ revision: 1, definition: { stages: [], edges: [] } });
    expect(view.details).toMatchObject({
      revision: 1,
      processName: body.name,
      sampleProduct: { name: body.name, sku: key },
      stageNotes: {},
      catalogs: [],
    });
    expect(view.check).toMatchObject({ code: expect.stringMatching(/^TEMPLATE_/), path: expect.any(String) });
    const listed = await listTemplateDrafts(kit.ctx, expert);
    expect(listed.items.find((item) => item.id === view.id)).toMatchObject({ key, stageCount: 0 });
  });

  it('refuses a key taken by a template or by a draft', async () => {
    const template = await publishedTea();
    const drafted = await createTemplateDraft(kit.ctx, expert, {
      key: freshKey(),
      productType: 'tea',
      name: { vi: 'Chè', en: 'Tea' },
    });
    for (const key of [template.key, drafted.key]) {
      const refusal = await refusedUnchanged(() =>
        createTemplateDraft(kit.ctx, expert, { key, productType: 'tea', name: { vi: 'Chè', en: '' } }),
      );
      expect([refusal.code, refusal.path]).toEqual(['TEMPLATE_KEY_TAKEN', '/key']);
    }
  });

  it('lets only one of a new draft and an upload claiming the same key at the same moment have it', async () => {
    for (let round = 0; round < 3; round += 1) {
      const key = freshKey();
      const claims = await Promise.allSettled([
        createTemplateDraft(kit.ctx, expert, { key, productType: 'tea', name: { vi: 'Chè', en: '' } }),
        createTemplate(kit.ctx, expert, { file: { ...tea, key } }),
      ]);
      expect(claims.filter((claim) => claim.status === 'fulfilled')).toHaveLength(1);
      const refused = claims.find((claim) => claim.status === 'rejected');
      expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ code: 'TEMPLATE_KEY_TAKEN' });
    }
  });

  it('refuses everyone but experts and admins, changing nothing', async () => {
    const template = await publishedTea();
    const draft = await openTemplateDraft(kit.ctx, expert, template.id);
    const revisions = { processRevision: 1, detailsRevision: 1, changeNote: note };
    const attempts = [
      () => listTemplateDrafts(kit.ctx, tenant.as.owner),
      () =>
        createTemplateDraft(kit.ctx, tenant.as.owner, { key: freshKey(), productType: 'tea', name: note }),
      () => openTemplateDraft(kit.ctx, tenant.as.owner, template.id),
      () => getTemplateDraft(kit.ctx, tenant.as.owner, draft.id),
      () => saveTemplateDraftProcess(kit.ctx, tenant.as.owner, draft.id, draft.process),
      () =>
        saveTemplateDraftDetails(kit.ctx, tenant.as.owner, draft.id, {
          revision: 1,
          details: draftDetailsOf(draft),
        }),
      () => publishTemplateDraft(kit.ctx, tenant.as.owner, draft.id, revisions),
      () => discardTemplateDraft(kit.ctx, tenant.as.owner, draft.id, firstRevisions),
    ];
    for (const attempt of attempts)
      expect((await refusedUnchanged(attempt)).code).toBe('TEMPLATE_EXPERTS_ONLY');
  });

  it('answers NOT_FOUND for a draft that does not exist, changing nothing', async () => {
    const missing = kit.ctx.newId();
    const draft = await openTemplateDraft(kit.ctx, expert, (await publishedTea()).id);
    const attempts = [
      () => openTemplateDraft(kit.ctx, expert, missing),
      () => getTemplateDraft(kit.ctx, expert, missing),
      () => saveTemplateDraftProcess(kit.ctx, expert, missing, draft.process),
      () =>
        saveTemplateDraftDetails(kit.ctx, expert, missing, { revision: 1, details: draftDetailsOf(draft) }),
      () =>
        publishTemplateDraft(kit.ctx, expert, missing, {
          processRevision: 1,
          detailsRevision: 1,
          changeNote: note,
        }),
      () => discardTemplateDraft(kit.ctx, expert, missing, firstRevisions),
    ];
    for (const attempt of attempts) expect((await refusedUnchanged(attempt)).code).toBe('NOT_FOUND');
  });

  it('gives two experts opening a template at once the same draft, from its newest version', async () => {
    const template = await publishedTea();
    const [one, two] = await Promise.all([
      openTemplateDraft(kit.ctx, expert, template.id),
      openTemplateDraft(kit.ctx, other, template.id),
    ]);
    expect(one.id).toBe(template.id);
    expect(two.id).toBe(template.id);
    expect(one).toMatchObject({ templateId: template.id, baseVersion: 1, check: null });
    expect(one.process.problems).toEqual([]);
    const count = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM template_drafts WHERE template_id = ${template.id}`.execute(kit.ctx.db);
    expect(count.rows[0]?.n).toBe(1);
  });

  it('saves the process against its revision: unchanged keeps it, stale is a conflict naming who', async () => {
    const draft = await openTemplateDraft(kit.ctx, expert, (await publishedTea()).id);
    const same = await saveTemplateDraftProcess(kit.ctx, expert, draft.id, draft.process);
    expect(same.revision).toBe(1);
    const [first, ...rest] = draft.process.definition.stages;
    if (!first) throw new Error('the tea template has stages');
    const renamed = { ...first, name: { vi: 'Bước đầu', en: 'First step' } };
    const definition = { ...draft.process.definition, stages: [renamed, ...rest] };
    const saved = await saveTemplateDraftProcess(kit.ctx, other, draft.id, { revision: 1, definition });
    expect(saved).toMatchObject({ revision: 2, updatedBy: { id: other.userId } });
    const stale = await refusedUnchanged(() =>
      saveTemplateDraftProcess(kit.ctx, expert, draft.id, {
        revision: 1,
        definition: draft.process.definition,
      }),
    );
    expect(stale).toMatchObject({ code: 'TEMPLATE_DRAFT_CONFLICT', params: { name: 'A', revision: 2 } });
  });

  it('marks a form field that picks from a catalog the draft lacks as a problem', async () => {
    const draft = await openTemplateDraft(kit.ctx, expert, (await publishedTea()).id);
    const details = draftDetailsOf(draft);
    const [dropped] = details.catalogs;
    if (!dropped) throw new Error('the tea template has catalogs');
    const fewer = { ...details, catalogs: details.catalogs.slice(1) };
    const view = await saveTemplateDraftDetails(kit.ctx, expert, draft.id, { revision: 1, details: fewer });
    const missing = view.process.problems.filter((problem) => problem.code === 'template_unknown_catalog');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0]).toMatchObject({
      fault: { kind: 'code', code: 'TEMPLATE_UNKNOWN_CATALOG', params: { catalog: dropped.key } },
    });
    expect(view.check).toMatchObject({ code: 'TEMPLATE_UNKNOWN_CATALOG' });
  });

  it('saves the details against their revision; stale is a conflict', async () => {
    const draft = await openTemplateDraft(kit.ctx, expert, (await publishedTea()).id);
    const details = { ...draftDetailsOf(draft), keywords: ['mới'] };
    const saved = await saveTemplateDraftDetails(kit.ctx, expert, draft.id, { revision: 1, details });
    expect(saved.details).toMatchObject({ revision: 2, keywords: ['mới'] });
    const stale = await refusedUnchanged(() =>
      saveTemplateDraftDetails(kit.ctx, other, draft.id, { revision: 1, details: draftDetailsOf(draft) }),
    );
    expect(stale).toMatchObject({ code: 'TEMPLATE_DRAFT_CONFLICT', params: { revision: 2 } });
  });

  it('refuses to publish stale revisions, problems or an unchanged draft, changing nothing', async () => {
    const draft = await openTemplateDraft(kit.ctx, expert, (await publishedTea()).id);
    const at = { processRevision: 1, detailsRevision: 1, changeNote: note };
    const unchanged = await refusedUnchanged(() => publishTemplateDraft(kit.ctx, expert, draft.id, at));
    expect(unchanged).toMatchObject({ code: 'TEMPLATE_UNCHANGED', params: { version: 1 } });
    const stage = draft.process.definition.stages[0]?.id ?? '';
    const { [stage]: _gone, ...notes } = draft.details.stageNotes;
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...draftDetailsOf(draft), stageNotes: notes },
    });
    const stale = await refusedUnchanged(() => publishTemplateDraft(kit.ctx, expert, draft.id, at));
    expect(stale.code).toBe('TEMPLATE_DRAFT_CONFLICT');
    const noNote = await refusedUnchanged(() =>
      publishTemplateDraft(kit.ctx, expert, draft.id, { ...at, detailsRevision: 2 }),
    );
    expect([noNote.code, noNote.path]).toEqual(['TEMPLATE_FILE_INVALID', `/stageNotes/${stage}`]);
    expect((await getTemplateDraft(kit.ctx, expert, draft.id)).check).toMatchObject({
      code: 'TEMPLATE_FILE_INVALID',
      path: `/stageNotes/${stage}`,
    });
  });

  it('publishes a changed draft as the next version by an expert and closes the draft', async () => {
    const template = await publishedTea();
    const draft = await openTemplateDraft(kit.ctx, expert, template.id);
    const summary = { vi: 'Tóm tắt mới.', en: 'A new summary.' };
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...draftDetailsOf(draft), summary },
    });
    const view = await publishTemplateDraft(kit.ctx, expert, draft.id, {
      processRevision: 1,
      detailsRevision: 2,
      changeNote: note,
    });
    expect(view).toMatchObject({ id: template.id, summary, versionCount: 2 });
    const versions = await listLibraryTemplateVersions(kit.ctx, expert, template.id);
    expect(versions.items[0]).toMatchObject({ number: 2, source: 'expert', note });
    expect((await refusalOf(getTemplateDraft(kit.ctx, expert, draft.id))).code).toBe('NOT_FOUND');
  });

  it("publishes a new template under the draft's id, and discards a draft", async () => {
    const key = freshKey();
    const name = { vi: 'Chè từ nháp', en: 'Tea from a draft' };
    const draft = await createTemplateDraft(kit.ctx, expert, { key, productType: 'tea', name });
    await saveTemplateDraftProcess(kit.ctx, expert, draft.id, {
      revision: 1,
      definition: tea.process.definition,
    });
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...detailsOfFile(tea), name },
    });
    const view = await publishTemplateDraft(kit.ctx, expert, draft.id, {
      processRevision: 2,
      detailsRevision: 2,
      changeNote: note,
    });
    expect(view).toMatchObject({ id: draft.id, key, name, versionCount: 1 });

    const other = await createTemplateDraft(kit.ctx, expert, { key: freshKey(), productType: 'tea', name });
    await discardTemplateDraft(kit.ctx, expert, other.id, firstRevisions);
    expect((await refusalOf(getTemplateDraft(kit.ctx, expert, other.id))).code).toBe('NOT_FOUND');
  });
});
