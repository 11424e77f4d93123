import { sql } from 'kysely';
import type { Db } from '../database';
import type { TemplateDraftRow } from '../schema';

/** A draft with the names of who last saved each part and who started it. JSON parts are `unknown`. */
export interface TemplateDraftWithNames extends TemplateDraftRow {
  process_updated_by_name: string | null;
  details_updated_by_name: string | null;
  created_by_name: string | null;
  /** The template's newest version number, deprecated ones too; null for a new template. */
  latest_version: number | null;
}

export interface NewTemplateDraft {
  id: string;
  templateId: string | null;
  key: string;
  baseVersion: number | null;
  definition: unknown;
  details: unknown;
  createdBy: string | null;
  now: Date;
}

/** One part's save: applied only while the part is still at `revision`, which it bumps. */
export interface TemplateDraftPartUpdate {
  id: string;
  revision: number;
  content: unknown;
  updatedBy: string | null;
  now: Date;
}

function selectDrafts(db: Db) {
  return db
    .selectFrom('template_drafts as d')
    .leftJoin('users as p', 'p.id', 'd.process_updated_by')
    .leftJoin('users as e', 'e.id', 'd.details_updated_by')
    .leftJoin('users as c', 'c.id', 'd.created_by')
    .selectAll('d')
    .select([
      'p.name as process_updated_by_name',
      'e.name as details_updated_by_name',
      'c.name as created_by_name',
      (eb) =>
        eb
          .selectFrom('template_versions as v')
          .whereRef('v.template_id', '=', 'd.template_id')
          .select((v) => v.fn.max('v.number').as('n'))
          .as('latest_version'),
    ]);
}

/**
 * Inserts a draft unless its id, template or key is taken (two experts opening one template at once);
 * false when nothing was inserted.
 */
export async function insertTemplateDraft(db: Db, draft: NewTemplateDraft): Promise<boolean> {
  const rows = await db
    .insertInto('template_drafts')
    .values({
      id: draft.id,
      template_id: draft.templateId,
      key: draft.key,
      base_version: draft.baseVersion,
      definition: JSON.stringify(draft.definition),
      process_updated_at: draft.now,
      process_updated_by: draft.createdBy,
      details: JSON.stringify(draft.details),
      details_updated_at: draft.now,
      details_updated_by: draft.createdBy,
      created_at: draft.now,
      created_by: draft.createdBy,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function findTemplateDraft(db: Db, id: string): Promise<TemplateDraftWithNames | undefined> {
  return selectDrafts(db).where('d.id', '=', id).executeTakeFirst();
}

export async function findTemplateDraftByKey(db: Db, key: string): Promise<TemplateDraftRow | undefined> {
  return db.selectFrom('template_drafts').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function findTemplateDraftByTemplate(
  db: Db,
  templateId: string,
): Promise<TemplateDraftRow | undefined> {
  return db
    .selectFrom('template_drafts')
    .selectAll()
    .where('template_id', '=', templateId)
    .executeTakeFirst();
}

/** Locks the draft row, so a publish and a save of the same draft are written in order. */
export async function lockTemplateDraft(db: Db, id: string): Promise<TemplateDraftRow | undefined> {
  return db.selectFrom('template_drafts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Every draft, the last changed (either part) first. */
export async function listTemplateDrafts(db: Db): Promise<TemplateDraftWithNames[]> {
  return selectDrafts(db)
    .orderBy(sql`greatest(d.process_updated_at, d.details_updated_at)`, 'desc')
    .orderBy('d.key')
    .execute();
}

/** Saves the process part if it is still at the given revision; its new revision, or null when it was not. */
export async function updateTemplateDraftProcess(
  db: Db,
  update: TemplateDraftPartUpdate,
): Promise<number | null> {
  const row = await db
    .updateTable('template_drafts')
    .set({
      definition: JSON.stringify(update.content),
      process_revision: update.revision + 1,
      process_updated_at: update.now,
      process_updated_by: update.updatedBy,
    })
    .where('id', '=', update.id)
    .where('process_revision', '=', update.revision)
    .returning('process_revision')
    .executeTakeFirst();
  return row?.process_revision ?? null;
}

/** Saves the details part if it is still at the given revision; its new revision, or null when it was not. */
export async function updateTemplateDraftDetails(
  db: Db,
  update: TemplateDraftPartUpdate,
): Promise<number | null> {
  const row = await db
    .updateTable('template_drafts')
    .set({
      details: JSON.stringify(update.content),
      details_revision: update.revision + 1,
      details_updated_at: update.now,
      details_updated_by: update.updatedBy,
    })
    .where('id', '=', update.id)
    .where('details_revision', '=', update.revision)
    .returning('details_revision')
    .executeTakeFirst();
  return row?.details_revision ?? null;
}

/** Deletes a draft; false when there was none. */
export async function deleteTemplateDraft(db: Db, id: string): Promise<boolean> {
  const rows = await db.deleteFrom('template_drafts').where('id', '=', id).returning('id').execute();
  return rows.length > 0;
}

/** Both parts of a draft brought onto a newer version, with that version as its base. */
export interface TemplateDraftRebase {
  id: string;
  processRevision: number;
  detailsRevision: number;
  definition: unknown;
  details: unknown;
  baseVersion: number;
  updatedBy: string | null;
  now: Date;
}

/**
 * Writes both parts and the new base if both are still at the revisions read (each bumped); false when either
 * moved, and nothing is written.
 */
export async function rebaseTemplateDraft(db: Db, rebase: TemplateDraftRebase): Promise<boolean> {
  const rows = await db
    .updateTable('template_drafts')
    .set({
      definition: JSON.stringify(rebase.definition),
      process_revision: rebase.processRevision + 1,
      process_updated_at: rebase.now,
      process_updated_by: rebase.updatedBy,
      details: JSON.stringify(rebase.details),
      details_revision: rebase.detailsRevision + 1,
      details_updated_at: rebase.now,
      details_updated_by: rebase.updatedBy,
      base_version: rebase.baseVersion,
    })
    .where('id', '=', rebase.id)
    .where('process_revision', '=', rebase.processRevision)
    .where('details_revision', '=', rebase.detailsRevision)
    .returning('id')
    .execute();
  return rows.length > 0;
}
