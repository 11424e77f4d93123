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
export { appMessages } from './app/app.messages';
export * from './auth/auth.constants';
export { authMessages } from './auth/auth.messages';
export type * from './auth/auth.schemas';
export * from './catalogs/catalog.constants';
export { catalogMessages } from './catalogs/catalog.messages';
export type * from './catalogs/catalog.schemas';
export { clientRoutes } from './client-routes.gen';
export type { EndpointId, Endpoints } from './endpoints';
export type { ErrorCode } from './error-catalogue';
export { type ErrorParam, type ErrorParams, type Lang, languages } from './errors/lang';
export * from './files/file.constants';
export type * from './files/file.schemas';
export {
  type AjvErrorObject,
  asSentence,
  formProblemMessage,
  type LocalizedValidationError,
  localizeAjvErrors,
} from './forms/form.messages';
export { formBuilderMessages } from './forms/form-builder.messages';
export type * from './http/common.schemas';
export type { ClientRoute, EndpointInput, EndpointOutput, HttpMethod } from './http/endpoint';
export * from './http/job-view.constants';
export type * from './http/job-view.schemas';
export type * from './http/label-selection.schemas';
export { imageMediaTypes } from './http/media-types';
export { jobMessages } from './jobs/job.messages';
export type * from './jobs/job.schemas';
export { labelZipMaxLabels } from './labels/label.constants';
export type * from './labels/label-batch.schemas';
export type * from './labels/label-layouts';
export type * from './labels/label-life.schemas';
export { labelScreenMessages } from './labels/label-screens.messages';
export type * from './lots/genealogy.schemas';
export * from './lots/lot.constants';
export { lotMessages } from './lots/lot.messages';
export type * from './lots/lot.schemas';
export { stageJobScreenMessages } from './lots/stage-job.messages';
export { traceScreenMessages } from './lots/trace-screens.messages';
export { type CatalogueProblem, catalogueProblems } from './messages/catalogue-check';
export {
  type Catalogue,
  createMessageFormatter,
  formatNumber,
  localeOf,
  type MessageFormatter,
  type MessageValues,
} from './messages/message-format';
export { overviewMessages } from './overview/overview.messages';
export { processMessages } from './processes/process.messages';
export type * from './processes/process.schemas';
export { processJobMessages } from './processes/process-jobs.messages';
export { processProblemMessage, stageDisplayName } from './processes/process-problems.messages';
export * from './products/product.constants';
export { productMessages } from './products/product.messages';
export type * from './products/product.schemas';
export type * from './recalls/recall.schemas';
export { recallScreenMessages } from './recalls/recall-screens.messages';
export { scanMessages } from './scans/scan.messages';
export type * from './scans/scan.schemas';
export * from './signup/signup.constants';
export { signUpMessages } from './signup/signup.messages';
export type * from './signup/signup.schemas';
export { staffMessages } from './staff/staff.messages';
export type * from './staff/staff.schemas';
export type * from './system/health.schemas';
export { templateMessages } from './templates/template.messages';
export type * from './templates/template.schemas';
export type * from './templates/template-draft.schemas';
export { templateDraftTabMessages } from './templates/template-draft-tabs.messages';
export { templateEditorMessages } from './templates/template-editor.messages';
export { templateExpertMessages } from './templates/template-expert.messages';
export * from './tenants/tenant.constants';
export { tenantMessages } from './tenants/tenant.messages';
export type * from './tenants/tenant.schemas';
export { tokenMessages } from './tokens/token.messages';
export type * from './tokens/token.schemas';
