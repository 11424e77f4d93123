import { sql } from 'kysely';
import type { Db } from '../database';
import type { ProcessRow, ProcessVersionRow } from '../schema';

/** A process row with who last saved the draft and its latest version, as lists and views need. */
export interface ProcessWithLatest extends ProcessRow {
  draft_updated_by_name: string | null;
  latest_version: ProcessVersionRow | null;
  latest_published_by_name: string | null;
}

function selectProcesses(db: Db, tenantId: string) {
  return db
    .selectFrom('processes as p')
    .leftJoin('users as u', 'u.id', 'p.draft_updated_by')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('process_versions')
          .selectAll()
          .distinctOn('process_id')
          .orderBy('process_id')
          .orderBy('number', 'desc')
          .as('v'),
      (join) => join.onRef('v.process_id', '=', 'p.id'),
    )
    .leftJoin('users as vu', 'vu.id', 'v.published_by')
    .selectAll('p')
    .select([
      'u.name as draft_updated_by_name',
      'vu.name as latest_published_by_name',
      sql<ProcessVersionRow | null>`CASE WHEN v.id IS NULL THEN NULL ELSE to_jsonb(v) END`.as(
        'latest_version',
      ),
    ])
    .where('p.tenant_id', '=', tenantId);
}

/** Timestamps inside the to_jsonb(...) of the latest version come back as strings. */
function withDates(row: ProcessWithLatest): ProcessWithLatest {
  const latest = row.latest_version;
  if (!latest) return row;
  return { ...row, latest_version: { ...latest, published_at: new Date(latest.published_at) } };
}

export async function listProcesses(
  db: Db,
  tenantId: string,
  filter: { archived: boolean; productType?: string },
): Promise<ProcessWithLatest[]> {
  let query = selectProcesses(db, tenantId).where('p.archived_at', filter.archived ? 'is not' : 'is', null);
  if (filter.productType) query = query.where('p.product_type', '=', filter.productType);
  const rows = await query.orderBy('p.name_vi').orderBy('p.id').execute();
  return rows.map(withDates);
}

export async function findProcess(
  db: Db,
  tenantId: string,
  id: string,
): Promise<ProcessWithLatest | undefined> {
  const row = await selectProcesses(db, tenantId).where('p.id', '=', id).executeTakeFirst();
  return row && withDates(row);
}

/** Locks the process row for a draft save or a publish, so revisions are checked and bumped in order. */
export async function lockProcess(db: Db, tenantId: string, id: string): Promise<ProcessRow | undefined> {
  return db
    .selectFrom('processes')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertProcess(
  db: Db,
  process: {
    id: string;
    tenantId: string;
    nameVi: string;
    nameEn: string;
    productType: string;
    draft: unknown;
    createdBy: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('processes')
    .values({
      id: process.id,
      tenant_id: process.tenantId,
      name_vi: process.nameVi,
      name_en: process.nameEn,
      product_type: process.productType,
      draft: JSON.stringify(process.draft),
      draft_updated_at: process.now,
      draft_updated_by: process.createdBy,
      created_at: process.now,
      created_by: process.createdBy,
    })
    .execute();
}

export async function updateProcessDetails(
  db: Db,
  tenantId: string,
  id: string,
  changes: { nameVi?: string; nameEn?: string; productType?: string; archivedAt?: Date | null },
): Promise<boolean> {
  const result = await db
    .updateTable('processes')
    .set({
      ...(changes.nameVi !== undefined && { name_vi: changes.nameVi }),
      ...(changes.nameEn !== undefined && { name_en: changes.nameEn }),
      ...(changes.productType !== undefined && { product_type: changes.productType }),
      ...(changes.archivedAt !== undefined && { archived_at: changes.archivedAt }),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Writes a new draft when the stored revision is still `revision`; returns the new revision or null. */
export async function updateProcessDraft(
  db: Db,
  draft: {
    tenantId: string;
    id: string;
    revision: number;
    definition: unknown;
    updatedBy: string | null;
    now: Date;
  },
): Promise<number | null> {
  const row = await db
    .updateTable('processes')
    .set({
      draft: JSON.stringify(draft.definition),
      draft_revision: draft.revision + 1,
      draft_updated_at: draft.now,
      draft_updated_by: draft.updatedBy,
    })
    .where('tenant_id', '=', draft.tenantId)
    .where('id', '=', draft.id)
    .where('draft_revision', '=', draft.revision)
    .returning('draft_revision')
    .executeTakeFirst();
  return row?.draft_revision ?? null;
}

export async function insertProcessVersion(
  db: Db,
  version: {
    id: string;
    processId: string;
    tenantId: string;
    number: number;
    definition: unknown;
    note: string;
    publishedBy: string | null;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('process_versions')
    .values({
      id: version.id,
      process_id: version.processId,
      tenant_id: version.tenantId,
      number: version.number,
      definition: JSON.stringify(version.definition),
      note: version.note,
      published_at: version.now,
      published_by: version.publishedBy,
    })
    .execute();
}

export interface ProcessVersionWithPublisher extends ProcessVersionRow {
  published_by_name: string | null;
}

export async function listProcessVersions(
  db: Db,
  tenantId: string,
  processId: string,
): Promise<ProcessVersionWithPublisher[]> {
  return db
    .selectFrom('process_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .selectAll('v')
    .select('u.name as published_by_name')
    .where('v.tenant_id', '=', tenantId)
    .where('v.process_id', '=', processId)
    .orderBy('v.number', 'desc')
    .execute();
}

export async function findProcessVersion(
  db: Db,
  tenantId: string,
  processId: string,
  number: number,
): Promise<ProcessVersionWithPublisher | undefined> {
  return db
    .selectFrom('process_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .selectAll('v')
    .select('u.name as published_by_name')
    .where('v.tenant_id', '=', tenantId)
    .where('v.process_id', '=', processId)
    .where('v.number', '=', number)
    .executeTakeFirst();
}
