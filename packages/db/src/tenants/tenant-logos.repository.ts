import type { Db } from '../database';

export async function upsertTenantLogo(
  db: Db,
  tenantId: string,
  contentType: string,
  bytes: Buffer,
  now: Date,
): Promise<void> {
  await db
    .insertInto('tenant_logos')
    .values({ tenant_id: tenantId, content_type: contentType, bytes, updated_at: now })
    .onConflict((oc) =>
      oc.column('tenant_id').doUpdateSet({ content_type: contentType, bytes, updated_at: now }),
    )
    .execute();
}

export async function findTenantLogo(
  db: Db,
  tenantId: string,
): Promise<{ contentType: string; bytes: Buffer; updatedAt: Date } | undefined> {
  return db
    .selectFrom('tenant_logos')
    .select(['content_type as contentType', 'bytes', 'updated_at as updatedAt'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
}

export async function deleteTenantLogo(db: Db, tenantId: string): Promise<boolean> {
  const result = await db.deleteFrom('tenant_logos').where('tenant_id', '=', tenantId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
