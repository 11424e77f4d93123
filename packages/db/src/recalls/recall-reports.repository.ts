import { sql } from 'kysely';
import type { Db } from '../database';
import type { TenantJobListing } from '../jobs/tenant-job-listing';
import type { RecallReportRow } from '../schema';

/** A report with what titles it: its recall's number and whether it is a drill. */
export type RecallReportWithRecall = RecallReportRow & { recall_number: number; recall_drill: boolean };

const working = ['queued', 'running'];

export async function insertRecallReport(
  db: Db,
  row: { id: string; tenantId: string; recallId: string; requestedBy: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('recall_reports')
    .values({
      id: row.id,
      tenant_id: row.tenantId,
      recall_id: row.recallId,
      requested_by: row.requestedBy,
      created_at: row.now,
      heartbeat_at: row.now,
    })
    .execute();
}

const withRecall = (db: Db) =>
  db
    .selectFrom('recall_reports as r')
    .innerJoin('recalls as c', 'c.id', 'r.recall_id')
    .selectAll('r')
    .select(['c.number as recall_number', 'c.drill as recall_drill']);

/** By id within the tenant; `tenantId` null only for the job, which trusts its own payload's id. */
export async function findRecallReport(
  db: Db,
  id: string,
  tenantId: string | null,
): Promise<RecallReportWithRecall | undefined> {
  let query = withRecall(db).where('r.id', '=', id);
  if (tenantId !== null) query = query.where('r.tenant_id', '=', tenantId);
  return query.executeTakeFirst();
}

/** A recall's newest report request, or none. */
export async function findLatestRecallReport(
  db: Db,
  tenantId: string,
  recallId: string,
): Promise<RecallReportWithRecall | undefined> {
  return withRecall(db)
    .where('r.tenant_id', '=', tenantId)
    .where('r.recall_id', '=', recallId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .executeTakeFirst();
}

/** A recall's newest completed report, whose files the downloads send. */
export async function findReadyRecallReport(
  db: Db,
  tenantId: string,
  recallId: string,
): Promise<RecallReportWithRecall | undefined> {
  return withRecall(db)
    .where('r.tenant_id', '=', tenantId)
    .where('r.recall_id', '=', recallId)
    .where('r.state', '=', 'completed')
    .orderBy('r.finished_at', 'desc')
    .executeTakeFirst();
}

/** Newest first for the tenant's jobs page; `createdBy` narrows to one person's requests. */
export async function listRecallReportJobs(
  db: Db,
  query: TenantJobListing,
): Promise<RecallReportWithRecall[]> {
  let base = withRecall(db).where('r.tenant_id', '=', query.tenantId);
  if (query.createdBy !== null) base = base.where('r.requested_by', '=', query.createdBy);
  const before = query.before;
  if (before) base = base.where(sql<boolean>`(r.created_at, r.id) < (${before.createdAt}, ${before.id})`);
  return base.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(query.limit).execute();
}

/** Queued or running (a retry starts over) becomes running over `total` lots; false once it has ended. */
export async function startRecallReport(db: Db, id: string, total: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recall_reports')
    .set({
      state: 'running',
      lots_done: 0,
      lots_total: total,
      started_at: sql`coalesce(started_at, ${now})`,
      heartbeat_at: now,
    })
    .where('id', '=', id)
    .where('state', 'in', working)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Counts lots read; false when the report no longer runs. */
export async function advanceRecallReport(db: Db, id: string, done: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recall_reports')
    .set({ lots_done: done, heartbeat_at: now })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends a running report with its files; false when another run ended it first. */
export async function completeRecallReport(
  db: Db,
  id: string,
  files: { csvFileId: string; pdfFileId: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('recall_reports')
    .set({
      state: 'completed',
      lots_done: sql`lots_total`,
      csv_file_id: files.csvFileId,
      pdf_file_id: files.pdfFileId,
      error_code: null,
      finished_at: files.now,
      heartbeat_at: files.now,
    })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Ends a queued or running report as failed with the code; false when it had already ended. */
export async function failRecallReport(db: Db, id: string, errorCode: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recall_reports')
    .set({ state: 'failed', error_code: errorCode, finished_at: now, heartbeat_at: now })
    .where('id', '=', id)
    .where('state', 'in', working)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Reports of every tenant that have not ended, oldest first: the embedded queue forgets its jobs on restart. */
export async function listUnfinishedRecallReports(
  db: Db,
): Promise<Pick<RecallReportRow, 'id' | 'tenant_id' | 'state' | 'heartbeat_at'>[]> {
  return db
    .selectFrom('recall_reports')
    .select(['id', 'tenant_id', 'state', 'heartbeat_at'])
    .where('state', 'in', working)
    .orderBy('created_at')
    .execute();
}

/** Takes a stalled report over, only if its heartbeat is still the one `seen`: of two claims one wins. */
export async function claimStalledRecallReport(db: Db, id: string, seen: Date, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recall_reports')
    .set({ heartbeat_at: now })
    .where('id', '=', id)
    .where('state', 'in', working)
    .where('heartbeat_at', '=', seen)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Appends to a recall's history (report_requested, report_ready, and a drill's close). */
export async function insertRecallReportEvent(
  db: Db,
  event: {
    id: string;
    recallId: string;
    tenantId: string;
    at: Date;
    kind: string;
    byUser: string | null;
    detail: object;
  },
): Promise<void> {
  await db
    .insertInto('recall_events')
    .values({
      id: event.id,
      recall_id: event.recallId,
      tenant_id: event.tenantId,
      at: event.at,
      kind: event.kind,
      by_user: event.byUser,
      detail: JSON.stringify(event.detail),
    })
    .execute();
}

/**
 * Ends a drill at its first ready report: its time from start to report, and closed. False when it is not a
 * drill still open (a real recall, or a drill a report already ended).
 */
export async function finishDrill(db: Db, recallId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recalls')
    .set({
      status: 'closed',
      closed_at: now,
      drill_seconds: sql`greatest(extract(epoch from (${now}::timestamptz - created_at)), 0)::double precision`,
    })
    .where('id', '=', recallId)
    .where('drill', '=', true)
    .where('status', '=', 'draft')
    .where('drill_seconds', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
