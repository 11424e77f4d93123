import { listCatalogImports } from '@nguon/db';
import type { TenantJobSource } from '../jobs-view/tenant-job-source';
import { catalogImportJobView } from './catalog-import-views';

/** Catalog imports as the tenant's jobs page lists them. */
export const catalogImportJobs: TenantJobSource = {
  kind: 'catalog-import',
  list: async (ctx, audience, page, now) => {
    const query = { tenantId: audience.actor.tenantId, createdBy: audience.createdBy, ...page };
    const rows = await listCatalogImports(ctx.db, query);
    return rows.map((row) => catalogImportJobView(row, now, true));
  },
};
