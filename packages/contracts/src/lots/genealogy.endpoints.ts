import type { SharedErrorCode } from '../errors/shared.errors';
import { FileDownload, IdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import {
  CatalogItemLots,
  CatalogItemLotsParams,
  GenealogyQuery,
  InspectedLotGenealogy,
  LotGenealogy,
} from './genealogy.schemas';
import type { LotErrorCode } from './lot.errors';

/** The trace explorer: a lot's genealogy backward or forward, and the lots that used a catalog item. */
export const genealogyEndpoints = {
  getLotGenealogy: {
    method: 'get',
    path: '/api/v1/lots/{id}/genealogy',
    tag: 'lots',
    summary:
      'Every lot the lot came from (up) or that was made from it (down), with what moved along each link and the labels bound',
    access: 'tenant',
    status: 200,
    params: IdParams,
    query: GenealogyQuery,
    response: LotGenealogy,
  },
  downloadLotGenealogyCsv: {
    method: 'get',
    path: '/api/v1/lots/{id}/genealogy.csv',
    tag: 'lots',
    summary:
      'The same walk as CSV (UTF-8): one row per link, with lots, products, quantities, units and dates',
    access: 'tenant',
    status: 200,
    params: IdParams,
    query: GenealogyQuery,
    fileResponse: true,
    response: FileDownload,
  },
  listCatalogItemLots: {
    method: 'get',
    path: '/api/v1/catalogs/{id}/items/{itemId}/lots',
    tag: 'lots',
    summary:
      'Every lot whose records name the catalog item (a fertiliser batch, a plot, a supplier), newest first',
    access: 'tenant',
    status: 200,
    params: CatalogItemLotsParams,
    response: CatalogItemLots,
  },
  getInspectedLotGenealogy: {
    method: 'get',
    path: '/api/v1/inspection/lots/{id}/genealogy',
    tag: 'inspection',
    summary:
      "An inspector's read-only view of a lot's genealogy, for a tenant of one of the inspector's provinces",
    access: 'session',
    status: 200,
    params: IdParams,
    query: GenealogyQuery,
    response: InspectedLotGenealogy,
  },
} as const satisfies Record<string, EndpointSpec<LotErrorCode | SharedErrorCode>>;
