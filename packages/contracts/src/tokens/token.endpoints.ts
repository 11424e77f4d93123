import type { SharedErrorCode } from '../errors/shared.errors';
import { IdParams, NoContent } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import { ApiTokenList, CreateApiTokenBody, CreatedApiToken } from './token.schemas';

/** The tokens endpoints: validation, the OpenAPI document and the typed client read them. */
export const tokenEndpoints = {
  listApiTokens: {
    method: 'get',
    path: '/api/v1/tokens',
    tag: 'tokens',
    summary: "The current tenant's API tokens (owner)",
    access: 'tenant',
    status: 200,
    response: ApiTokenList,
  },
  createApiToken: {
    method: 'post',
    path: '/api/v1/tokens',
    tag: 'tokens',
    summary: 'Create an API token for an integration; the secret is shown once (owner)',
    access: 'tenant',
    status: 201,
    body: CreateApiTokenBody,
    response: CreatedApiToken,
  },
  revokeApiToken: {
    method: 'delete',
    path: '/api/v1/tokens/{id}',
    tag: 'tokens',
    summary: 'Revoke an API token (owner)',
    access: 'tenant',
    status: 204,
    params: IdParams,
    response: NoContent,
  },
} as const satisfies Record<string, EndpointSpec<SharedErrorCode>>;
