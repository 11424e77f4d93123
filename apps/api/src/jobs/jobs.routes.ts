import { localizeCatalogImportView, localizeTenantJobPage } from '@nguon/contracts';
import { cancelCatalogImport, getCatalogImport, listTenantJobs, retryCatalogImport } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountJobRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listTenantJobs', ({ ctx, principal, input, lang }) =>
    listTenantJobs(ctx, principal, input.query).then((page) => localizeTenantJobPage(page, lang)),
  );
  mountEndpoint(router, deps, 'getCatalogImport', ({ ctx, principal, input, lang }) =>
    getCatalogImport(ctx, principal, input.params.id).then((view) => localizeCatalogImportView(view, lang)),
  );
  mountEndpoint(router, deps, 'cancelCatalogImport', ({ ctx, principal, input, lang }) =>
    cancelCatalogImport(ctx, principal, input.params.id).then((view) =>
      localizeCatalogImportView(view, lang),
    ),
  );
  mountEndpoint(router, deps, 'retryCatalogImport', ({ ctx, principal, input, lang }) =>
    retryCatalogImport(ctx, principal, input.params.id).then((view) => localizeCatalogImportView(view, lang)),
  );
}
