import type { Db } from '../database';

export interface LabelDetailRow {
  serial: string;
  seq: number;
  state: string;
  changed_at: Date | null;
  batch_id: string;
  batch_number: number;
  url_prefix: string;
  batch_created_at: Date;
  batch_finished_at: Date | null;
  batch_created_by: string | null;
  batch_created_by_name: string | null;
  product_id: string | null;
  product_name_vi: string | null;
  product_name_en: string | null;
  /** The lot the label is bound to, else the lot its batch was ordered for. */
  lot_id: string | null;
  lot_code: string | null;
}

/** One label of the tenant with its batch, product and lot; undefined for an unknown serial and another tenant's. */
export async function findLabelDetail(
  db: Db,
  tenantId: string,
  serial: string,
): Promise<LabelDetailRow | undefined> {
  return db
    .selectFrom('labels as l')
    .innerJoin('label_batches as b', 'b.id', 'l.batch_id')
    .leftJoin('users as u', 'u.id', 'b.created_by')
    .leftJoin('lots as lot', (join) =>
      join.on((eb) => eb('lot.id', '=', eb.fn.coalesce('l.lot_id', 'b.lot_id'))),
    )
    .leftJoin('products as p', (join) =>
      join.on((eb) => eb('p.id', '=', eb.fn.coalesce('lot.product_id', 'b.product_id'))),
    )
    .select([
      'l.serial',
      'l.seq',
      'l.state',
      'l.changed_at',
      'b.id as batch_id',
      'b.number as batch_number',
      'b.url_prefix',
      'b.created_at as batch_created_at',
      'b.finished_at as batch_finished_at',
      'b.created_by as batch_created_by',
      'u.name as batch_created_by_name',
      'p.id as product_id',
      'p.name_vi as product_name_vi',
      'p.name_en as product_name_en',
      'lot.id as lot_id',
      'lot.code as lot_code',
    ])
    .where('b.tenant_id', '=', tenantId)
    .where('l.serial', '=', serial)
    .executeTakeFirst();
}

export interface LabelEventDetail {
  id: string;
  kind: string;
  at: Date;
  first_seq: number;
  last_seq: number;
  actor_id: string | null;
  actor_name: string | null;
  lot_id: string | null;
  lot_code: string | null;
  record_id: string | null;
  reason: string | null;
  note: string;
}

/** The events whose run covers one label, oldest first. */
export async function listLabelEvents(db: Db, batchId: string, seq: number): Promise<LabelEventDetail[]> {
  return db
    .selectFrom('label_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .leftJoin('lots as lot', 'lot.id', 'e.lot_id')
    .select([
      'e.id',
      'e.kind',
      'e.at',
      'e.first_seq',
      'e.last_seq',
      'e.actor_id',
      'u.name as actor_name',
      'e.lot_id',
      'lot.code as lot_code',
      'e.record_id',
      'e.reason',
      'e.note',
    ])
    .where('e.batch_id', '=', batchId)
    .where('e.first_seq', '<=', seq)
    .where('e.last_seq', '>=', seq)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}
