/**
 * The browser's entry: types, the typed client, ApiError, languages and constants, without the
 * TypeBox schemas (every schema is exported here as a type only).
 */
export {
  type ApiClient,
  type ApiClientOptions,
  ApiError,
  type CallOptions,
  createApiClient,
} from './api-client';
export * from './auth/auth.constants';
export type * from './auth/auth.schemas';
export * from './catalogs/catalog.constants';
export type * from './catalogs/catalog.schemas';
export { clientRoutes } from './client-routes.gen';
export type { EndpointId, Endpoints } from './endpoints';
export type { ErrorCode } from './error-catalogue';
export { type ErrorParam, type ErrorParams, type Lang, languages } from './errors/lang';
export * from './files/file.constants';
export type * from './files/file.schemas';
export {
  type AjvErrorObject,
  formProblemMessage,
  type LocalizedValidationError,
  localizeAjvErrors,
} from './forms/form.messages';
export type * from './http/common.schemas';
export type { ClientRoute, EndpointInput, EndpointOutput, HttpMethod } from './http/endpoint';
export { imageMediaTypes } from './http/media-types';
export * from './lots/lot.constants';
export type * from './lots/lot.schemas';
export { type CatalogueProblem, catalogueProblems } from './messages/catalogue-check';
export {
  type Catalogue,
  createMessageFormatter,
  formatNumber,
  localeOf,
  type MessageFormatter,
  type MessageValues,
} from './messages/message-format';
export type * from './processes/process.schemas';
export { processProblemMessage, stageDisplayName } from './processes/process-problems.messages';
export * from './products/product.constants';
export type * from './products/product.schemas';
export type * from './staff/staff.schemas';
export type * from './system/health.schemas';
export * from './tenants/tenant.constants';
export type * from './tenants/tenant.schemas';
export type * from './tokens/token.schemas';
