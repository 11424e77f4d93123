import type { TemplateFile } from '@nguon/contracts';
import type { Db } from '@nguon/db';
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
import { withUnitOfWork } from '../unit-of-work';
import { publishTemplateDraft } from './template-draft-publishing.service';
import { getTemplateDraftUpdate, takeTemplateDraftUpdate } from './template-draft-updates';
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
import { createTemplate, publishTemplateVersion } from './template-publishing.service';

const note = { vi: 'Bản đầu.', en: 'First version.' };
let keys = 0;
const freshKey = () => `capnhat-${++keys}-${Math.random().toString(36).slice(2, 8)}`;

/** The tea file as version 2: the first stage renamed, the guide and the first catalog's name changed. */
function secondVersion(file: TemplateFile): TemplateFile {
  const next = structuredClone(file);
  const [stage] = next.process.definition.stages;
  const [catalog] = next.catalogs;
  if (!stage || !catalog) throw new Error('the tea template has stages and catalogs');
  stage.name = { vi: `${stage.name.vi} (mới)`, en: `${stage.name.en} (new)` };
  catalog.name = { vi: `${catalog.name.vi} mới`, en: `New ${catalog.name.en}` };
  next.guide = { vi: `${file.guide.vi} Thêm.`, en: `${file.guide.en} More.` };
  next.changeNote = { vi: 'Bản 2.', en: 'Version 2.' };
  return next;
}

describe.each(await testDrivers())('bringing template drafts onto a newer version on %s', (driver) => {
  let kit: ServiceKit;
  let tenant: TenantKit;
  let expert: PersonPrincipal;
  let other: PersonPrincipal;
  let tea: TemplateFile;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    tenant = await createTenantKit(kit.ctx, 'CapNhat');
    expert = { ...(await signedInPerson(kit.ctx, 'capnhat@trungtam.test')), platformRoles: ['expert'] };
    other = { ...(await signedInPerson(kit.ctx, 'capnhat2@trungtam.test')), platformRoles: ['expert'] };
    tea = checkTemplateFile(await readRepoTemplate());
  });
  afterAll(async () => {
    await kit.close();
  });

  const snapshot = async () => ({
    versions: (await sql`SELECT id, number FROM template_versions ORDER BY id`.execute(kit.ctx.db)).rows,
    drafts: (await sql`SELECT * FROM template_drafts ORDER BY id`.execute(kit.ctx.db)).rows,
  });
  const refusedUnchanged = async (attempt: () => Promise<unknown>) => {
    const before = await snapshot();
    const refusal = await refusalOf(attempt());
    expect(await snapshot()).toEqual(before);
    return refusal;
  };

  /**
   * Tea version 1, its draft with the summary and the second stage's name edited (both parts at revision 2),
   * then version 2 uploaded meanwhile.
   */
  const outdatedDraft = async () => {
    const key = freshKey();
    const v1 = { ...tea, key, changeNote: note };
    const template = await createTemplate(kit.ctx, expert, { file: v1 });
    const draft = await openTemplateDraft(kit.ctx, expert, template.id);
    const definition = structuredClone(draft.process.definition);
    const second = definition.stages[1];
    if (!second) throw new Error('the tea template has two stages');
    second.name = { vi: 'Công đoạn của tôi', en: 'My stage' };
    await saveTemplateDraftProcess(kit.ctx, expert, draft.id, { revision: 1, definition });
    const summary = { vi: 'Tóm tắt của tôi.', en: 'My summary.' };
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...draftDetailsOf(draft), summary },
    });
    const v2 = secondVersion(v1);
    await publishTemplateVersion(kit.ctx, expert, template.id, { file: v2 });
    return { id: draft.id, templateId: template.id, v1, v2, summary, secondName: second.name };
  };
  const at = { processRevision: 2, detailsRevision: 2, version: 2, stageKeys: [], detailParts: [] };

  it('lists what the newer version changed, stage by stage and part by part, with where the draft stands', async () => {
    const { id, v1 } = await outdatedDraft();
    const update = await getTemplateDraftUpdate(kit.ctx, expert, id);
    const firstKey = v1.process.definition.stages[0]?.key;
    const catalogKey = v1.catalogs[0]?.key;
    expect(update).toMatchObject({
      from: 1,
      to: 2,
      note: { en: 'Version 2.' },
      diff: { from: '1', to: '2' },
    });
    expect(update.stages).toEqual([{ key: firstKey, change: 'changed', taken: false, editedHere: false }]);
    expect(update.details).toEqual([
      {
        id: 'guide',
        part: 'guide',
        key: null,
        name: null,
        change: 'changed',
        taken: false,
        editedHere: false,
      },
      {
        id: `catalog:${catalogKey}`,
        part: 'catalog',
        key: catalogKey,
        // the draft's name of it (here still version 1's)
        name: v1.catalogs[0]?.name,
        change: 'changed',
        taken: false,
        editedHere: false,
      },
    ]);
    expect(update.diff.stages.find((stage) => stage.key === firstKey)?.change).toBe('changed');
  });

  it('takes the chosen changes, keeps the draft’s own edits, moves the base, and then publishes', async () => {
    const { id, v1, v2, summary, secondName } = await outdatedDraft();
    const firstKey = v1.process.definition.stages[0]?.key ?? '';
    const catalogKey = v1.catalogs[0]?.key ?? '';
    const view = await takeTemplateDraftUpdate(kit.ctx, other, id, {
      ...at,
      stageKeys: [firstKey],
      detailParts: [`catalog:${catalogKey}`],
    });
    expect(view).toMatchObject({ baseVersion: 2, latestVersion: 2, process: { revision: 3 } });
    expect(view.details).toMatchObject({
      revision: 3,
      summary,
      guide: v1.guide,
      updatedBy: { id: other.userId },
    });
    expect(view.details.catalogs[0]).toEqual(v2.catalogs[0]);
    const [first, second] = view.process.definition.stages;
    expect(first?.name).toEqual(v2.process.definition.stages[0]?.name);
    expect(second?.name).toEqual(secondName);
    expect((await refusalOf(getTemplateDraftUpdate(kit.ctx, expert, id))).code).toBe(
      'TEMPLATE_DRAFT_CURRENT',
    );

    const published = await publishTemplateDraft(kit.ctx, expert, id, {
      processRevision: 3,
      detailsRevision: 3,
      changeNote: { vi: 'Bản 3.', en: 'Version 3.' },
    });
    expect(published).toMatchObject({ versionCount: 3 });
  });

  it('refuses a draft with nothing to bring in, a stale version, unknown changes and stale revisions', async () => {
    const { id, templateId, v2 } = await outdatedDraft();
    const cases: [string, () => Promise<unknown>, object][] = [
      [
        'stale version',
        () => takeTemplateDraftUpdate(kit.ctx, expert, id, { ...at, version: 1 }),
        {
          code: 'TEMPLATE_DRAFT_OUTDATED',
          params: { base: 1, latest: 2 },
        },
      ],
      [
        'unknown stage',
        () =>
          takeTemplateDraftUpdate(kit.ctx, expert, id, {
            ...at,
            stageKeys: [v2.process.definition.stages[0]?.key ?? '', 'khong_co'],
          }),
        {
          code: 'TEMPLATE_CHANGE_UNKNOWN',
          path: '/stageKeys/1',
        },
      ],
      [
        'unknown part',
        () => takeTemplateDraftUpdate(kit.ctx, expert, id, { ...at, detailParts: ['summary'] }),
        {
          code: 'TEMPLATE_PART_CHANGE_UNKNOWN',
          params: { part: 'summary' },
          path: '/detailParts/0',
        },
      ],
      [
        'stale process',
        () => takeTemplateDraftUpdate(kit.ctx, expert, id, { ...at, processRevision: 1 }),
        {
          code: 'TEMPLATE_DRAFT_CONFLICT',
          params: { revision: 2 },
        },
      ],
      [
        'stale details',
        () => takeTemplateDraftUpdate(kit.ctx, expert, id, { ...at, detailsRevision: 1 }),
        {
          code: 'TEMPLATE_DRAFT_CONFLICT',
          params: { revision: 2 },
        },
      ],
      [
        'not an expert',
        () => takeTemplateDraftUpdate(kit.ctx, tenant.as.owner, id, at),
        {
          code: 'TEMPLATE_EXPERTS_ONLY',
        },
      ],
      ['missing', () => takeTemplateDraftUpdate(kit.ctx, expert, kit.ctx.newId(), at), { code: 'NOT_FOUND' }],
    ];
    for (const [name, attempt, expected] of cases)
      expect({ name, refusal: await refusedUnchanged(attempt) }).toMatchObject({ name, refusal: expected });

    // version 3 published while the expert looked at version 2: it is not taken silently
    const v3 = {
      ...v2,
      guide: { vi: 'Hướng dẫn 3.', en: 'Guide 3.' },
      changeNote: { vi: 'Bản 3.', en: 'Version 3.' },
    };
    await publishTemplateVersion(kit.ctx, expert, templateId, { file: v3 });
    const later = await refusedUnchanged(() => takeTemplateDraftUpdate(kit.ctx, expert, id, at));
    expect(later).toMatchObject({ code: 'TEMPLATE_DRAFT_OUTDATED', params: { base: 1, latest: 3 } });
  });

  /** Tea version 1 and its draft (untouched), then `change` applied to a copy of version 1 uploaded as version 2. */
  const draftBehind = async (change: (file: TemplateFile) => void) => {
    const key = freshKey();
    const v1 = { ...tea, key, changeNote: note };
    const template = await createTemplate(kit.ctx, expert, { file: v1 });
    const draft = await openTemplateDraft(kit.ctx, expert, template.id);
    const v2 = { ...structuredClone(v1), changeNote: { vi: 'Bản 2.', en: 'Version 2.' } };
    change(v2);
    await publishTemplateVersion(kit.ctx, expert, template.id, { file: v2 });
    return { draft, v1, v2 };
  };

  it('refuses a take that would store details past their limits: nothing written, drafts still listed', async () => {
    const { draft, v2 } = await draftBehind((file) => {
      const [first] = file.catalogs;
      if (first) file.catalogs.push({ ...first, key: 'them_moi', name: { vi: 'Thêm', en: 'More' } });
    });
    const catalogs = [...draft.details.catalogs];
    for (let index = 0; catalogs.length < 20; index++) {
      const [first] = draft.details.catalogs;
      if (first) catalogs.push({ ...first, key: `rieng_${index}` });
    }
    await saveTemplateDraftDetails(kit.ctx, expert, draft.id, {
      revision: 1,
      details: { ...draftDetailsOf(draft), catalogs },
    });
    const body = { ...at, processRevision: 1, detailsRevision: 2, detailParts: ['catalog:them_moi'] };
    const refusal = await refusedUnchanged(() => takeTemplateDraftUpdate(kit.ctx, expert, draft.id, body));
    expect(refusal).toMatchObject({ code: 'TEMPLATE_UPDATE_TOO_LARGE', path: '/details/catalogs' });
    expect(v2.catalogs.length).toBeLessThan(20);
    const listed = await listTemplateDrafts(kit.ctx, expert);
    expect(listed.items.some((item) => item.id === draft.id)).toBe(true);
    expect((await getTemplateDraft(kit.ctx, expert, draft.id)).details.catalogs).toHaveLength(20);
  });

  it('lets the note of a stage the newer version removes or adds follow that stage, under the stage’s name', async () => {
    const added = { id: 'dong_goi_2', key: 'dong_goi_2' };
    const { draft, v1, v2 } = await draftBehind((file) => {
      const { definition } = file.process;
      const last = definition.stages.at(-1);
      if (!last) throw new Error('the tea template has stages');
      // the first stage's note changes; a stage goes; another comes after the last, with its note
      const first = definition.stages[0]?.id ?? '';
      file.stageNotes[first] = { vi: 'Ghi chú mới.', en: 'New note.' };
      // the transformation goes (harvest → packing directly); a second packing comes after the last stage
      const [, , harvest, gone, packing] = definition.stages;
      if (!harvest || !gone || !packing) throw new Error('the tea template has five stages');
      definition.stages = definition.stages.filter((stage) => stage.id !== gone.id);
      definition.edges = definition.edges.filter(
        (edge) => edge.source !== gone.id && edge.target !== gone.id,
      );
      definition.edges.push({ id: 'e_bo_qua', source: harvest.id, target: packing.id });
      delete file.stageNotes[gone.id];
      const { bindsLabels: _labels, ...plain } = structuredClone(last);
      definition.stages.push({ ...plain, ...added, name: { vi: 'Đóng gói lại', en: 'Repack' } });
      definition.edges.push({ id: 'e_them', source: last.id, target: added.id });
      file.stageNotes[added.id] = { vi: 'Ghi chú đóng gói lại.', en: 'Repack note.' };
    });
    const [first, , , gone] = v1.process.definition.stages;
    if (!first || !gone) throw new Error('the tea template has stages');
    const update = await getTemplateDraftUpdate(kit.ctx, expert, draft.id);
    expect(update.details).toEqual([
      {
        id: `stageNote:${first.id}`,
        part: 'stageNote',
        key: first.id,
        name: first.name,
        change: 'changed',
        taken: false,
        editedHere: false,
      },
    ]);
    expect(update.stages.map((stage) => [stage.key, stage.change])).toEqual(
      expect.arrayContaining([
        [gone.key, 'removed'],
        [added.key, 'added'],
      ]),
    );
    const body = { ...at, processRevision: 1, detailsRevision: 1 };
    for (const id of [gone.id, added.id]) {
      const unknown = await refusedUnchanged(() =>
        takeTemplateDraftUpdate(kit.ctx, expert, draft.id, { ...body, detailParts: [`stageNote:${id}`] }),
      );
      expect(unknown).toMatchObject({ code: 'TEMPLATE_PART_CHANGE_UNKNOWN', path: '/detailParts/0' });
    }
    // the removed stage kept (not chosen): its note stays; the added one taken: its note comes with it
    const view = await takeTemplateDraftUpdate(kit.ctx, expert, draft.id, {
      ...body,
      stageKeys: [added.key],
    });
    expect(view.process.definition.stages.map((stage) => stage.key)).toEqual(
      expect.arrayContaining([gone.key, added.key]),
    );
    expect(view.details.stageNotes[gone.id]).toEqual(v1.stageNotes[gone.id]);
    expect(view.details.stageNotes[added.id]).toEqual(v2.stageNotes[added.id]);
    expect(view.details.stageNotes[first.id]).toEqual(v1.stageNotes[first.id]);
  });

  it('takes a removed stage with its note, and names a note by the draft’s stage', async () => {
    const { draft, v1 } = await draftBehind((file) => {
      const { definition } = file.process;
      const last = definition.stages.at(-1);
      const before = definition.stages.at(-2);
      if (!last || !before) throw new Error('the tea template has stages');
      definition.stages = definition.stages.filter((stage) => stage.id !== last.id);
      definition.edges = definition.edges.filter((edge) => edge.target !== last.id);
      delete file.stageNotes[last.id];
      file.stageNotes[before.id] = { vi: 'Ghi chú khác.', en: 'Other note.' };
    });
    const last = v1.process.definition.stages.at(-1);
    const before = v1.process.definition.stages.at(-2);
    if (!last || !before) throw new Error('the tea template has stages');
    const definition = structuredClone(draft.process.definition);
    const mine = definition.stages.find((stage) => stage.id === before.id);
    if (mine) mine.name = { vi: 'Tên của tôi', en: 'My name' };
    await saveTemplateDraftProcess(kit.ctx, expert, draft.id, { revision: 1, definition });
    const update = await getTemplateDraftUpdate(kit.ctx, expert, draft.id);
    expect(update.details).toMatchObject([
      { id: `stageNote:${before.id}`, name: { vi: 'Tên của tôi', en: 'My name' } },
    ]);
    const view = await takeTemplateDraftUpdate(kit.ctx, expert, draft.id, {
      ...at,
      processRevision: 2,
      detailsRevision: 1,
      stageKeys: [last.key],
    });
    expect(view.process.definition.stages.some((stage) => stage.key === last.key)).toBe(false);
    expect(Object.hasOwn(view.details.stageNotes, last.id)).toBe(false);
    expect(view.details.stageNotes[before.id]).toEqual(v1.stageNotes[before.id]);
  });

  // PGlite serialises every connection: only PostgreSQL lets a take wait while an upload is under way
  it.skipIf(driver !== 'postgres')(
    'answers TEMPLATE_DRAFT_OUTDATED when an upload commits while the take waits on the template',
    async () => {
      const { id, templateId, v2 } = await outdatedDraft();
      const draftsBefore = (await snapshot()).drafts;
      const v3 = {
        ...v2,
        guide: { vi: 'Hướng dẫn 3.', en: 'Guide 3.' },
        changeNote: { vi: 'Bản 3.', en: 'Version 3.' },
      };
      let take: Promise<unknown> = Promise.resolve();
      await withUnitOfWork(kit.ctx, async (upload) => {
        await publishTemplateVersion(upload, expert, templateId, { file: v3 });
        // the upload holds the template until it commits: the take, on another connection, waits for it
        take = refusalOf(takeTemplateDraftUpdate(kit.ctx, expert, id, at));
        await blockedBy(upload.db);
      });
      expect(await take).toMatchObject({ code: 'TEMPLATE_DRAFT_OUTDATED', params: { base: 1, latest: 3 } });
      expect((await snapshot()).drafts).toEqual(draftsBefore);
    },
  );

  /** Resolves once another connection waits on a lock the unit at `db` holds. */
  const blockedBy = async (db: Db) => {
    const own = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db);
    const pid = own.rows[0]?.pid;
    for (let tries = 0; tries < 200; tries++) {
      const waiting =
        await sql`SELECT pid FROM pg_stat_activity WHERE ${pid}::int = ANY(pg_blocking_pids(pid))`.execute(
          kit.ctx.db,
        );
      if (waiting.rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the take never waited on the upload');
  };

  it('answers TEMPLATE_DRAFT_CURRENT for a new template and for a draft at the newest version', async () => {
    const fresh = await createTemplateDraft(kit.ctx, expert, {
      key: freshKey(),
      productType: 'tea',
      name: note,
    });
    const current = await openTemplateDraft(
      kit.ctx,
      expert,
      (await createTemplate(kit.ctx, expert, { file: { ...tea, key: freshKey() } })).id,
    );
    for (const draft of [fresh, current]) {
      const body = { ...at, processRevision: 1, detailsRevision: 1, version: 1 };
      expect((await refusedUnchanged(() => getTemplateDraftUpdate(kit.ctx, expert, draft.id))).code).toBe(
        'TEMPLATE_DRAFT_CURRENT',
      );
      expect(
        (await refusedUnchanged(() => takeTemplateDraftUpdate(kit.ctx, expert, draft.id, body))).code,
      ).toBe('TEMPLATE_DRAFT_CURRENT');
    }
  });

  it('discards only at the revisions read: a part saved since is a conflict and nothing is deleted', async () => {
    const draft = await openTemplateDraft(
      kit.ctx,
      expert,
      (await createTemplate(kit.ctx, expert, { file: { ...tea, key: freshKey() } })).id,
    );
    await saveTemplateDraftDetails(kit.ctx, other, draft.id, {
      revision: 1,
      details: { ...draftDetailsOf(draft), keywords: ['khác'] },
    });
    for (const query of [
      { processRevision: '1', detailsRevision: '1' },
      { processRevision: '2', detailsRevision: '2' },
    ]) {
      const refusal = await refusedUnchanged(() => discardTemplateDraft(kit.ctx, expert, draft.id, query));
      expect(refusal).toMatchObject({ code: 'TEMPLATE_DRAFT_CONFLICT' });
    }
    await discardTemplateDraft(kit.ctx, expert, draft.id, { processRevision: '1', detailsRevision: '2' });
    expect((await refusalOf(getTemplateDraft(kit.ctx, expert, draft.id))).code).toBe('NOT_FOUND');
  });
});
