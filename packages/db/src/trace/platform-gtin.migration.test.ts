import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrator';
import { insertTenant } from '../tenants/tenants.repository';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import { findProductByGtin } from './public-trace.repository';

const gtin = '08938500000010';

describe.each(await testDrivers())(
  'migration 0017 (a GTIN names one product on the platform) on %s',
  (driver) => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(driver);
    });
    afterAll(async () => {
      await t?.close();
    });

    const tenant = async (name: string) => {
      const id = randomUUID();
      await insertTenant(t.db, { id, name, kind: 'coop', address: 'Xã A', province: 'lao-cai' });
      return id;
    };
    const product = async (tenantId: string, sku: string, createdAt: string) => {
      const id = randomUUID();
      // raw SQL: the columns with defaults stay out, as an install's own rows would have them
      await sql`INSERT INTO products (id, tenant_id, name_vi, sku, product_type, search_text, gtin, created_at)
      VALUES (${id}, ${tenantId}, ${sku}, ${sku}, 'rice', ${sku}, ${gtin}, ${createdAt}::timestamptz)`.execute(
        t.db,
      );
      return id;
    };

    it('keeps a shared GTIN on the oldest product, then refuses it to any other tenant', async () => {
      // the install before 0017: GTINs unique per tenant only, two tenants sharing one
      await sql`DROP INDEX products_gtin_key`.execute(t.db);
      await sql`CREATE UNIQUE INDEX products_tenant_gtin_key ON products (tenant_id, gtin) WHERE gtin IS NOT NULL`.execute(
        t.db,
      );
      await t.db.deleteFrom('schema_migrations').where('version', '=', 17).execute();
      const [a, b] = [await tenant('A'), await tenant('B')];
      const newer = await product(a, 'NEW', '2026-02-01T00:00:00Z');
      const older = await product(b, 'OLD', '2026-01-01T00:00:00Z');
      expect(await migrateToLatest(t.db)).toEqual([17]);
      expect((await findProductByGtin(t.db, gtin))?.id).toBe(older);
      const row = await t.db
        .selectFrom('products')
        .select('gtin')
        .where('id', '=', newer)
        .executeTakeFirstOrThrow();
      expect(row.gtin).toBeNull();
      await expect(product(a, 'AGAIN', '2026-03-01T00:00:00Z')).rejects.toMatchObject({
        constraint: 'products_gtin_key',
      });
    });
  },
);
