import { type Db, type LotRow, listCurrentRecordsOfStage, updateLotRecordedQuantity } from '@nguon/db';
import type { ProcessStage } from '@nguon/domain';
import { readLotQuantity } from '@nguon/forms';
import { AppError } from '../errors/app-error';
import { bothLanguages } from './lot-views';

type Recorded = { quantity: number; at: Date; stageId: string; recordId: string };

/**
 * The figure the stage's current records give: the latest done (event time) with a value, so correcting
 * an older record of a repeatable stage does not override a newer one, and a superseded one no longer counts.
 */
async function currentFigure(
  db: Db,
  lot: LotRow,
  stage: ProcessStage,
  key: string,
): Promise<Recorded | null> {
  const records = await listCurrentRecordsOfStage(db, lot.tenant_id, lot.id, stage.id);
  for (const record of records) {
    const reading = readLotQuantity(stage.form, key, record.data, lot.unit);
    if (!reading.ok && reading.fault === 'unit') {
      const params = { field: bothLanguages(reading.label), unit: reading.fieldUnit, lotUnit: lot.unit };
      throw new AppError('LOT_QUANTITY_UNIT_MISMATCH', params, `/data/${key}`);
    }
    // a version the checks refused could not be published: a field that is not a quantity sets nothing
    if (!reading.ok || reading.quantity === null) continue;
    return { quantity: reading.quantity, at: record.event_time, stageId: stage.id, recordId: record.id };
  }
  return null;
}

/**
 * After a record of `stage` was appended to `lot` (the row as locked before it), moves the lot's recorded
 * quantity, and what it has left: the recorded figure (else the declared one) minus what already went to
 * transformations. Derived state; the records stay the source.
 */
export async function refreshRecordedQuantity(db: Db, lot: LotRow, stage: ProcessStage): Promise<void> {
  const key = stage.lotQuantityField ?? null;
  if (key === null || stage.kind !== 'stage') return;
  const recorded = await currentFigure(db, lot, stage, key);
  // 12 significant digits, so a subtraction's binary noise never reaches a message
  const moved = Number.parseFloat(((lot.recorded_quantity ?? lot.quantity) - lot.remaining).toPrecision(12));
  const basis = recorded?.quantity ?? lot.quantity;
  const left = basis - moved;
  // float noise around "exactly what already left" is nothing left, not a refusal
  const noise = Math.max(basis, moved) * 1e-9;
  if (left < -noise) {
    const params = { code: lot.code, moved: `${moved} ${lot.unit}`, recorded: `${basis} ${lot.unit}` };
    throw new AppError('RECORDED_QUANTITY_BELOW_MOVED', params, `/data/${key}`);
  }
  await updateLotRecordedQuantity(db, lot.id, { remaining: left <= noise ? 0 : left, recorded });
}
