import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import type { JobErrorCode } from './job.errors';
import { CatalogImportView, TenantJobListQuery, TenantJobPage } from './job.schemas';

/** The tenant's background jobs in one place, and the catalog imports that went to the background. */
export const jobEndpoints = {
  listTenantJobs: {
    method: 'get',
    path: '/api/v1/jobs',
    tag: 'jobs',
    summary: "The tenant's running and recent background jobs, newest first (owners: all; others: their own)",
    access: 'tenant',
    status: 200,
    query: TenantJobListQuery,
    response: TenantJobPage,
  },
  getCatalogImport: {
    method: 'get',
    path: '/api/v1/catalog-imports/{id}',
    tag: 'jobs',
    summary: 'A background catalog import: its progress, and its report once it ended',
    access: 'tenant',
    status: 200,
    params: IdParams,
    response: CatalogImportView,
  },
  cancelCatalogImport: {
    method: 'post',
    path: '/api/v1/catalog-imports/{id}/cancel',
    tag: 'jobs',
    summary: 'Cancel a queued or running catalog import; an all-or-nothing import keeps nothing',
    access: 'tenant',
    status: 200,
    params: IdParams,
    response: CatalogImportView,
    errors: ['JOB_ALREADY_ENDED'],
  },
} as const satisfies Record<string, EndpointSpec<JobErrorCode | SharedErrorCode>>;
