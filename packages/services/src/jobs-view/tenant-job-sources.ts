import type { TenantJobViewSource } from '@nguon/contracts';
import { listCatalogImports } from '@nguon/db';
import { catalogImportJobView } from '../catalogs/catalog-import-views';
import type { ServiceContext } from '../context/service-context';
import type { JobAudience } from './job-audience';

export interface JobPageRequest {
  before: { createdAt: Date; id: string } | null;
  limit: number;
}

/** One kind of background job: its newest jobs the audience reaches, before the cursor, as job views. */
export interface TenantJobSource {
  kind: TenantJobViewSource['kind'];
  list(
    ctx: ServiceContext,
    audience: JobAudience,
    page: JobPageRequest,
    now: Date,
  ): Promise<TenantJobViewSource[]>;
}

export const catalogImportJobs: TenantJobSource = {
  kind: 'catalog-import',
  list: async (ctx, audience, page, now) => {
    const query = { tenantId: audience.actor.tenantId, createdBy: audience.createdBy, ...page };
    const rows = await listCatalogImports(ctx.db, query);
    return rows.map((row) => catalogImportJobView(row, now, true));
  },
};

/** Every kind the jobs page lists; label batches join with one more source. */
export const tenantJobSources: readonly TenantJobSource[] = [catalogImportJobs];
