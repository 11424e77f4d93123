import {
  changeCatalog,
  changeItemOfCatalog,
  createCatalog,
  createItemInCatalog,
  exportCatalogItems,
  getCatalog,
  getItemHistory,
  getItemOfCatalog,
  importCatalogItems,
  listCatalogs,
  listItemsOfCatalog,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountCatalogRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listCatalogs', ({ ctx, principal, input }) =>
    listCatalogs(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'createCatalog', ({ ctx, principal, input, lang }) =>
    createCatalog(ctx, principal, input.body, lang),
  );
  mountEndpoint(router, deps, 'getCatalog', ({ ctx, principal, input }) =>
    getCatalog(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'updateCatalog', ({ ctx, principal, input, lang }) =>
    changeCatalog(ctx, principal, input.params.id, input.body, lang),
  );
  mountEndpoint(router, deps, 'listCatalogItems', ({ ctx, principal, input }) =>
    listItemsOfCatalog(ctx, principal, input.params.id, input.query),
  );
  mountEndpoint(router, deps, 'createCatalogItem', ({ ctx, principal, input, lang }) =>
    createItemInCatalog(ctx, principal, input.params.id, input.body.data, lang),
  );
  mountEndpoint(router, deps, 'getCatalogItem', ({ ctx, principal, input }) =>
    getItemOfCatalog(ctx, principal, input.params),
  );
  mountEndpoint(router, deps, 'updateCatalogItem', ({ ctx, principal, input, lang }) =>
    changeItemOfCatalog(ctx, principal, input.params, input.body, lang),
  );
  mountEndpoint(router, deps, 'getCatalogItemHistory', ({ ctx, principal, input }) =>
    getItemHistory(ctx, principal, input.params),
  );
  mountEndpoint(router, deps, 'importCatalogItems', ({ ctx, principal, input, lang }) =>
    importCatalogItems(ctx, principal, input.params.id, input.body, input.query.mode ?? 'preview', lang),
  );
  mountEndpoint(router, deps, 'exportCatalogItems', ({ ctx, principal, input, lang }) =>
    exportCatalogItems(ctx, principal, input.params.id, lang),
  );
}
