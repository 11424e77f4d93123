import type { CatalogItemLots, CatalogItemLotView } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { findCatalogItem, findLots, findVisibleCatalog, listCatalogItemLotRows } from '@nguon/db';
import { type Principal, requireTenantAction } from '../../auth/principal';
import type { ServiceContext } from '../../context/service-context';
import { AppError } from '../../errors/app-error';
import { toLotSummary } from '../lot-views';
import { maxGenealogyNodes } from './genealogy-walk';

/**
 * Every lot of the tenant whose records name a catalog item (fertiliser batch F, plot P, supplier S), newest
 * record first: where a recall from an input starts. The catalog is the tenant's or a shared one it may use.
 */
export async function listCatalogItemLots(
  ctx: ServiceContext,
  principal: Principal,
  params: { id: string; itemId: string },
): Promise<CatalogItemLots> {
  const { tenantId } = requireTenantAction(principal, 'lots.read');
  const catalog = await findVisibleCatalog(ctx.db, tenantId, params.id);
  if (!catalog) throw new AppError('NOT_FOUND', { resource: resourceNames.catalog });
  const item = await findCatalogItem(ctx.db, catalog.id, params.itemId);
  if (!item) throw new AppError('NOT_FOUND', { resource: resourceNames.catalogItem });
  const rows = await listCatalogItemLotRows(ctx.db, tenantId, item.id, maxGenealogyNodes);
  const lots = new Map(
    (
      await findLots(
        ctx.db,
        tenantId,
        rows.map((row) => row.lot_id),
      )
    ).map((lot) => [lot.id, lot]),
  );
  return {
    item: {
      id: item.id,
      catalogId: catalog.id,
      catalogName: { vi: catalog.name_vi, en: catalog.name_en },
      label: item.label,
    },
    lots: rows.flatMap((row): CatalogItemLotView[] => {
      const lot = lots.get(row.lot_id);
      return lot
        ? [
            {
              lot: toLotSummary(lot),
              recordCount: row.record_count,
              firstAt: row.first_at.toISOString(),
              lastAt: row.last_at.toISOString(),
            },
          ]
        : [];
    }),
  };
}
