import {
  type CreateRecallBody,
  type RecallDetailSource,
  resourceNames,
  type UpdateRecallBody,
} from '@nguon/contracts';
import {
  type Db,
  findRecall,
  insertRecall,
  lockRecall,
  nextRecallNumber,
  type RecallRow,
  replaceRecallLots,
  updateRecall as updateRecallRow,
} from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import {
  addRecallEvent,
  currentClosure,
  recallDetail,
  refreshDraftScope,
  seedLotIdsOf,
  storedScope,
} from './recall-detail';
import { computeClosure, recallLotRows, scopeChanged, scopeView } from './recall-scope';
import { statusWords } from './recall-views';

const notFound = () => new AppError('NOT_FOUND', { resource: resourceNames.recall });

/** The tenant's recall, locked for a state change; another tenant's is not found. */
export async function lockedRecall(db: Db, tenantId: string, id: string): Promise<RecallRow> {
  const recall = await lockRecall(db, tenantId, id);
  if (!recall) throw notFound();
  return recall;
}

export function assertDraft(recall: RecallRow): void {
  if (recall.status !== 'draft') throw new AppError('RECALL_NOT_DRAFT', { status: statusWords(recall) });
}

/**
 * Starts a recall or a drill as a draft: resolves the seeds, stores the forward closure as the recall's lots (the
 * report reads them) and answers with the preview. Numbers count per tenant, drills included.
 */
export async function createRecall(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateRecallBody,
): Promise<RecallDetailSource> {
  const actor = requireTenantAction(principal, 'recalls.manage');
  return withUnitOfWork(ctx, async ({ db }) => {
    const seeds = await seedLotIdsOf(db, actor.tenantId, body.source);
    const now = ctx.now();
    const recall: RecallRow = {
      id: ctx.newId(),
      tenant_id: actor.tenantId,
      number: await nextRecallNumber(db, actor.tenantId),
      status: 'draft',
      drill: body.drill,
      severity: body.severity,
      notice: body.notice,
      source: body.source,
      outcome: null,
      created_at: now,
      created_by: actor.userId,
      published_at: null,
      closed_at: null,
      drill_seconds: null,
    };
    await insertRecall(db, {
      ...recall,
      notice: JSON.stringify(body.notice),
      source: JSON.stringify(body.source),
      outcome: null,
    });
    const scope = await computeClosure(db, actor.tenantId, seeds);
    await replaceRecallLots(
      db,
      recall.id,
      recallLotRows({ id: recall.id, tenantId: actor.tenantId }, scope, now),
    );
    const view = await scopeView(db, actor.tenantId, scope);
    const facts = { lots: view.lots.length, labels: view.labelCount };
    await addRecallEvent(db, ctx.newId, { recall, kind: 'created', by: actor.userId, at: now, facts });
    return recallDetail(db, ctx.now(), recall, scope, view);
  });
}

/** A recall with its scope: the live preview while a draft (stored again if the genealogy moved), else as stored. */
export async function getRecall(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<RecallDetailSource> {
  const actor = requireTenantAction(principal, 'recalls.read');
  const recall = await findRecall(ctx.db, actor.tenantId, id);
  if (!recall) throw notFound();
  if (recall.status !== 'draft')
    return recallDetail(ctx.db, ctx.now(), recall, await storedScope(ctx.db, recall.id));
  return withUnitOfWork(ctx, async ({ db }) => {
    const scope = await currentClosure(db, recall);
    if (!scopeChanged(await storedScope(db, id), scope)) return recallDetail(db, ctx.now(), recall, scope);
    // stored again only under the recall's lock and while still a draft: a publish may have committed since the read
    const current = await lockedRecall(db, actor.tenantId, id);
    if (current.status !== 'draft') return recallDetail(db, ctx.now(), current, await storedScope(db, id));
    return recallDetail(db, ctx.now(), current, await refreshDraftScope(db, current, ctx.now()));
  });
}

/** Changes a draft's notice and severity (drills too); anything else is RECALL_NOT_DRAFT. */
export async function updateRecall(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  body: UpdateRecallBody,
): Promise<RecallDetailSource> {
  const actor = requireTenantAction(principal, 'recalls.manage');
  return withUnitOfWork(ctx, async ({ db }) => {
    const locked = await lockedRecall(db, actor.tenantId, id);
    assertDraft(locked);
    await updateRecallRow(db, id, { notice: JSON.stringify(body.notice), severity: body.severity });
    const recall: RecallRow = { ...locked, notice: body.notice, severity: body.severity };
    await addRecallEvent(db, ctx.newId, { recall, kind: 'updated', by: actor.userId, at: ctx.now() });
    return recallDetail(db, ctx.now(), recall, await refreshDraftScope(db, recall, ctx.now()));
  });
}

/** Drops a draft: it stays, cancelled, with its lots and history (nothing about a recall is deleted). */
export async function cancelRecall(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<RecallDetailSource> {
  const actor = requireTenantAction(principal, 'recalls.manage');
  return withUnitOfWork(ctx, async ({ db }) => {
    const locked = await lockedRecall(db, actor.tenantId, id);
    assertDraft(locked);
    await updateRecallRow(db, id, { status: 'cancelled' });
    const recall: RecallRow = { ...locked, status: 'cancelled' };
    await addRecallEvent(db, ctx.newId, { recall, kind: 'cancelled', by: actor.userId, at: ctx.now() });
    return recallDetail(db, ctx.now(), recall, await storedScope(db, recall.id));
  });
}
