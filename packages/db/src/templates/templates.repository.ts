import { sql } from 'kysely';
import type { Db } from '../database';
import type { TemplateRow, TemplateVersionRow } from '../schema';

/** A version with who published it, as lists and views show it. Content is `unknown`: parse it at the edge. */
export interface TemplateVersionWithPublisher extends TemplateVersionRow {
  published_by_name: string | null;
}

/** A version without its file: what lists read (the card holds what they show). */
export type TemplateVersionListed = Omit<TemplateVersionWithPublisher, 'content'>;

/** A template with the version owners see (or, for experts, the newest when every one is deprecated). */
export interface TemplateWithShownVersion extends TemplateVersionListed {
  key: string;
  product_type: string;
  version_count: number;
}

export interface TemplateQuery {
  /** Lower-case, accent-free words; every word must appear in the shown version's search text. */
  words: string[];
  productType?: string;
  /** Also list templates whose every version is deprecated (shown with their newest version). */
  includeDeprecated: boolean;
}

export interface NewTemplateVersion {
  id: string;
  templateId: string;
  content: unknown;
  contentHash: string;
  /** What the library card shows, computed from the same checked file. */
  card: unknown;
  nameVi: string;
  nameEn: string;
  searchText: string;
  source: 'file' | 'expert';
  publishedBy: string | null;
  now: Date;
}

const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// every column but the file
const listedColumns = [
  'id',
  'template_id',
  'number',
  'content_hash',
  'card',
  'name_vi',
  'name_en',
  'search_text',
  'source',
  'published_at',
  'published_by',
  'deprecated_at',
  'deprecated_by',
  'deprecation_vi',
  'deprecation_en',
] as const satisfies readonly (keyof TemplateVersionListed)[];

function selectVersions(db: Db) {
  return db
    .selectFrom('template_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .selectAll('v')
    .select('u.name as published_by_name');
}

/** Inserts a template unless its key is taken; false when it was (another replica's start, or a clash). */
export async function insertTemplate(
  db: Db,
  template: { id: string; key: string; productType: string; createdBy: string | null; now: Date },
): Promise<boolean> {
  const rows = await db
    .insertInto('templates')
    .values({
      id: template.id,
      key: template.key,
      product_type: template.productType,
      created_at: template.now,
      created_by: template.createdBy,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function findTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTemplateByKey(db: Db, key: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('templates').selectAll().where('key', '=', key).executeTakeFirst();
}

/** A new version may move the template to another product type (the list filters by the template's). */
export async function setTemplateProductType(db: Db, id: string, productType: string): Promise<void> {
  await db.updateTable('templates').set({ product_type: productType }).where('id', '=', id).execute();
}

/** Locks the template row, so version numbers and deprecations of one template are written in order. */
export async function lockTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('templates').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Inserts the next version of a template (number computed under the template's row lock; call it inside a
 * unit of work). Returns undefined when a version with the same content hash exists: nothing is inserted.
 */
export async function insertTemplateVersion(
  db: Db,
  version: NewTemplateVersion,
): Promise<{ id: string; number: number } | undefined> {
  const template = await lockTemplate(db, version.templateId);
  if (!template) throw new Error(`template ${version.templateId} does not exist`);
  const last = await db
    .selectFrom('template_versions')
    .select((eb) => eb.fn.max<number | null>('number').as('n'))
    .where('template_id', '=', version.templateId)
    .executeTakeFirst();
  const rows = await db
    .insertInto('template_versions')
    .values({
      id: version.id,
      template_id: version.templateId,
      number: (last?.n ?? 0) + 1,
      content: JSON.stringify(version.content),
      content_hash: version.contentHash,
      card: JSON.stringify(version.card),
      name_vi: version.nameVi,
      name_en: version.nameEn,
      search_text: version.searchText,
      source: version.source,
      published_at: version.now,
      published_by: version.publishedBy,
    })
    .onConflict((oc) => oc.columns(['template_id', 'content_hash']).doNothing())
    .returning(['id', 'number'])
    .execute();
  return rows[0];
}

export async function findTemplateVersion(
  db: Db,
  templateId: string,
  number: number,
): Promise<TemplateVersionWithPublisher | undefined> {
  return selectVersions(db)
    .where('v.template_id', '=', templateId)
    .where('v.number', '=', number)
    .executeTakeFirst();
}

export async function findTemplateVersionById(
  db: Db,
  id: string,
): Promise<TemplateVersionWithPublisher | undefined> {
  return selectVersions(db).where('v.id', '=', id).executeTakeFirst();
}

export async function findTemplateVersionByHash(
  db: Db,
  templateId: string,
  contentHash: string,
): Promise<TemplateVersionWithPublisher | undefined> {
  return selectVersions(db)
    .where('v.template_id', '=', templateId)
    .where('v.content_hash', '=', contentHash)
    .executeTakeFirst();
}

/** The newest version; with `usable`, the newest one not deprecated (what owners get). */
export async function latestTemplateVersion(
  db: Db,
  templateId: string,
  options: { usable: boolean },
): Promise<TemplateVersionWithPublisher | undefined> {
  let query = selectVersions(db).where('v.template_id', '=', templateId);
  if (options.usable) query = query.where('v.deprecated_at', 'is', null);
  return query.orderBy('v.number', 'desc').limit(1).executeTakeFirst();
}

/** Every version of a template without its file, newest first: what the versions page shows. */
export async function listTemplateVersionCards(db: Db, templateId: string): Promise<TemplateVersionListed[]> {
  return db
    .selectFrom('template_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .select(listedColumns.map((column) => `v.${column}` as const))
    .select('u.name as published_by_name')
    .where('v.template_id', '=', templateId)
    .orderBy('v.number', 'desc')
    .execute();
}

/** Every version of a template, newest first. */
export async function listTemplateVersions(
  db: Db,
  templateId: string,
): Promise<TemplateVersionWithPublisher[]> {
  return selectVersions(db).where('v.template_id', '=', templateId).orderBy('v.number', 'desc').execute();
}

/** Deprecates a version with its message (again: the message is replaced); undefined when there is none. */
export async function setTemplateVersionDeprecation(
  db: Db,
  deprecation: {
    templateId: string;
    number: number;
    messageVi: string;
    messageEn: string;
    deprecatedBy: string | null;
    now: Date;
  },
): Promise<TemplateVersionRow | undefined> {
  return db
    .updateTable('template_versions')
    .set({
      deprecated_at: deprecation.now,
      deprecated_by: deprecation.deprecatedBy,
      deprecation_vi: deprecation.messageVi,
      deprecation_en: deprecation.messageEn,
    })
    .where('template_id', '=', deprecation.templateId)
    .where('number', '=', deprecation.number)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Templates with the version shown for each (its card, not its file), filtered by product type and search
 * words, by name.
 */
export async function listTemplates(db: Db, query: TemplateQuery): Promise<TemplateWithShownVersion[]> {
  let shown = db
    .selectFrom('template_versions')
    .select(listedColumns)
    .distinctOn('template_id')
    .orderBy('template_id')
    .orderBy(sql`deprecated_at IS NOT NULL`)
    .orderBy('number', 'desc');
  if (!query.includeDeprecated) shown = shown.where('deprecated_at', 'is', null);
  let base = db
    .selectFrom('templates as t')
    .innerJoin(shown.as('v'), 'v.template_id', 't.id')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .selectAll('v')
    .select([
      'u.name as published_by_name',
      't.key',
      't.product_type',
      (eb) =>
        eb
          .selectFrom('template_versions as c')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('c.template_id', '=', 't.id')
          .as('version_count'),
    ]);
  if (query.productType) base = base.where('t.product_type', '=', query.productType);
  for (const word of query.words) base = base.where('v.search_text', 'like', likeWord(word));
  const rows = await base.orderBy('v.name_vi').orderBy('t.key').execute();
  return rows.map((row) => ({ ...row, version_count: Number(row.version_count ?? 0) }));
}

// The advisory lock space of template key claims ("NGTK"); the second key is a hash of the key.
const templateKeyLockSpace = 0x4e47544b;

/**
 * Serialises every claim of one template key (an expert's new-template draft, an upload's new template) until
 * the transaction ends, so two claims checked against each other's table cannot both pass.
 */
export async function lockTemplateKey(db: Db, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${templateKeyLockSpace}, hashtext(${key}))`.execute(db);
}
