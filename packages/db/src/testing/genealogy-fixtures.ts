import { randomUUID } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import type { Db } from '../database';
import type { TransformationsTable } from '../schema';
import { insertTenant } from '../tenants/tenants.repository';

/** A tenant with one product and process version, for lots made straight in SQL by the genealogy suites. */
export interface GenealogyScaffold {
  tenantId: string;
  productId: string;
  processId: string;
  versionId: string;
}

export async function genealogyScaffold(db: Db, name: string): Promise<GenealogyScaffold> {
  const tenantId = randomUUID();
  const [processId, versionId, productId] = [randomUUID(), randomUUID(), randomUUID()];
  await insertTenant(db, { id: tenantId, name, kind: 'coop', address: 'Xã A', province: 'lao-cai' });
  await sql`INSERT INTO processes (id, tenant_id, name_vi, product_type, draft)
    VALUES (${processId}, ${tenantId}, 'Lúa', 'rice', '{}')`.execute(db);
  await sql`INSERT INTO process_versions (id, process_id, tenant_id, number, definition)
    VALUES (${versionId}, ${processId}, ${tenantId}, 1, '{}')`.execute(db);
  await sql`INSERT INTO products (id, tenant_id, name_vi, sku, product_type, search_text, process_id)
    VALUES (${productId}, ${tenantId}, 'Lúa', ${`SKU-${productId.slice(0, 8)}`}, 'rice', 'lua', ${processId})`.execute(
    db,
  );
  return { tenantId, productId, processId, versionId };
}

/** Lots by code, made straight in SQL; the ids by code. */
export async function insertFixtureLots(
  db: Db,
  scaffold: GenealogyScaffold,
  lots: readonly { code: string; quantity: number; unit: string }[],
): Promise<Map<string, string>> {
  const ids = new Map(lots.map((lot) => [lot.code, randomUUID()]));
  await db
    .insertInto('lots')
    .values(
      lots.map((lot) => ({
        id: ids.get(lot.code) ?? '',
        tenant_id: scaffold.tenantId,
        product_id: scaffold.productId,
        process_id: scaffold.processId,
        process_version_id: scaffold.versionId,
        code: lot.code,
        quantity: lot.quantity,
        remaining: lot.quantity,
        unit: lot.unit,
        status: 'in_progress',
        made_at_stage_id: null,
        note: '',
        created_by: null,
      })),
    )
    .execute();
  return ids;
}

/** A transformation row of the scaffold's version (its lots and links are the caller's). */
export function fixtureTransformation(
  scaffold: GenealogyScaffold,
  id: string,
): Insertable<TransformationsTable> {
  return {
    id,
    tenant_id: scaffold.tenantId,
    process_version_id: scaffold.versionId,
    stage_id: 'dry',
    stage_key: 'dry',
    event_time: new Date('2026-03-01T08:00:00Z'),
    yield_percent: null,
    yield_flag: null,
    recorded_by: null,
    recorded_at: new Date('2026-03-01T08:00:00Z'),
  };
}
