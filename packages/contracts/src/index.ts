export * from './auth/auth.schemas';
export * from './catalogs/catalog.schemas';
export { type EndpointId, type Endpoints, endpoints } from './endpoints';
export {
  type ErrorCode,
  type ErrorParam,
  type ErrorParams,
  errorCatalogue,
  errorMessage,
  errorStatus,
  isErrorCode,
  type Lang,
  languages,
  localizeParams,
  resourceNames,
} from './errors/error-catalogue';
export { renderErrorsDoc } from './errors/errors-doc';
export * from './files/file.schemas';
export {
  type ApiClient,
  type ApiClientOptions,
  ApiError,
  type CallOptions,
  createApiClient,
} from './http/api-client';
export * from './http/common.schemas';
export {
  type EndpointAccess,
  type EndpointInput,
  type EndpointOutput,
  type EndpointSpec,
  expressPath,
  type HttpMethod,
} from './http/endpoint';
export * from './lots/lot.schemas';
export { type CatalogueProblem, catalogueProblems } from './messages/catalogue-check';
export {
  type Catalogue,
  createMessageFormatter,
  formatNumber,
  localeOf,
  type MessageFormatter,
  type MessageValues,
} from './messages/message-format';
export { buildOpenApiDocument } from './openapi';
export * from './processes/process.schemas';
export {
  processProblemCatalogues,
  processProblemMessage,
  stageDisplayName,
} from './processes/process-problems.messages';
export * from './products/product.schemas';
export * from './staff/staff.schemas';
export * from './system/health.schemas';
export * from './tenants/tenant.schemas';
export * from './tokens/token.schemas';
