import type { Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../database';
import type { NewTenantRow, TenantRow, TenantsTable } from '../schema';

export async function insertTenant(db: Db, row: NewTenantRow): Promise<TenantRow> {
  return db.insertInto('tenants').values(row).returningAll().executeTakeFirstOrThrow();
}

export type TenantWithLogo = TenantRow & { logo_updated_at: Date | null };

/** The tenant with when its logo last changed (null: no logo). */
export async function findTenant(db: Db, tenantId: string): Promise<TenantWithLogo | undefined> {
  return db
    .selectFrom('tenants as t')
    .leftJoin('tenant_logos as l', 'l.tenant_id', 't.id')
    .selectAll('t')
    .select('l.updated_at as logo_updated_at')
    .where('t.id', '=', tenantId)
    .executeTakeFirst();
}

export async function updateTenant(
  db: Db,
  tenantId: string,
  changes: Updateable<TenantsTable>,
  now: Date,
): Promise<TenantRow | undefined> {
  return db
    .updateTable('tenants')
    .set({ ...changes, updated_at: now })
    .where('id', '=', tenantId)
    .returningAll()
    .executeTakeFirst();
}

/** True when no tenant exists yet; locks the table so two starting replicas cannot both seed. */
export async function lockTenantsIfEmpty(db: Db): Promise<boolean> {
  await sql`LOCK TABLE tenants IN EXCLUSIVE MODE`.execute(db);
  return !(await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst());
}

/** Tenants in one status (e.g. pending), oldest first, with their first owner's name and sign-in names. */
export async function listTenantsByStatus(db: Db, status: string) {
  return db
    .selectFrom('tenants as t')
    .leftJoin('memberships as m', (join) => join.onRef('m.tenant_id', '=', 't.id').on('m.role', '=', 'owner'))
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('t')
    .select(['u.name as owner_name', 'u.email as owner_email', 'u.phone as owner_phone'])
    .where('t.status', '=', status)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
}

/** Moves a tenant from one status to another; undefined when it is not (or no longer) in `from`. */
export async function changeTenantStatus(
  db: Db,
  tenantId: string,
  from: string,
  to: string,
  now: Date,
): Promise<TenantRow | undefined> {
  return db
    .updateTable('tenants')
    .set({ status: to, status_changed_at: now, updated_at: now })
    .where('id', '=', tenantId)
    .where('status', '=', from)
    .returningAll()
    .executeTakeFirst();
}
