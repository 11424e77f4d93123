import { type Selectable, sql } from 'kysely';
import type { Db } from '../database';
import type { LotWithNames } from '../lots/lots.repository';
import type { RecallLotsTable } from '../schema';

export type RecallLotRow = Selectable<RecallLotsTable>;
export interface NewRecallLot {
  recall_id: string;
  lot_id: string;
  tenant_id: string;
  seed: boolean;
  depth: number;
  from_lot_ids: string[];
  joined_later?: boolean;
  joined_at: Date;
}

/** The tenant's lots whose current records name an item of the catalog (every lot that used fertiliser batch F). */
export async function findLotIdsNamingItem(
  db: Db,
  tenantId: string,
  catalogId: string,
  itemId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('record_catalog_items as r')
    .innerJoin('catalog_items as c', 'c.id', 'r.item_id')
    .innerJoin('catalogs as g', 'g.id', 'c.catalog_id')
    .select('r.lot_id')
    .distinct()
    .where('r.tenant_id', '=', tenantId)
    // the tenant's own catalog, or a shared one (the centre's registered fertilisers and pesticides)
    .where((eb) => eb.or([eb('c.tenant_id', '=', tenantId), eb('g.shared', '=', true)]))
    .where('c.catalog_id', '=', catalogId)
    .where('r.item_id', '=', itemId)
    // a corrected record names nothing any more; its rows stay, so what it once said remains queryable
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('lot_records as c').select('c.id').whereRef('c.supersedes', '=', 'r.record_id'))),
    )
    .orderBy('r.lot_id')
    .execute();
  return rows.map((row) => row.lot_id);
}

/** Replaces a draft's lots with the scope just computed (the trigger refuses it once the recall is published). */
export async function replaceRecallLots(
  db: Db,
  recallId: string,
  lots: readonly NewRecallLot[],
): Promise<void> {
  await db.deleteFrom('recall_lots').where('recall_id', '=', recallId).execute();
  await insertRecallLots(db, lots);
}

export async function insertRecallLots(db: Db, lots: readonly NewRecallLot[]): Promise<void> {
  const first = lots[0];
  if (!first) return;
  // one statement whatever the count: the columns go as arrays (the parents as comma-joined ids, arrays of arrays
  // being rectangular in PostgreSQL), never as one bind parameter per cell
  await sql`
    INSERT INTO recall_lots (recall_id, lot_id, tenant_id, seed, depth, from_lot_ids, joined_later, joined_at)
    SELECT r.recall_id, r.lot_id, ${first.tenant_id}::uuid, r.seed, r.depth,
      coalesce(string_to_array(nullif(r.parents, ''), ',')::uuid[], '{}'), r.joined_later, r.joined_at
    FROM unnest(
      ${lots.map((lot) => lot.recall_id)}::uuid[], ${lots.map((lot) => lot.lot_id)}::uuid[],
      ${lots.map((lot) => lot.seed)}::boolean[], ${lots.map((lot) => lot.depth)}::int[],
      ${lots.map((lot) => lot.from_lot_ids.join(','))}::text[], ${lots.map((lot) => lot.joined_later ?? false)}::boolean[],
      ${lots.map((lot) => lot.joined_at)}::timestamptz[]
    ) AS r(recall_id, lot_id, seed, depth, parents, joined_later, joined_at)`.execute(db);
}

export async function listRecallLots(db: Db, recallId: string): Promise<RecallLotRow[]> {
  return db
    .selectFrom('recall_lots')
    .selectAll()
    .where('recall_id', '=', recallId)
    .orderBy('depth')
    .orderBy('joined_at')
    .orderBy('lot_id')
    .execute();
}

/** Marks the lots recalled: closed to new records and labels, and the consumer page warns. */
export async function markLotsRecalled(db: Db, tenantId: string, lotIds: readonly string[]): Promise<void> {
  if (lotIds.length === 0) return;
  await sql`UPDATE lots SET status = 'recalled'
    WHERE tenant_id = ${tenantId} AND id = ANY(${[...lotIds]}::uuid[])`.execute(db);
}

/** Locks the tenant's lots (in id order, as every writer does, so none deadlocks), however many. */
export async function lockLotsById(db: Db, tenantId: string, lotIds: readonly string[]): Promise<void> {
  if (lotIds.length === 0) return;
  await sql`SELECT id FROM lots WHERE tenant_id = ${tenantId} AND id = ANY(${[...lotIds]}::uuid[])
    ORDER BY id FOR UPDATE`.execute(db);
}

/** The tenant's lots with their product's names and version number, however many (one array, not a list). */
export async function findScopeLots(
  db: Db,
  tenantId: string,
  lotIds: readonly string[],
): Promise<LotWithNames[]> {
  if (lotIds.length === 0) return [];
  return db
    .selectFrom('lots as l')
    .innerJoin('products as p', 'p.id', 'l.product_id')
    .innerJoin('process_versions as v', 'v.id', 'l.process_version_id')
    .selectAll('l')
    .select(['p.name_vi as product_name_vi', 'p.name_en as product_name_en', 'v.number as version_number'])
    .where('l.tenant_id', '=', tenantId)
    .where(sql<boolean>`l.id = ANY(${[...lotIds]}::uuid[])`)
    .execute();
}

/** A public recall (published or closed, never a drill) covering one of the lots. */
export interface LotRecallRow {
  lot_id: string;
  recall_id: string;
  number: number;
  status: string;
  severity: string;
  notice: unknown;
  published_at: Date;
  /** The lot's depth in the recall. */
  depth: number;
}

/** The published and closed recalls covering any of these lots, newest publication first. */
export async function findPublicRecallsOfLots(db: Db, lotIds: readonly string[]): Promise<LotRecallRow[]> {
  if (lotIds.length === 0) return [];
  const { rows } = await sql<LotRecallRow>`
    SELECT k.lot_id::text AS lot_id, r.id::text AS recall_id, r.number, r.status, r.severity, r.notice,
      r.published_at, k.depth
    FROM recall_lots k JOIN recalls r ON r.id = k.recall_id
    WHERE k.lot_id = ANY(${[...lotIds]}::uuid[]) AND r.status IN ('published', 'closed') AND NOT r.drill
    ORDER BY r.published_at DESC, r.number DESC`.execute(db);
  return rows;
}

/** Outputs of a transformation that made an affected lot, not themselves affected: shown, not recalled. */
export interface ExcludedSiblingRow {
  lot_id: string;
  sibling_of_lot_id: string;
  transformation_id: string;
}

export async function findExcludedSiblings(
  db: Db,
  tenantId: string,
  affectedLotIds: readonly string[],
): Promise<ExcludedSiblingRow[]> {
  if (affectedLotIds.length === 0) return [];
  const { rows } = await sql<ExcludedSiblingRow>`
    WITH affected(lot_id) AS (SELECT unnest(${[...affectedLotIds]}::uuid[]))
    SELECT DISTINCT ON (o.lot_id) o.lot_id::text AS lot_id, a.lot_id::text AS sibling_of_lot_id,
      a.transformation_id::text AS transformation_id
    FROM transformation_lots a
    JOIN affected f ON f.lot_id = a.lot_id
    JOIN transformation_lots o ON o.transformation_id = a.transformation_id AND o.role = 'output'
    WHERE a.role = 'output' AND a.tenant_id = ${tenantId} AND o.tenant_id = ${tenantId}
      AND NOT EXISTS (SELECT 1 FROM affected x WHERE x.lot_id = o.lot_id)
    ORDER BY o.lot_id, a.lot_id`.execute(db);
  return rows;
}

/** A run of consecutive labels of one batch still activated on a lot, with what its ends show. */
export interface ActiveLabelRunRow {
  lot_id: string;
  batch_id: string;
  batch_number: number;
  first_seq: number;
  last_seq: number;
  first_serial: string;
  last_serial: string;
  url_prefix: string;
}

/**
 * The labels activated on these lots now (voided ones left out), as runs of consecutive seqs. The batches come
 * from the lots' activation events (indexed by lot), so the labels are read by batch, never scanned whole.
 */
export async function listActiveLabelRuns(db: Db, lotIds: readonly string[]): Promise<ActiveLabelRunRow[]> {
  if (lotIds.length === 0) return [];
  const { rows } = await sql<ActiveLabelRunRow>`
    WITH scope AS (
      SELECT DISTINCT unnest(${[...lotIds]}::uuid[]) AS lot_id
    ), batches AS (
      SELECT DISTINCT e.batch_id FROM label_events e JOIN scope s ON s.lot_id = e.lot_id WHERE e.kind = 'activated'
    ), active AS (
      SELECT l.lot_id, l.batch_id, l.seq,
        l.seq - row_number() OVER (PARTITION BY l.lot_id, l.batch_id ORDER BY l.seq) AS island
      FROM labels l JOIN batches b ON b.batch_id = l.batch_id JOIN scope s ON s.lot_id = l.lot_id
      WHERE l.state = 'activated'
    ), runs AS (
      SELECT lot_id, batch_id, min(seq) AS first_seq, max(seq) AS last_seq
      FROM active GROUP BY lot_id, batch_id, island
    )
    SELECT r.lot_id::text AS lot_id, r.batch_id::text AS batch_id, b.number AS batch_number,
      r.first_seq::int AS first_seq, r.last_seq::int AS last_seq, f.serial AS first_serial,
      e.serial AS last_serial, b.url_prefix
    FROM runs r
    JOIN label_batches b ON b.id = r.batch_id
    JOIN labels f ON f.batch_id = r.batch_id AND f.seq = r.first_seq
    JOIN labels e ON e.batch_id = r.batch_id AND e.seq = r.last_seq
    ORDER BY r.lot_id, b.number, r.first_seq`.execute(db);
  return rows;
}

/** How many lots each recall covers, and how many labels are activated on them now. */
export interface RecallCountRow {
  recall_id: string;
  lots: number;
  labels: number;
}

export async function countRecallScopes(db: Db, recallIds: readonly string[]): Promise<RecallCountRow[]> {
  if (recallIds.length === 0) return [];
  const { rows } = await sql<RecallCountRow>`
    WITH rl AS (
      SELECT recall_id, lot_id FROM recall_lots WHERE recall_id = ANY(${[...recallIds]}::uuid[])
    ), batches AS (
      SELECT DISTINCT rl.recall_id, e.batch_id
      FROM rl JOIN label_events e ON e.lot_id = rl.lot_id AND e.kind = 'activated'
    ), labelled AS (
      SELECT rl.recall_id, count(*)::int AS labels
      FROM rl JOIN batches b ON b.recall_id = rl.recall_id
      JOIN labels l ON l.batch_id = b.batch_id AND l.lot_id = rl.lot_id AND l.state = 'activated'
      GROUP BY rl.recall_id
    )
    SELECT c.recall_id::text AS recall_id, c.lots, coalesce(x.labels, 0)::int AS labels
    FROM (SELECT recall_id, count(*)::int AS lots FROM rl GROUP BY recall_id) c
    LEFT JOIN labelled x ON x.recall_id = c.recall_id`.execute(db);
  return rows;
}

/**
 * Locks a catalog item's row against new records naming it: the foreign key of `record_catalog_items` takes a
 * key-share lock on it, so a record naming it already under way commits first and a later one waits.
 */
export async function lockCatalogItem(db: Db, itemId: string): Promise<void> {
  await sql`SELECT 1 FROM catalog_items WHERE id = ${itemId}::uuid FOR UPDATE`.execute(db);
}

/** A published recall whose source is one of these catalog items, not yet covering the lot. */
export interface ItemRecallRow {
  recall_id: string;
  item_label: string;
}

/** The tenant's published recalls (not drills) from any of these catalog items that do not cover the lot yet. */
export async function findPublishedRecallsOfItems(
  db: Db,
  tenantId: string,
  itemIds: readonly string[],
  lotId: string,
): Promise<ItemRecallRow[]> {
  if (itemIds.length === 0) return [];
  const { rows } = await sql<ItemRecallRow>`
    SELECT r.id::text AS recall_id, c.label AS item_label
    FROM recalls r JOIN catalog_items c ON c.id::text = r.source->>'itemId'
    WHERE r.tenant_id = ${tenantId} AND r.status = 'published' AND NOT r.drill
      AND r.source->>'kind' = 'catalogItem' AND r.source->>'itemId' = ANY(${[...itemIds]}::text[])
      AND NOT EXISTS (SELECT 1 FROM recall_lots k WHERE k.recall_id = r.id AND k.lot_id = ${lotId})
    ORDER BY r.number`.execute(db);
  return rows;
}
