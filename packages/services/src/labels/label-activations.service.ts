import { type LabelActivationBody, type LabelChangeResult, resourceNames } from '@nguon/contracts';
import { type Db, findLot, findProduct, type LotRow, lockLots } from '@nguon/db';
import { type ProcessStage, stageBindsLabels } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { bothLanguages } from '../lots/lot-views';
import { withUnitOfWork } from '../unit-of-work';
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
async function assertLotTakesLabels(
  db: Db,
  tenantId: string,
  lot: LotRow,
  labels: ResolvedLabels,
  path: string,
) {
  if (lot.status === 'recalled') throw new AppError('LABEL_LOT_RECALLED', { lot: lot.code }, path);
  for (const batch of labels.batches.values()) {
    if (batch.lot_id !== null && batch.lot_id !== lot.id) {
      const batchLot = (await findLot(db, tenantId, batch.lot_id))?.code ?? '';
      throw new AppError('LABEL_BATCH_LOT_DIFFERS', { number: batch.number, batchLot, lot: lot.code }, path);
    }
    if (batch.product_id !== null && batch.product_id !== lot.product_id) {
      const [product, lotProduct] = [
        await productName(db, tenantId, batch.product_id),
        await productName(db, tenantId, lot.product_id),
      ];
      const params = { number: batch.number, product, lotProduct, lot: lot.code };
      throw new AppError('LABEL_LOT_PRODUCT_DIFFERS', params, path);
    }
  }
}

/** Binds printed labels to a lot, all of them or none: one update, one event per contiguous run. */
export async function activateLabels(
  ctx: ServiceContext,
  principal: Principal,
  body: LabelActivationBody,
): Promise<LabelChangeResult> {
  const actor = requireTenantAction(principal, 'labels.activate');
  const at = ctx.now();
  return withUnitOfWork(ctx, async ({ db }) => {
    const [lot] = await lockLots(db, actor.tenantId, [body.lotId]);
    if (!lot) throw new AppError('NOT_FOUND', { resource: resourceNames.lot }, '/lotId');
    const labels = await resolveLabelSelection(db, actor.tenantId, body.labels, '/labels');
    await assertLotTakesLabels(db, actor.tenantId, lot, labels, '/lotId');
    await assertLabelsMayChange(db, labels, 'activate', '/labels');
    const change = { action: 'activate', lot: { id: lot.id, code: lot.code }, recordId: null } as const;
    const context = { actorId: actor.userId, note: body.note?.trim() ?? '', at, newId: ctx.newId };
    return applyLabelChange(db, labels, change, context);
  });
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
  selection: LabelActivationBody['labels'],
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
  await applyLabelChange(db, labels, change, {
    actorId: record.by,
    note: '',
    at: record.at,
    newId: record.newId,
  });
}
