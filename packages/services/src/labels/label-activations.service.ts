import { type LabelActivationBody, type LabelChangeResult, resourceNames } from '@nguon/contracts';
import { lockLots } from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { applyLabelChange, assertLabelsMayChange } from '../label-binding/label-changes';
import { resolveLabelSelection } from '../label-binding/label-selection';
import { assertLotTakesLabels } from '../label-binding/lot-labels';
import { announcePublicChanges, batchTagsOf } from '../public-changes/announce-changes';
import { withUnitOfWork } from '../unit-of-work';

/** Binds printed labels to a lot, all of them or none: one update, one event per contiguous run. */
export async function activateLabels(
  ctx: ServiceContext,
  principal: Principal,
  body: LabelActivationBody,
): Promise<LabelChangeResult> {
  const actor = requireTenantAction(principal, 'labels.activate');
  const at = ctx.now();
  return withUnitOfWork(ctx, async (unit) => {
    const { db } = unit;
    const [lot] = await lockLots(db, actor.tenantId, [body.lotId]);
    if (!lot) throw new AppError('NOT_FOUND', { resource: resourceNames.lot }, '/lotId');
    const labels = await resolveLabelSelection(db, actor.tenantId, body.labels, '/labels');
    await assertLotTakesLabels(db, actor.tenantId, lot, labels, '/lotId');
    await assertLabelsMayChange(db, labels, 'activate', '/labels');
    const change = { action: 'activate', lot: { id: lot.id, code: lot.code }, recordId: null } as const;
    const context = { actorId: actor.userId, note: body.note?.trim() ?? '', at, newId: ctx.newId };
    const result = await applyLabelChange(db, labels, change, context);
    announcePublicChanges(unit, batchTagsOf(labels.runs));
    return result;
  });
}
