import { type ExpressionBuilder, type Insertable, sql } from 'kysely';
import type { Db } from '../database';
import type { DB, ProductRow, ProductsTable } from '../schema';

/** The columns a product's content fills; ids, revision and audit columns are set here. */
export type ProductContent = Omit<
  Insertable<ProductsTable>,
  'id' | 'tenant_id' | 'archived_at' | 'revision' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by'
>;

export interface ProductQuery {
  tenantId: string;
  /** Lower-case, accent-free words; every word must appear. */
  words: string[];
  productType?: string;
  /** Only products following this process. */
  processId?: string;
  archived: boolean;
  /** Only products whose process has (true) or has not (false) a published version. */
  hasPublishedProcess?: boolean;
  offset: number;
  limit: number;
}

export async function searchProducts(
  db: Db,
  query: ProductQuery,
): Promise<{ rows: ProductRow[]; total: number }> {
  let base = db
    .selectFrom('products')
    .where('tenant_id', '=', query.tenantId)
    .where('archived_at', query.archived ? 'is not' : 'is', null);
  for (const word of query.words) {
    base = base.where('search_text', 'like', `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (query.productType) base = base.where('product_type', '=', query.productType);
  if (query.processId) base = base.where('process_id', '=', query.processId);
  if (query.hasPublishedProcess !== undefined) {
    const published = (eb: ExpressionBuilder<DB, 'products'>) =>
      eb.exists(
        eb
          .selectFrom('process_versions as pv')
          .select('pv.id')
          .whereRef('pv.tenant_id', '=', 'products.tenant_id')
          .whereRef('pv.process_id', '=', 'products.process_id'),
      );
    base = base.where((eb) => (query.hasPublishedProcess ? published(eb) : eb.not(published(eb))));
  }
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('name_vi').orderBy('id').offset(query.offset).limit(query.limit).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findProduct(db: Db, tenantId: string, id: string): Promise<ProductRow | undefined> {
  return db
    .selectFrom('products')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertProduct(
  db: Db,
  product: { id: string; tenantId: string; content: ProductContent; by: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('products')
    .values({
      ...product.content,
      id: product.id,
      tenant_id: product.tenantId,
      created_at: product.now,
      created_by: product.by,
      updated_at: product.now,
      updated_by: product.by,
    })
    .execute();
}

/** Writes a product at the revision the caller read; false when stale. */
export async function updateProduct(
  db: Db,
  product: {
    id: string;
    tenantId: string;
    revision: number;
    content: ProductContent;
    archivedAt: Date | null;
    by: string | null;
    now: Date;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('products')
    .set({
      ...product.content,
      archived_at: product.archivedAt,
      revision: product.revision + 1,
      updated_at: product.now,
      updated_by: product.by,
    })
    .where('tenant_id', '=', product.tenantId)
    .where('id', '=', product.id)
    .where('revision', '=', product.revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The tenant's SKUs (lower-case) that are `base` or `base-<anything>`: to find a free suffix. */
export async function findSkusLike(db: Db, tenantId: string, base: string): Promise<string[]> {
  const lowered = base.toLowerCase();
  const rows = await db
    .selectFrom('products')
    .select(sql<string>`lower(sku)`.as('sku'))
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      eb.or([
        eb(sql`lower(sku)`, '=', lowered),
        eb(sql`lower(sku)`, 'like', `${lowered.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`),
      ]),
    )
    .execute();
  return rows.map((row) => row.sku);
}
