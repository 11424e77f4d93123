import type { LabelSelection } from '@nguon/contracts';
import { type Db, findLot, findProduct, type LotRow } from '@nguon/db';
import { type ProcessStage, stageBindsLabels } from '@nguon/domain';
import { AppError } from '../errors/app-error';
import { bothLanguages } from '../errors/both-languages';
import { applyLabelChange, assertLabelsMayChange } from './label-changes';
import { type ResolvedLabels, resolveLabelSelection } from './label-selection';

async function productName(db: Db, tenantId: string, id: string) {
  const product = await findProduct(db, tenantId, id);
  return bothLanguages({ vi: product?.name_vi ?? '', en: product?.name_en ?? '' });
}

/**
 * A lot takes labels of a blank batch, of a batch ordered for its product, or of a batch fixed to it; never
 * once recalled. The lot is locked by the caller, so a recall cannot slip in between.
 */
export async function assertLotTakesLabels(
  db: Db,
  tenantId: string,
  lot: LotRow,
  labels: ResolvedLabels,
  path: string,
): Promise<void> {
  if (lot.status === 'recalled') throw new AppError('LABEL_LOT_RECALLED', { lot: lot.code }, path);
  for (const batch of labels.batches.values()) {
    if (batch.lot_id !== null && batch.lot_id !== lot.id) {
      const batchLot = (await findLot(db, tenantId, batch.lot_id))?.code ?? '';
      throw new AppError('LABEL_BATCH_LOT_DIFFERS', { number: batch.number, batchLot, lot: lot.code }, path);
    }
    if (batch.product_id !== null && batch.product_id !== lot.product_id) {
      const product = await productName(db, tenantId, batch.product_id);
      const lotProduct = await productName(db, tenantId, lot.product_id);
      const params = { number: batch.number, product, lotProduct, lot: lot.code };
      throw new AppError('LABEL_LOT_PRODUCT_DIFFERS', params, path);
    }
  }
}

/**
 * The labels a packing record binds, checked against its locked lot before the record is appended: a stage
 * that binds none refuses them (STAGE_BINDS_NO_LABELS), and any refused label refuses the record.
 */
export async function checkRecordLabels(
  db: Db,
  tenantId: string,
  lot: LotRow,
  stage: ProcessStage,
  selection: LabelSelection,
): Promise<ResolvedLabels> {
  if (!stageBindsLabels(stage)) {
    throw new AppError('STAGE_BINDS_NO_LABELS', { stage: bothLanguages(stage.name) }, '/labels');
  }
  const labels = await resolveLabelSelection(db, tenantId, selection, '/labels');
  await assertLotTakesLabels(db, tenantId, lot, labels, '/labels');
  await assertLabelsMayChange(db, labels, 'activate', '/labels');
  return labels;
}

/** Activates a packing record's checked labels once the record is stored: its events point at the record. */
export async function bindRecordLabels(
  db: Db,
  labels: ResolvedLabels,
  lot: LotRow,
  record: { id: string; by: string; at: Date; newId: () => string },
): Promise<void> {
  const change = { action: 'activate', lot: { id: lot.id, code: lot.code }, recordId: record.id } as const;
  const context = { actorId: record.by, note: '', at: record.at, newId: record.newId };
  await applyLabelChange(db, labels, change, context);
}
