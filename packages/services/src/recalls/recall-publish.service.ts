import type { CloseRecallBody, RecallDetailSource } from '@nguon/contracts';
import {
  type Db,
  lockCatalogItem,
  lockLotsById,
  markLotsRecalled,
  type RecallRow,
  replaceRecallLots,
  updateRecall as updateRecallRow,
} from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { addRecallEvent, currentClosure, recallDetail, storedScope } from './recall-detail';
import { assertDraft, lockedRecall } from './recall-drafts.service';
import { recallLotRows, type ScopeLot, scopeView } from './recall-scope';
import { statusWords, toRecallSummary } from './recall-views';

/** Rounds of lock-and-walk before giving up: each round only follows what committed meanwhile. */
const defaultRounds = 10;
/** Seconds a caller waits before publishing again once the genealogy kept moving. */
const movingRetryAfter = 5;

/**
 * The closure with every lot in it locked. A transformation holding one of them commits before the lock is
 * granted, so the walk is repeated until it finds nothing new; a later one waits, then finds its input recalled.
 * The seeds are read again each round. Once the lots are locked, a recall from a catalog item locks the item too
 * (after the lots, in the order a record takes them): a record naming it already under way commits first and the
 * next round finds its lot; a later one waits for the publish, then joins the recall (`joinRecallsOfNamedItems`).
 */
async function lockedClosure(db: Db, recall: RecallRow, rounds: number): Promise<ScopeLot[]> {
  const locked = new Set<string>();
  const source = toRecallSummary(recall, { lots: 0, labels: 0 }).source;
  let itemLocked = source.kind !== 'catalogItem';
  for (let round = 0; round < rounds; round++) {
    const scope = await currentClosure(db, recall);
    if (scope.length === 0) throw new AppError('RECALL_NO_LOTS');
    const fresh = scope.map((lot) => lot.lotId).filter((lotId) => !locked.has(lotId));
    if (fresh.length === 0 && itemLocked) return scope;
    if (fresh.length === 0 && source.kind === 'catalogItem') {
      await lockCatalogItem(db, source.itemId);
      itemLocked = true;
      continue;
    }
    await lockLotsById(db, recall.tenant_id, fresh);
    for (const lotId of fresh) locked.add(lotId);
  }
  // the unit rolls back: nothing of the publish is stored, and the caller may simply try again
  throw new AppError('RECALL_GENEALOGY_MOVING', { retryAfter: movingRetryAfter });
}

/**
 * Publishes a draft: stores its scope as it is now, marks every lot in it recalled, and (after commit) tells every
 * cache that shows those lots, so each affected label's page warns at once. Drills are never published.
 */
export async function publishRecall(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<RecallDetailSource> {
  const actor = requireTenantAction(principal, 'recalls.manage');
  return withUnitOfWork(ctx, async (unit) => {
    const { db } = unit;
    const locked = await lockedRecall(db, actor.tenantId, id);
    if (locked.drill) throw new AppError('RECALL_DRILL_NOT_PUBLISHABLE');
    assertDraft(locked);
    const scope = await lockedClosure(db, locked, ctx.config.recallPublishRounds ?? defaultRounds);
    const now = ctx.now();
    const lotIds = scope.map((lot) => lot.lotId);
    // replaced while still a draft: once published, its lots are never deleted
    await replaceRecallLots(db, id, recallLotRows({ id, tenantId: actor.tenantId }, scope, now));
    await markLotsRecalled(db, actor.tenantId, lotIds);
    await updateRecallRow(db, id, { status: 'published', published_at: now });
    const recall: RecallRow = { ...locked, status: 'published', published_at: now };
    const view = await scopeView(db, actor.tenantId, scope);
    const facts = { lots: view.lots.length, labels: view.labelCount };
    await addRecallEvent(db, ctx.newId, { recall, kind: 'published', by: actor.userId, at: now, facts });
    announcePublicChanges(unit, lotIds.map(traceTags.lot));
    return recallDetail(db, ctx.now(), recall, scope, view);
  });
}

function assertKnownProducts(body: CloseRecallBody, products: ReadonlySet<string>): void {
  body.outcomes.forEach((outcome, i) => {
    if (!products.has(outcome.productId)) {
      throw new AppError(
        'RECALL_OUTCOME_UNKNOWN_PRODUCT',
        { value: outcome.productId },
        `/outcomes/${i}/productId`,
      );
    }
  });
}

/** Closes a published recall with its outcome per product; its labels keep warning, its history stays. */
export async function closeRecall(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: CloseRecallBody,
): Promise<RecallDetailSource> {
  const actor = requireTenantAction(principal, 'recalls.manage');
  return withUnitOfWork(ctx, async (unit) => {
    const { db } = unit;
    const locked = await lockedRecall(db, actor.tenantId, id);
    if (locked.status !== 'published')
      throw new AppError('RECALL_NOT_PUBLISHED', { status: statusWords(locked) });
    const scope = await storedScope(db, id);
    const view = await scopeView(db, actor.tenantId, scope);
    assertKnownProducts(body, new Set(view.products.map((product) => product.productId)));
    const now = ctx.now();
    await updateRecallRow(db, id, { status: 'closed', closed_at: now, outcome: JSON.stringify(body) });
    const recall: RecallRow = { ...locked, status: 'closed', closed_at: now, outcome: body };
    const sum = (field: 'recovered' | 'destroyed') => body.outcomes.reduce((total, o) => total + o[field], 0);
    const facts = { recovered: sum('recovered'), destroyed: sum('destroyed'), note: body.note };
    await addRecallEvent(db, ctx.newId, { recall, kind: 'closed', by: actor.userId, at: now, facts });
    // the pages say the recall is closed; they keep warning
    announcePublicChanges(
      unit,
      scope.map((lot) => traceTags.lot(lot.lotId)),
    );
    return recallDetail(db, ctx.now(), recall, scope, view);
  });
}
