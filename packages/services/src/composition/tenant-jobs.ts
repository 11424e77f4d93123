import type { TenantJobListQuery, TenantJobPageSource } from '@nguon/contracts';
import type { Principal } from '../auth/principal';
import { catalogImportJobs } from '../catalogs/catalog-import-job-source';
import type { ServiceContext } from '../context/service-context';
import type { TenantJobSource } from '../jobs-view/tenant-job-source';
import { listJobsOf } from '../jobs-view/tenant-jobs.service';
import { labelBatchJobSource } from '../labels/label-batch-job-source';
import { recallReportJobs } from '../recalls/recall-report-views';

/** Every kind of job the jobs page lists. */
export const tenantJobSources: readonly TenantJobSource[] = [
  catalogImportJobs,
  labelBatchJobSource,
  recallReportJobs,
];

/** The tenant's running and recent jobs of every kind, newest first (owners: all; others: their own). */
export function listTenantJobs(
  ctx: ServiceContext,
  principal: Principal,
  query: TenantJobListQuery,
): Promise<TenantJobPageSource> {
  return listJobsOf(tenantJobSources, ctx, principal, query);
}
