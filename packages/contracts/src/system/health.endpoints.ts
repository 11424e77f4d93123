import type { SharedErrorCode } from '../errors/shared.errors';
import type { EndpointSpec } from '../http/endpoint';
import { HealthView } from './health.schemas';

/** The system endpoints: validation, the OpenAPI document and the typed client read them. */
export const healthEndpoints = {
  health: {
    method: 'get',
    path: '/healthz',
    tag: 'system',
    summary: 'Liveness and which database and queue this instance uses',
    access: 'public',
    status: 200,
    response: HealthView,
  },
} as const satisfies Record<string, EndpointSpec<SharedErrorCode>>;
