import type { SharedErrorCode } from '../errors/shared.errors';
import type { EndpointSpec } from '../http/endpoint';
import { TenantJobListQuery, TenantJobPage } from './job.schemas';

/** The tenant's background jobs in one place, whatever their kind. */
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
} as const satisfies Record<string, EndpointSpec<SharedErrorCode>>;
