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
