import {
  downloadLotGenealogyCsv,
  getInspectedLotGenealogy,
  getLotGenealogy,
  listCatalogItemLots,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** The trace explorer: a lot's genealogy (JSON and CSV), the lots naming a catalog item, an inspector's view. */
export function mountGenealogyRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'getLotGenealogy', ({ ctx, principal, input }) =>
    getLotGenealogy(ctx, principal, input.params.id, input.query),
  );
  mountEndpoint(router, deps, 'downloadLotGenealogyCsv', ({ ctx, principal, input }) =>
    downloadLotGenealogyCsv(ctx, principal, input.params.id, input.query),
  );
  mountEndpoint(router, deps, 'listCatalogItemLots', ({ ctx, principal, input }) =>
    listCatalogItemLots(ctx, principal, input.params),
  );
  mountEndpoint(router, deps, 'getInspectedLotGenealogy', ({ ctx, principal, input }) =>
    getInspectedLotGenealogy(ctx, principal, input.params.id, input.query),
  );
}
