import { replacePlatformRoles } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { freshTemplateKey, templateFileOf } from '../testing/template-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

type Details = Record<string, unknown> & { revision: number; updatedAt: string; updatedBy: unknown };
const partOf = ({ revision: _r, updatedAt: _a, updatedBy: _b, ...details }: Details) => details;

describe.each(await testDrivers())('template drafts over HTTP on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let expertLogin: string;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    expertLogin = `nhap.${driver}@trungtam.test`;
    const expert = await createPerson(t.platform.ctx, expertLogin);
    await replacePlatformRoles(t.platform.ctx.db, expert.id, ['expert'], []);
  });
  afterAll(async () => {
    await t?.close();
  });

  const expert = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, expertLogin, PASSWORD, lang);
  const owner = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, lang);
  /** A template uploaded from the repository's tea file under a fresh key: its id. */
  const uploadedTea = async (agent: HttpAgent) => {
    const file = await templateFileOf({ key: freshTemplateKey() });
    const created = await agent.request('POST', '/api/v1/templates', { body: { file } });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  it('lets an expert create a draft and save its process against the revision read', async () => {
    const agent = await expert();
    const key = freshTemplateKey();
    const created = await agent.request('POST', '/api/v1/template-drafts', {
      body: { key, productType: 'tea', name: { vi: 'Chè mới', en: '' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      key,
      templateId: null,
      process: { revision: 1 },
      details: { revision: 1 },
    });
    expect(created.body.check).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    const path = `/api/v1/template-drafts/${created.body.id}/process`;
    const definition = (await templateFileOf()).process as { definition: unknown };
    const saved = await agent.request('PUT', path, {
      body: { revision: 1, definition: definition.definition },
    });
    expect(saved).toMatchObject({ status: 200, body: { revision: 2 } });
    // forms of the tea process pick from catalogs the new draft does not have yet: a problem each, in words
    expect(saved.body.problems).toContainEqual(
      expect.objectContaining({
        code: 'template_unknown_catalog',
        message: expect.stringContaining('catalog'),
      }),
    );
    const stale = await agent.request('PUT', path, {
      body: { revision: 1, definition: definition.definition },
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'TEMPLATE_DRAFT_CONFLICT' } });
    const listed = await agent.request('GET', '/api/v1/template-drafts');
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: created.body.id, key }));
  });

  it('refuses an owner with TEMPLATE_EXPERTS_ONLY', async () => {
    const agent = await owner('vi');
    const listed = await agent.request('GET', '/api/v1/template-drafts');
    const created = await agent.request('POST', '/api/v1/template-drafts', {
      body: { key: freshTemplateKey(), productType: 'tea', name: { vi: 'Chè', en: '' } },
    });
    for (const refused of [listed, created])
      expect(refused).toMatchObject({ status: 403, body: { code: 'TEMPLATE_EXPERTS_ONLY' } });
  });

  it("refuses publishing with the path in the file, then publishes version 2 leaving owners' processes as they were", async () => {
    const agent = await expert();
    const templateId = await uploadedTea(agent);
    const ownerAgent = await owner();
    const used = await ownerAgent.request('POST', `/api/v1/templates/${templateId}/use`, {
      body: { version: 1 },
    });
    expect(used.status).toBe(201);
    const processBefore = await ownerAgent.request('GET', `/api/v1/processes/${used.body.processId}`);

    const opened = await agent.request('POST', `/api/v1/templates/${templateId}/draft`);
    expect(opened).toMatchObject({ status: 200, body: { id: templateId, baseVersion: 1, check: null } });
    const draftPath = `/api/v1/template-drafts/${templateId}`;
    const details = partOf(opened.body.details);
    const stageNotes = details.stageNotes as Record<string, unknown>;
    const [firstStage] = Object.keys(stageNotes);
    const { [firstStage ?? '']: _dropped, ...fewerNotes } = stageNotes;
    const noNote = await agent.request('PUT', `${draftPath}/details`, {
      body: { revision: 1, details: { ...details, stageNotes: fewerNotes } },
    });
    expect(noNote.body.check).toMatchObject({
      code: 'TEMPLATE_FILE_INVALID',
      path: `/stageNotes/${firstStage}`,
    });
    const changeNote = { vi: 'Tóm tắt mới', en: 'A new summary' };
    const publish = (detailsRevision: number) =>
      agent.request('POST', `${draftPath}/publish`, {
        body: { processRevision: 1, detailsRevision, changeNote },
      });
    expect(await publish(2)).toMatchObject({
      status: 422,
      body: { code: 'TEMPLATE_FILE_INVALID', path: `/stageNotes/${firstStage}` },
    });

    const name = details.name as { vi: string };
    const noEnglish = await agent.request('PUT', `${draftPath}/details`, {
      body: { revision: 2, details: { ...details, name: { vi: name.vi, en: '' } } },
    });
    expect(noEnglish.status).toBe(200);
    expect(await publish(3)).toMatchObject({ status: 422, body: { path: '/name/en' } });

    const summary = { vi: 'Tóm tắt mới.', en: 'A new summary.' };
    await agent.request('PUT', `${draftPath}/details`, {
      body: { revision: 3, details: { ...details, summary } },
    });
    const published = await publish(4);
    expect(published).toMatchObject({ status: 201, body: { id: templateId, summary, versionCount: 2 } });
    const listed = await agent.request('GET', `/api/v1/templates/${templateId}/versions`);
    expect(listed.body.items[0]).toMatchObject({ number: 2, source: 'expert', note: changeNote });
    expect((await agent.request('GET', draftPath)).status).toBe(404);

    const processAfter = await ownerAgent.request('GET', `/api/v1/processes/${used.body.processId}`);
    expect(processAfter.body.draft).toEqual(processBefore.body.draft);
    expect(processAfter.body.template).toMatchObject({ templateId, baseVersion: 1 });
  });

  it('discards a draft at the revisions read; the published versions stay', async () => {
    const agent = await expert();
    const templateId = await uploadedTea(agent);
    const opened = await agent.request('POST', `/api/v1/templates/${templateId}/draft`);
    expect(opened.status).toBe(200);
    const draftPath = `/api/v1/template-drafts/${templateId}`;
    await agent.request('PUT', `${draftPath}/details`, {
      body: { revision: 1, details: { ...partOf(opened.body.details), keywords: ['khác'] } },
    });
    const stale = await agent.request('DELETE', `${draftPath}?processRevision=1&detailsRevision=1`);
    expect(stale).toMatchObject({ status: 409, body: { code: 'TEMPLATE_DRAFT_CONFLICT' } });
    expect((await agent.request('GET', draftPath)).body.details.keywords).toEqual(['khác']);
    const discarded = await agent.request('DELETE', `${draftPath}?processRevision=1&detailsRevision=2`);
    expect(discarded.status).toBe(204);
    expect((await agent.request('GET', draftPath)).status).toBe(404);
    expect((await agent.request('GET', `/api/v1/templates/${templateId}`)).body).toMatchObject({
      versionCount: 1,
    });
    const again = await agent.request('DELETE', `${draftPath}?processRevision=1&detailsRevision=2`);
    expect(again).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });

  /** A tea template whose draft edited its summary (details at revision 2), then version 2 uploaded. */
  const outdatedDraft = async (agent: HttpAgent) => {
    const key = freshTemplateKey();
    const file = await templateFileOf({ key });
    const created = await agent.request('POST', '/api/v1/templates', { body: { file } });
    const templateId = created.body.id as string;
    const opened = await agent.request('POST', `/api/v1/templates/${templateId}/draft`);
    const summary = { vi: 'Tóm tắt của tôi.', en: 'My summary.' };
    const draftPath = `/api/v1/template-drafts/${templateId}`;
    await agent.request('PUT', `${draftPath}/details`, {
      body: { revision: 1, details: { ...partOf(opened.body.details), summary } },
    });
    const next = structuredClone(file) as { process: { definition: { stages: { name: object }[] } } };
    const [first] = next.process.definition.stages;
    if (!first) throw new Error('the tea template has stages');
    first.name = { vi: 'Công đoạn mới', en: 'New stage' };
    const guide = { vi: 'Hướng dẫn mới.', en: 'A new guide.' };
    const v2 = { ...next, guide, changeNote: { vi: 'Bản 2', en: 'Version 2' } };
    const uploaded = await agent.request('POST', `/api/v1/templates/${templateId}/versions`, {
      body: { file: v2 },
    });
    expect(uploaded.status).toBe(201);
    return { templateId, draftPath, summary, guide };
  };
  const take = { processRevision: 1, detailsRevision: 2, version: 2, stageKeys: [], detailParts: [] };

  it('brings an outdated draft onto the newest version, taking what the expert chose, then publishes it', async () => {
    const agent = await expert();
    const { draftPath, summary, guide } = await outdatedDraft(agent);
    const before = await agent.request('GET', draftPath);
    expect(before.body).toMatchObject({ baseVersion: 1, latestVersion: 2 });
    const refused = await agent.request('POST', `${draftPath}/publish`, {
      body: { processRevision: 1, detailsRevision: 2, changeNote: { vi: 'Bản 3', en: 'Version 3' } },
    });
    expect(refused).toMatchObject({ status: 409, body: { code: 'TEMPLATE_DRAFT_OUTDATED' } });

    const update = await agent.request('GET', `${draftPath}/update`);
    expect(update).toMatchObject({ status: 200, body: { from: 1, to: 2, note: { en: 'Version 2' } } });
    const stageKey = update.body.stages[0]?.key as string;
    expect(update.body.stages).toEqual([
      { key: stageKey, change: 'changed', taken: false, editedHere: false },
    ]);
    expect(update.body.details).toEqual([
      {
        id: 'guide',
        part: 'guide',
        key: null,
        name: null,
        change: 'changed',
        taken: false,
        editedHere: false,
      },
    ]);
    const taken = await agent.request('POST', `${draftPath}/update`, {
      body: { ...take, stageKeys: [stageKey], detailParts: ['guide'] },
    });
    expect(taken).toMatchObject({
      status: 200,
      body: {
        baseVersion: 2,
        latestVersion: 2,
        process: { revision: 2 },
        details: { revision: 3, summary, guide },
      },
    });
    expect(taken.body.process.definition.stages[0].name).toEqual({ vi: 'Công đoạn mới', en: 'New stage' });
    const current = await agent.request('GET', `${draftPath}/update`);
    expect(current).toMatchObject({ status: 409, body: { code: 'TEMPLATE_DRAFT_CURRENT' } });
    const published = await agent.request('POST', `${draftPath}/publish`, {
      body: { processRevision: 2, detailsRevision: 3, changeNote: { vi: 'Bản 3', en: 'Version 3' } },
    });
    expect(published).toMatchObject({ status: 201, body: { summary, versionCount: 3 } });
  });

  it('refuses taking an update with its code and path, in either language, changing nothing', async () => {
    const agent = await expert('vi');
    const { draftPath } = await outdatedDraft(agent);
    const update = await agent.request('GET', `${draftPath}/update`);
    const stageKey = update.body.stages[0]?.key as string;
    const cases = [
      [{ ...take, version: 1 }, 409, 'TEMPLATE_DRAFT_OUTDATED', undefined],
      [{ ...take, stageKeys: [stageKey, 'khong_co'] }, 422, 'TEMPLATE_CHANGE_UNKNOWN', '/stageKeys/1'],
      [{ ...take, detailParts: ['guide', 'summary'] }, 422, 'TEMPLATE_PART_CHANGE_UNKNOWN', '/detailParts/1'],
      [{ ...take, processRevision: 2 }, 409, 'TEMPLATE_DRAFT_CONFLICT', undefined],
      [{ ...take, detailsRevision: 1 }, 409, 'TEMPLATE_DRAFT_CONFLICT', undefined],
    ] as const;
    const before = await agent.request('GET', draftPath);
    for (const [body, status, code, path] of cases) {
      const refused = await agent.request('POST', `${draftPath}/update`, { body });
      expect(refused).toMatchObject({ status, body: { code, detail: expect.stringMatching(/\p{L}/u) } });
      if (path) expect(refused.body.path).toBe(path);
    }
    expect((await agent.request('GET', draftPath)).body).toEqual(before.body);
    const ownerAgent = await owner();
    const notExpert = await ownerAgent.request('POST', `${draftPath}/update`, { body: take });
    expect(notExpert).toMatchObject({ status: 403, body: { code: 'TEMPLATE_EXPERTS_ONLY' } });
    const outdated = await agent.request('POST', `${draftPath}/update`, { body: { ...take, version: 1 } });
    expect(outdated.body.detail).toContain('Phiên bản 2');
  });

  it('refuses a take past the limits of a draft with TEMPLATE_UPDATE_TOO_LARGE and its path; drafts still list', async () => {
    const agent = await expert('vi');
    const file = (await templateFileOf({ key: freshTemplateKey() })) as { catalogs: { key: string }[] };
    const created = await agent.request('POST', '/api/v1/templates', { body: { file } });
    const templateId = created.body.id as string;
    const opened = await agent.request('POST', `/api/v1/templates/${templateId}/draft`);
    const draftPath = `/api/v1/template-drafts/${templateId}`;
    const [first] = file.catalogs;
    if (!first) throw new Error('the tea template has catalogs');
    const own = Array.from({ length: 20 - file.catalogs.length }, (_, index) => ({
      ...first,
      key: `rieng_${index}`,
    }));
    const saved = await agent.request('PUT', `${draftPath}/details`, {
      body: {
        revision: 1,
        details: { ...partOf(opened.body.details), catalogs: [...file.catalogs, ...own] },
      },
    });
    expect(saved.status).toBe(200);
    const v2 = {
      ...file,
      catalogs: [...file.catalogs, { ...first, key: 'them_moi' }],
      changeNote: { vi: 'Bản 2', en: 'Version 2' },
    };
    const uploaded = await agent.request('POST', `/api/v1/templates/${templateId}/versions`, {
      body: { file: v2 },
    });
    expect(uploaded.status).toBe(201);
    const before = await agent.request('GET', draftPath);
    const refused = await agent.request('POST', `${draftPath}/update`, {
      body: { ...take, detailParts: ['catalog:them_moi'] },
    });
    expect(refused).toMatchObject({
      status: 422,
      body: {
        code: 'TEMPLATE_UPDATE_TOO_LARGE',
        path: '/details/catalogs',
        detail: expect.stringMatching(/\p{L}/u),
      },
    });
    expect((await agent.request('GET', draftPath)).body).toEqual(before.body);
    expect((await agent.request('GET', '/api/v1/template-drafts')).status).toBe(200);
  });
});
