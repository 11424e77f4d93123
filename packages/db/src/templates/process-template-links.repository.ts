import { sql } from 'kysely';
import type { Db } from '../database';
import type { ProcessTemplateLinkRow } from '../schema';

/** A link with what a process view shows: the template's key, names and version numbers. */
export interface ProcessTemplateLinkWithVersions extends ProcessTemplateLinkRow {
  template_key: string;
  /** The base version's names, as the process was made (or last updated) from it. */
  name_vi: string;
  name_en: string;
  used_version_number: number;
  base_version_number: number;
  /** The newest version not deprecated; null when every version is. */
  latest_usable_number: number | null;
}

function selectLinks(db: Db, tenantId: string) {
  return db
    .selectFrom('process_template_links as l')
    .innerJoin('templates as t', 't.id', 'l.template_id')
    .innerJoin('template_versions as uv', 'uv.id', 'l.used_version_id')
    .innerJoin('template_versions as bv', 'bv.id', 'l.base_version_id')
    .selectAll('l')
    .select([
      't.key as template_key',
      'bv.name_vi',
      'bv.name_en',
      'uv.number as used_version_number',
      'bv.number as base_version_number',
      (eb) =>
        eb
          .selectFrom('template_versions as lv')
          .select(sql<number | null>`max(lv.number)`.as('n'))
          .whereRef('lv.template_id', '=', 'l.template_id')
          .where('lv.deprecated_at', 'is', null)
          .as('latest_usable_number'),
    ])
    .where('l.tenant_id', '=', tenantId);
}

export async function insertProcessTemplateLink(
  db: Db,
  link: {
    processId: string;
    tenantId: string;
    templateId: string;
    usedVersionId: string;
    catalogMap: Record<string, string>;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('process_template_links')
    .values({
      process_id: link.processId,
      tenant_id: link.tenantId,
      template_id: link.templateId,
      used_version_id: link.usedVersionId,
      base_version_id: link.usedVersionId,
      catalog_map: JSON.stringify(link.catalogMap),
      taken_stage_keys: '[]',
      created_at: link.now,
    })
    .execute();
}

export async function findProcessTemplateLink(
  db: Db,
  tenantId: string,
  processId: string,
): Promise<ProcessTemplateLinkWithVersions | undefined> {
  return selectLinks(db, tenantId).where('l.process_id', '=', processId).executeTakeFirst();
}

/** The links of the listed processes (those made from a template), for a process list. */
export async function listProcessTemplateLinks(
  db: Db,
  tenantId: string,
  processIds: readonly string[],
): Promise<ProcessTemplateLinkWithVersions[]> {
  if (processIds.length === 0) return [];
  return selectLinks(db, tenantId)
    .where('l.process_id', 'in', [...processIds])
    .execute();
}

/** Moves the base version or records taken stages; false when the process has no link in this tenant. */
export async function updateProcessTemplateLink(
  db: Db,
  tenantId: string,
  processId: string,
  changes: {
    baseVersionId?: string;
    catalogMap?: Record<string, string>;
    /** Every id each key had before its catalog was made again (the whole new value). */
    replacedCatalogIds?: Record<string, string[]>;
    /** The stages taken from one newer version (null: none), kept until the base moves to it. */
    takenStageKeys?: { versionId: string; keys: string[] } | null;
  },
): Promise<boolean> {
  if (
    changes.baseVersionId === undefined &&
    changes.catalogMap === undefined &&
    changes.replacedCatalogIds === undefined &&
    changes.takenStageKeys === undefined
  )
    return (await findProcessTemplateLink(db, tenantId, processId)) !== undefined;
  const result = await db
    .updateTable('process_template_links')
    .set({
      ...(changes.baseVersionId !== undefined && { base_version_id: changes.baseVersionId }),
      ...(changes.catalogMap !== undefined && { catalog_map: JSON.stringify(changes.catalogMap) }),
      ...(changes.replacedCatalogIds !== undefined && {
        replaced_catalog_ids: JSON.stringify(changes.replacedCatalogIds),
      }),
      ...(changes.takenStageKeys !== undefined && {
        taken_stage_keys: JSON.stringify(changes.takenStageKeys ?? []),
      }),
    })
    .where('tenant_id', '=', tenantId)
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
