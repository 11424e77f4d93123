import type { Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../database';
import type { NewTenantRow, TenantRow, TenantsTable } from '../schema';

export async function insertTenant(db: Db, row: NewTenantRow): Promise<TenantRow> {
  return db.insertInto('tenants').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findTenant(db: Db, tenantId: string): Promise<TenantRow | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst();
}

export async function updateTenant(
  db: Db,
  tenantId: string,
  changes: Updateable<TenantsTable>,
): Promise<TenantRow | undefined> {
  return db
    .updateTable('tenants')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', tenantId)
    .returningAll()
    .executeTakeFirst();
}

/** True when no tenant exists yet; locks the table so two starting replicas cannot both seed. */
export async function lockTenantsIfEmpty(db: Db): Promise<boolean> {
  await sql`LOCK TABLE tenants IN EXCLUSIVE MODE`.execute(db);
  return !(await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst());
}
