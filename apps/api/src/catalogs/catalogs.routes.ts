import { localizeCatalogImportReport, localizeCatalogImportView } from '@nguon/contracts';
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
  requireTenantAction,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountCatalogRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listCatalogs', ({ ctx, principal, input }) =>
    listCatalogs(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'createCatalog', ({ ctx, principal, input }) =>
    createCatalog(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'getCatalog', ({ ctx, principal, input }) =>
    getCatalog(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'updateCatalog', ({ ctx, principal, input }) =>
    changeCatalog(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'listCatalogItems', ({ ctx, principal, input }) =>
    listItemsOfCatalog(ctx, principal, input.params.id, input.query),
  );
  mountEndpoint(router, deps, 'createCatalogItem', ({ ctx, principal, input }) =>
    createItemInCatalog(ctx, principal, input.params.id, input.body.data),
  );
  mountEndpoint(router, deps, 'getCatalogItem', ({ ctx, principal, input }) =>
    getItemOfCatalog(ctx, principal, input.params),
  );
  mountEndpoint(router, deps, 'updateCatalogItem', ({ ctx, principal, input }) =>
    changeItemOfCatalog(ctx, principal, input.params, input.body),
  );
  mountEndpoint(router, deps, 'getCatalogItemHistory', ({ ctx, principal, input }) =>
    getItemHistory(ctx, principal, input.params),
  );
  mountEndpoint(
    router,
    deps,
    'importCatalogItems',
    async ({ ctx, principal, input, lang, res }) => {
      const mode = input.query.mode ?? 'preview';
      const outcome = await importCatalogItems(ctx, principal, input.params.id, input.body, mode);
      if (outcome.kind === 'report') return localizeCatalogImportReport(outcome.report, lang);
      // Too large to wait for: it goes on as a job, polled at the view's self link.
      res.status(202).location(outcome.view.job.links.self);
      return localizeCatalogImportView(outcome.view, lang);
    },
    { authorise: (principal) => requireTenantAction(principal, 'catalogs.manage') },
  );
  mountEndpoint(router, deps, 'exportCatalogItems', ({ ctx, principal, input, lang }) =>
    // The caller's language picks which labels head the columns: content, not a message.
    exportCatalogItems(ctx, principal, { catalogId: input.params.id, contentLanguage: lang }),
  );
}
