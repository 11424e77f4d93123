import type { SharedErrorCode } from '../errors/shared.errors';
import { FileDownload, FileUpload, IdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import { imageMediaTypes } from '../http/media-types';
import { maxLogoBytes } from './tenant.constants';
import type { TenantErrorCode } from './tenant.errors';
import { CreateTenantBody, TenantView, UpdateTenantBody } from './tenant.schemas';

/** The tenants endpoints: validation, the OpenAPI document and the typed client read them. */
export const tenantEndpoints = {
  createTenant: {
    method: 'post',
    path: '/api/v1/tenants',
    tag: 'tenants',
    summary:
      "Create an enterprise or co-op account; the caller becomes its owner. It follows the operator's SIGNUP mode as a sign-up does (pending under approval, refused when closed), except for a platform admin",
    access: 'session',
    status: 201,
    body: CreateTenantBody,
    response: TenantView,
    errors: ['GLN_CHECK_DIGIT', 'SIGN_UP_CLOSED', 'TENANT_OPENING_TOO_MANY'],
  },
  getTenant: {
    method: 'get',
    path: '/api/v1/tenant',
    tag: 'tenants',
    summary: 'The current tenant',
    access: 'tenant',
    status: 200,
    response: TenantView,
  },
  updateTenant: {
    method: 'patch',
    path: '/api/v1/tenant',
    tag: 'tenants',
    summary: "Edit the current tenant's details (owner)",
    access: 'tenant',
    status: 200,
    body: UpdateTenantBody,
    response: TenantView,
    errors: ['GLN_CHECK_DIGIT'],
  },
  uploadTenantLogo: {
    method: 'put',
    path: '/api/v1/tenant/logo',
    tag: 'tenants',
    summary:
      "Upload the current tenant's logo: a PNG, JPEG or WebP image of at most 512 KiB, as the raw body (owner); stored re-encoded from its pixels",
    access: 'tenant',
    status: 200,
    upload: { mediaTypes: imageMediaTypes, maxBytes: maxLogoBytes },
    body: FileUpload,
    response: TenantView,
    errors: ['UNSUPPORTED_FILE_TYPE', 'PAYLOAD_TOO_LARGE', 'UPLOADS_BUSY', 'FILE_UNREADABLE'],
  },
  removeTenantLogo: {
    method: 'delete',
    path: '/api/v1/tenant/logo',
    tag: 'tenants',
    summary: "Remove the current tenant's logo (owner)",
    access: 'tenant',
    status: 200,
    response: TenantView,
  },
  getTenantLogo: {
    method: 'get',
    path: '/api/v1/tenants/{id}/logo',
    tag: 'tenants',
    summary: "A tenant's logo, public: it appears on consumer pages",
    access: 'public',
    status: 200,
    params: IdParams,
    fileResponse: true,
    response: FileDownload,
  },
} as const satisfies Record<string, EndpointSpec<TenantErrorCode | SharedErrorCode>>;
