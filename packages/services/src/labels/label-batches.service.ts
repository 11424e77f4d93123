import {
  type LabelBatchListQuery,
  type LabelBatchPageSource,
  type LabelBatchViewSource,
  labelBatchStateNames,
  labelBatchStates,
  type OrderLabelBatchBody,
  resourceNames,
} from '@nguon/contracts';
import {
  type Db,
  findLabelBatch,
  findLot,
  findProduct,
  insertLabelBatch,
  insertLabelEvent,
  type LabelBatchWithNames,
  lockLabelBatch,
  nextLabelBatchNumber,
  searchLabelBatches,
  updateLabelBatch,
  voidBatchLabels,
} from '@nguon/db';
import { labelBatchCancellable, labelBatchRetryWork, labelUrlPrefix, oneOf } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { assertStorableText } from '../errors/storable-text';
import { bothLanguages } from '../lots/lot-views';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { batchWork, toLabelBatchView } from './label-batch-views';
import { enqueueLabelBatchPlan, enqueueLabelPdf } from './label-batches.jobs';
import { chooseLabelLayout } from './label-layouts';

export async function requireLabelBatch(db: Db, tenantId: string, id: string): Promise<LabelBatchWithNames> {
  const row = await findLabelBatch(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.labelBatch });
  return row;
}

/** What the labels name: a lot implies its product; another tenant's product or lot is as unknown as none. */
async function batchSubject(db: Db, tenantId: string, body: OrderLabelBatchBody) {
  const product = body.productId ? await findProduct(db, tenantId, body.productId) : undefined;
  if (body.productId && !product)
    throw new AppError('NOT_FOUND', { resource: resourceNames.product }, '/productId');
  if (!body.lotId) return { product: product ?? null, lot: null };
  const lot = await findLot(db, tenantId, body.lotId);
  if (!lot) throw new AppError('NOT_FOUND', { resource: resourceNames.lot }, '/lotId');
  if (product && lot.product_id !== product.id) {
    const names = bothLanguages({ vi: product.name_vi, en: product.name_en });
    throw new AppError('LABEL_LOT_PRODUCT_MISMATCH', { lot: lot.code, product: names }, '/lotId');
  }
  return { product: product ?? (await findProduct(db, tenantId, lot.product_id)) ?? null, lot };
}

/** Orders a batch: numbered per tenant, its URLs and layout fixed now; the labels are made in the background. */
export async function orderLabelBatch(
  ctx: ServiceContext,
  principal: Principal,
  body: OrderLabelBatchBody,
): Promise<LabelBatchViewSource> {
  const actor = requireTenantAction(principal, 'labels.order');
  assertStorableText(body.note ?? '', '/note');
  const id = ctx.newId();
  await withUnitOfWork(ctx, async ({ db }) => {
    const { product, lot } = await batchSubject(db, actor.tenantId, body);
    const urlPrefix = labelUrlPrefix(ctx.config.publicBaseUrl, {
      gtin14: product?.gtin ?? null,
      lotCode: lot?.code,
    });
    const { key, layout } = await chooseLabelLayout(ctx, actor.tenantId, body, urlPrefix);
    await insertLabelBatch(db, {
      id,
      tenant_id: actor.tenantId,
      number: await nextLabelBatchNumber(db, actor.tenantId),
      product_id: product?.id ?? null,
      lot_id: lot?.id ?? null,
      quantity: body.quantity,
      url_prefix: urlPrefix,
      layout_key: key,
      layout: JSON.stringify(layout),
      note: body.note?.trim() ?? '',
      created_by: actor.userId,
      created_at: ctx.now(),
      heartbeat_at: ctx.now(),
    });
  });
  await enqueueLabelBatchPlan(ctx, id, 0);
  return toLabelBatchView(await requireLabelBatch(ctx.db, actor.tenantId, id), ctx.now());
}

export async function listLabelBatches(
  ctx: ServiceContext,
  principal: Principal,
  query: LabelBatchListQuery,
): Promise<LabelBatchPageSource> {
  const actor = requireTenantAction(principal, 'labels.read');
  const page = Number(query.page ?? '1');
  const pageSize = Number(query.pageSize ?? '25');
  const { rows, total } = await searchLabelBatches(ctx.db, {
    tenantId: actor.tenantId,
    ...(query.state && { state: query.state }),
    ...(query.productId && { productId: query.productId }),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const now = ctx.now();
  return { items: rows.map((row) => toLabelBatchView(row, now)), total, page, pageSize };
}

export async function getLabelBatch(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<LabelBatchViewSource> {
  const actor = requireTenantAction(principal, 'labels.read');
  return toLabelBatchView(await requireLabelBatch(ctx.db, actor.tenantId, id), ctx.now());
}

/** Locks the tenant's batch for a state change; another tenant's batch is not found. */
async function lockTenantBatch(db: Db, tenantId: string, id: string) {
  const row = await lockLabelBatch(db, id);
  if (!row || row.tenant_id !== tenantId)
    throw new AppError('NOT_FOUND', { resource: resourceNames.labelBatch });
  return { ...row, state: oneOf(labelBatchStates, row.state, 'label batch state') };
}

/**
 * Stops a batch before it completes: its labels so far are voided by one event (reason batch_cancelled), and
 * chunk jobs still queued find the batch cancelled and store nothing.
 */
export async function cancelLabelBatch(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<LabelBatchViewSource> {
  const actor = requireTenantAction(principal, 'labels.order');
  await withUnitOfWork(ctx, async (unit) => {
    const { db } = unit;
    const batch = await lockTenantBatch(db, actor.tenantId, id);
    if (!labelBatchCancellable(batch.state))
      throw new AppError('LABEL_BATCH_NOT_CANCELLABLE', {
        number: batch.number,
        state: labelBatchStateNames[batch.state],
      });
    const now = ctx.now();
    await updateLabelBatch(db, id, { state: 'cancelled', cancelled_at: now, cancelled_by: actor.userId });
    const voided = await voidBatchLabels(db, id, now);
    if (voided)
      await insertLabelEvent(db, {
        id: ctx.newId(),
        batchId: id,
        firstSeq: voided.firstSeq,
        lastSeq: voided.lastSeq,
        kind: 'voided',
        reason: 'batch_cancelled',
        actorId: actor.userId,
        at: now,
      });
    announcePublicChanges(unit, [traceTags.batch(id), traceTags.unknown]);
  });
  return getLabelBatch(ctx, principal, id);
}

/**
 * Runs a failed batch again (a new plan, whose chunks skip the ones already stored), or its failed PDF; also a
 * stalled one, whose job was lost without marking it. Under the row lock, so of two retries one wins: the
 * first touches the heartbeat and the batch is no longer stalled for the second.
 */
export async function retryLabelBatch(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<LabelBatchViewSource> {
  const actor = requireTenantAction(principal, 'labels.order');
  const retried = await withUnitOfWork(ctx, async ({ db }) => {
    const batch = await lockTenantBatch(db, actor.tenantId, id);
    const now = ctx.now();
    const work = labelBatchRetryWork(batchWork(batch), now);
    if (work === 'pdf') {
      await updateLabelBatch(db, id, { pdf_state: 'queued', pdf_pages_done: 0, heartbeat_at: now });
      return 'pdf';
    }
    if (work !== 'labels')
      throw new AppError('LABEL_BATCH_NOT_RETRYABLE', {
        number: batch.number,
        state: labelBatchStateNames[batch.state],
      });
    await updateLabelBatch(db, id, {
      state: 'queued',
      error_code: null,
      finished_at: null,
      heartbeat_at: now,
    });
    return 'labels';
  });
  // A retry's job id must be new (the failed one's stays taken while BullMQ keeps it): the time names it.
  if (retried === 'pdf') await enqueueLabelPdf(ctx, id, ctx.now().getTime());
  else await enqueueLabelBatchPlan(ctx, id, ctx.now().getTime());
  return getLabelBatch(ctx, principal, id);
}
