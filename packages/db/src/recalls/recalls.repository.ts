import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../database';
import type { RecallEventsTable, RecallsTable } from '../schema';

export type RecallRow = Selectable<RecallsTable>;
/** A recall with the province of its tenant, for inspectors. */
export interface InspectedRecallRow extends RecallRow {
  tenant_name: string;
  tenant_province: string;
}

/**
 * The next recall number of a tenant (drills included), inside the caller's transaction: locking the tenant row
 * (NO KEY, so rows referencing it can still be written) makes concurrent drafts take 1, 2, 3 without a clash.
 */
export async function nextRecallNumber(db: Db, tenantId: string): Promise<number> {
  await db.selectFrom('tenants').select('id').where('id', '=', tenantId).forNoKeyUpdate().execute();
  const row = await db
    .selectFrom('recalls')
    .select((eb) => eb.fn.max('number').as('last'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

export async function insertRecall(db: Db, recall: Insertable<RecallsTable>): Promise<void> {
  await db.insertInto('recalls').values(recall).execute();
}

export async function findRecall(db: Db, tenantId: string, id: string): Promise<RecallRow | undefined> {
  return db
    .selectFrom('recalls')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The recall, locked until the caller's unit commits: one state change at a time. */
export async function lockRecall(db: Db, tenantId: string, id: string): Promise<RecallRow | undefined> {
  return db
    .selectFrom('recalls')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function updateRecall(
  db: Db,
  id: string,
  change: Partial<Pick<RecallRow, 'status' | 'severity' | 'published_at' | 'closed_at'>> & {
    notice?: string;
    outcome?: string;
  },
): Promise<void> {
  await db.updateTable('recalls').set(change).where('id', '=', id).execute();
}

export interface RecallFilter {
  tenantId: string;
  status?: string;
  drill?: boolean;
  limit: number;
}

/** A tenant's recalls and drills, newest first. */
export async function listRecalls(db: Db, filter: RecallFilter): Promise<RecallRow[]> {
  let query = db.selectFrom('recalls').selectAll().where('tenant_id', '=', filter.tenantId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.drill !== undefined) query = query.where('drill', '=', filter.drill);
  return query.orderBy('created_at', 'desc').orderBy('number', 'desc').limit(filter.limit).execute();
}

/** The tenant's last drill whose report made its time known (recall readiness). */
export async function findLastTimedDrill(db: Db, tenantId: string): Promise<RecallRow | undefined> {
  return db
    .selectFrom('recalls')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('drill', '=', true)
    .where('drill_seconds', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

function inspected(db: Db, provinces: readonly string[]) {
  return db
    .selectFrom('recalls as r')
    .innerJoin('tenants as t', 't.id', 'r.tenant_id')
    .selectAll('r')
    .select(['t.name as tenant_name', 't.province as tenant_province'])
    .where('r.status', 'in', ['published', 'closed'])
    .where('r.drill', '=', false)
    .where('t.province', 'in', provinces.length > 0 ? [...provinces] : ['']);
}

/** Published and closed recalls (never drafts nor drills) of the tenants in these provinces, newest first. */
export async function listInspectedRecalls(
  db: Db,
  provinces: readonly string[],
  limit: number,
): Promise<InspectedRecallRow[]> {
  return inspected(db, provinces).orderBy('r.published_at', 'desc').limit(limit).execute();
}

/** A recall of any tenant with its tenant's province: the service decides whether the inspector may see it. */
export async function findRecallWithTenant(db: Db, id: string): Promise<InspectedRecallRow | undefined> {
  return db
    .selectFrom('recalls as r')
    .innerJoin('tenants as t', 't.id', 'r.tenant_id')
    .selectAll('r')
    .select(['t.name as tenant_name', 't.province as tenant_province'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export type RecallEventRow = Selectable<RecallEventsTable> & { by_name: string | null };

export async function insertRecallEvents(db: Db, events: Insertable<RecallEventsTable>[]): Promise<void> {
  if (events.length > 0) await db.insertInto('recall_events').values(events).execute();
}

/** A recall's history, oldest first, with the name of who acted. */
export async function listRecallEvents(db: Db, recallId: string): Promise<RecallEventRow[]> {
  return db
    .selectFrom('recall_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user')
    .selectAll('e')
    .select('u.name as by_name')
    .where('e.recall_id', '=', recallId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
