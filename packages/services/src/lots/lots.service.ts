import {
  type CreateLotBody,
  type LotListQuery,
  type LotPage,
  type LotSummary,
  resourceNames,
} from '@nguon/contracts';
import { type Db, findLot, findProduct, insertLot, latestProcessVersion, searchLots } from '@nguon/db';
import { findUnit } from '@nguon/forms';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';
import { lotCodeTakenError, newLotCode } from './lot-codes';
import { bothLanguages, toLotSummary } from './lot-views';

export async function requireLot(db: Db, tenantId: string, id: string, path?: string) {
  const row = await findLot(db, tenantId, id);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.lot }, path);
  return row;
}

/** A product lots can be made of: the tenant's, not archived, following a published process. */
export async function requireLotProduct(db: Db, tenantId: string, productId: string, path: string) {
  const product = await findProduct(db, tenantId, productId);
  if (!product) throw new AppError('NOT_FOUND', { resource: resourceNames.product }, path);
  if (product.archived_at !== null) {
    const detail = { kind: 'message', key: 'lots.detail.productArchived' } as const;
    throw new AppError('VALIDATION_FAILED', { path, detail }, path);
  }
  const version = product.process_id
    ? await latestProcessVersion(db, tenantId, product.process_id)
    : undefined;
  if (!version)
    throw new AppError(
      'PRODUCT_HAS_NO_PROCESS',
      { product: bothLanguages({ vi: product.name_vi, en: product.name_en }) },
      path,
    );
  return { product, version };
}

export function assertKnownUnit(unit: string, path: string): void {
  if (!findUnit(unit)) throw new AppError('UNKNOWN_UNIT', { unit }, path);
}

/** Starts a lot on the latest published version of its product's process; the lot stays pinned to it. */
export async function createLot(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateLotBody,
): Promise<LotSummary> {
  const actor = requireTenantAction(principal, 'lots.record');
  assertKnownUnit(body.unit, '/unit');
  const id = ctx.newId();
  await withUnitOfWork(ctx, async (unit) => {
    const trx = unit.db;
    const { product, version } = await requireLotProduct(trx, actor.tenantId, body.productId, '/productId');
    const code = await newLotCode(trx, product, body.code, ctx.now(), '/code');
    await insertLot(trx, {
      id,
      tenant_id: actor.tenantId,
      product_id: product.id,
      process_id: version.process_id,
      process_version_id: version.id,
      code,
      quantity: body.quantity,
      remaining: body.quantity,
      unit: body.unit,
      status: 'in_progress',
      made_at_stage_id: null,
      note: body.note?.trim() ?? '',
      created_at: ctx.now(),
      created_by: actor.userId,
    }).catch((error: unknown) => {
      throw lotCodeTakenError(error, code, '/code');
    });
    // a new lot code: /01/{gtin}/10/{code} may have been answered "unknown"
    announcePublicChanges(unit, [traceTags.unknown]);
  });
  return toLotSummary(await requireLot(ctx.db, actor.tenantId, id));
}

export async function listLots(
  ctx: ServiceContext,
  principal: Principal,
  query: LotListQuery,
): Promise<LotPage> {
  const actor = requireTenantAction(principal, 'lots.read');
  const page = Number(query.page ?? '1');
  const pageSize = Number(query.pageSize ?? '25');
  const { rows, total } = await searchLots(ctx.db, {
    tenantId: actor.tenantId,
    ...(query.q?.trim() && { code: query.q.trim() }),
    ...(query.productId && { productId: query.productId }),
    ...(query.status && { status: query.status }),
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: rows.map(toLotSummary), total, page, pageSize };
}
