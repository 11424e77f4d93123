import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../accounts/users.repository';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import {
  deleteTemplateDraft,
  findTemplateDraft,
  findTemplateDraftByKey,
  findTemplateDraftByTemplate,
  insertTemplateDraft,
  listTemplateDrafts,
  lockTemplateDraft,
  updateTemplateDraftDetails,
  updateTemplateDraftProcess,
} from './template-drafts.repository';
import { insertTemplate } from './templates.repository';

const now = new Date('2026-05-01T00:00:00Z');

describe.each(await testDrivers())('template drafts repository on %s', (driver) => {
  let t: TestDatabase;
  let expertId: string;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    expertId = randomUUID();
    await insertUser(t.db, {
      id: expertId,
      name: 'Chuyên gia A',
      email: `${expertId}@example.com`,
      phone: null,
      passwordHash: 'h',
      now,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const draft = (key: string, templateId: string | null = null, at = now) => {
    const id = templateId ?? randomUUID();
    return insertTemplateDraft(t.db, {
      id,
      templateId,
      key,
      baseVersion: templateId ? 1 : null,
      definition: { stages: [] },
      details: { key },
      createdBy: expertId,
      now: at,
    }).then((inserted) => ({ id, inserted }));
  };

  it('inserts a draft once per id, template and key', async () => {
    const first = await draft('draft-once');
    expect(first.inserted).toBe(true);
    expect((await draft('draft-once')).inserted).toBe(false);
    const templateId = randomUUID();
    await insertTemplate(t.db, {
      id: templateId,
      key: 'from-template',
      productType: 'tea',
      createdBy: null,
      now,
    });
    expect((await draft('from-template', templateId)).inserted).toBe(true);
    expect((await draft('from-template-2', templateId)).inserted).toBe(false);
    expect((await findTemplateDraftByTemplate(t.db, templateId))?.key).toBe('from-template');
    expect((await findTemplateDraftByKey(t.db, 'draft-once'))?.id).toBe(first.id);
    const found = await findTemplateDraft(t.db, first.id);
    expect(found).toMatchObject({
      key: 'draft-once',
      template_id: null,
      base_version: null,
      definition: { stages: [] },
      details: { key: 'draft-once' },
      process_revision: 1,
      details_revision: 1,
      process_updated_by_name: 'Chuyên gia A',
      details_updated_by_name: 'Chuyên gia A',
      created_by_name: 'Chuyên gia A',
    });
  });

  it('saves each part only at the revision it was read at', async () => {
    const { id } = await draft('parts');
    const later = new Date('2026-05-02T00:00:00Z');
    const save = { id, content: { stages: [1] }, updatedBy: null, now: later };
    expect(await updateTemplateDraftProcess(t.db, { ...save, revision: 1 })).toBe(2);
    expect(await updateTemplateDraftProcess(t.db, { ...save, revision: 1 })).toBeNull();
    expect(await updateTemplateDraftDetails(t.db, { ...save, content: { x: 1 }, revision: 2 })).toBeNull();
    expect(await updateTemplateDraftDetails(t.db, { ...save, content: { x: 1 }, revision: 1 })).toBe(2);
    const row = await findTemplateDraft(t.db, id);
    expect(row).toMatchObject({
      definition: { stages: [1] },
      details: { x: 1 },
      process_revision: 2,
      details_revision: 2,
      process_updated_by_name: null,
    });
    expect(row?.details_updated_at.toISOString()).toBe(later.toISOString());
  });

  it('lists the last changed first, locks and deletes', async () => {
    const { id } = await draft('newest-one', null, new Date('2027-01-01T00:00:00Z'));
    const list = await listTemplateDrafts(t.db);
    expect(list[0]?.id).toBe(id);
    expect(list.map((row) => row.key)).toContain('parts');
    await t.db.transaction().execute(async (trx) => {
      expect((await lockTemplateDraft(trx, id))?.key).toBe('newest-one');
    });
    expect(await deleteTemplateDraft(t.db, id)).toBe(true);
    expect(await deleteTemplateDraft(t.db, id)).toBe(false);
    expect(await lockTemplateDraft(t.db, id)).toBeUndefined();
  });
});
