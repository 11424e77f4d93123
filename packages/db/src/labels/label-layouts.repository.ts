import type { Db } from '../database';
import type { LabelLayoutRow } from '../schema';

/** The numbers of a layout as columns; the service has checked them with labelLayoutFault. */
export interface LabelLayoutColumns {
  name: string;
  page_width_mm: number;
  page_height_mm: number;
  label_width_mm: number;
  label_height_mm: number;
  columns: number;
  rows: number;
  margin_top_mm: number;
  margin_left_mm: number;
  gap_x_mm: number;
  gap_y_mm: number;
}

/** The tenant's layouts in use, oldest first. */
export async function listLabelLayouts(db: Db, tenantId: string): Promise<LabelLayoutRow[]> {
  return db
    .selectFrom('label_layouts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A layout of the tenant in use; archived and other tenants' layouts are not found. */
export async function findLabelLayout(
  db: Db,
  tenantId: string,
  id: string,
): Promise<LabelLayoutRow | undefined> {
  return db
    .selectFrom('label_layouts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

export async function insertLabelLayout(
  db: Db,
  layout: { id: string; tenantId: string; columns: LabelLayoutColumns; by: string | null; now: Date },
): Promise<void> {
  await db
    .insertInto('label_layouts')
    .values({
      ...layout.columns,
      id: layout.id,
      tenant_id: layout.tenantId,
      created_by: layout.by,
      created_at: layout.now,
      updated_at: layout.now,
    })
    .execute();
}

/** Rewrites a layout in use; false when it is not the tenant's or was archived meanwhile. */
export async function updateLabelLayout(
  db: Db,
  layout: { id: string; tenantId: string; columns: LabelLayoutColumns; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('label_layouts')
    .set({ ...layout.columns, updated_at: layout.now })
    .where('tenant_id', '=', layout.tenantId)
    .where('id', '=', layout.id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Archives a layout in use; false when there was none to archive. Batches printed with it keep their PDFs. */
export async function archiveLabelLayout(db: Db, tenantId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('label_layouts')
    .set({ archived_at: now, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
