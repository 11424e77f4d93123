import type { FileBody, GenealogyQuery, InspectedLotGenealogy, LotGenealogy } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { findLotOwner } from '@nguon/db';
import { type Principal, requireInspectorOf, requireTenantAction } from '../../auth/principal';
import type { ServiceContext } from '../../context/service-context';
import { requireLot } from '../lots.service';
import { genealogyCsv } from './genealogy-csv';
import { genealogyView, walkGenealogy } from './genealogy-walk';

/** Every lot the lot came from (up) or that was made from it (down), with what moved and the labels bound. */
export async function getLotGenealogy(
  ctx: ServiceContext,
  principal: Principal,
  lotId: string,
  query: GenealogyQuery,
): Promise<LotGenealogy> {
  const { tenantId } = requireTenantAction(principal, 'lots.read');
  await requireLot(ctx.db, tenantId, lotId);
  return genealogyView(ctx.db, await walkGenealogy(ctx.db, tenantId, lotId, query));
}

/** The same walk as a CSV download, one row per link. */
export async function downloadLotGenealogyCsv(
  ctx: ServiceContext,
  principal: Principal,
  lotId: string,
  query: GenealogyQuery,
): Promise<FileBody> {
  const { tenantId } = requireTenantAction(principal, 'lots.read');
  const lot = await requireLot(ctx.db, tenantId, lotId);
  const walk = await walkGenealogy(ctx.db, tenantId, lotId, query);
  return {
    contentType: 'text/csv; charset=utf-8',
    bytes: new TextEncoder().encode(genealogyCsv(walk)),
    // "pha hệ": genealogy
    fileName: `pha-he-${lot.code}-${query.direction}.csv`,
    caching: 'private',
  };
}

/** An inspector's read-only view of a lot's genealogy; a lot outside their provinces answers as unknown. */
export async function getInspectedLotGenealogy(
  ctx: ServiceContext,
  principal: Principal,
  lotId: string,
  query: GenealogyQuery,
): Promise<InspectedLotGenealogy> {
  const owner = await findLotOwner(ctx.db, lotId);
  requireInspectorOf(principal, owner?.province, resourceNames.lot);
  if (!owner) throw new Error('requireInspectorOf let an unknown lot through');
  const genealogy = await genealogyView(ctx.db, await walkGenealogy(ctx.db, owner.id, lotId, query));
  return { tenant: owner, genealogy };
}
