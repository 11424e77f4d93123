import type { LabelChangeResult, LabelVoidBody } from '@nguon/contracts';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { applyLabelChange, assertLabelsMayChange } from '../label-binding/label-changes';
import { resolveLabelSelection } from '../label-binding/label-selection';
import { announcePublicChanges, batchTagsOf } from '../public-changes/announce-changes';
import { withUnitOfWork } from '../unit-of-work';

/**
 * Takes printed labels out of use with a reason, all of them or none. Owners only: a voided code is dead for
 * good, so even a misprint is voided by the person who answers for the account's labels.
 */
export async function voidLabels(
  ctx: ServiceContext,
  principal: Principal,
  body: LabelVoidBody,
): Promise<LabelChangeResult> {
  const actor = requireTenantAction(principal, 'labels.void');
  const at = ctx.now();
  return withUnitOfWork(ctx, async (unit) => {
    const { db } = unit;
    const labels = await resolveLabelSelection(db, actor.tenantId, body.labels, '/labels');
    await assertLabelsMayChange(db, labels, 'void', '/labels');
    const context = { actorId: actor.userId, note: body.note?.trim() ?? '', at, newId: ctx.newId };
    const result = await applyLabelChange(db, labels, { action: 'void', reason: body.reason }, context);
    announcePublicChanges(unit, batchTagsOf(labels.runs));
    return result;
  });
}
