export {
  type ApiClient,
  type ApiClientOptions,
  ApiError,
  type CallOptions,
  createApiClient,
} from './api-client';
export { appMessages } from './app/app.messages';
export * from './auth/auth.constants';
export * from './auth/auth.jobs';
export { authMessages } from './auth/auth.messages';
export * from './auth/auth.schemas';
export * from './catalogs/catalog.constants';
export * from './catalogs/catalog.jobs';
export { catalogMessages } from './catalogs/catalog.messages';
export * from './catalogs/catalog.schemas';
export * from './checkpoints/checkpoint.jobs';
export * from './checkpoints/checkpoint.schemas';
export { renderClientRoutes } from './client-routes';
export { clientRoutes } from './client-routes.gen';
export { type EndpointId, type Endpoints, endpoints } from './endpoints';
export { type ErrorCode, errorCatalogue, errorMessage, errorStatus, isErrorCode } from './error-catalogue';
export { type ErrorParam, type ErrorParams, type Lang, languages, localizeParams } from './errors/lang';
export { resourceNames } from './errors/resource-names';
export type { ErrorEntry, SharedErrorCode } from './errors/shared.errors';
export { renderErrorsDoc } from './errors-doc';
export {
  type FieldErrorSource,
  type ParamSource,
  type ParamSources,
  type SourceMessageKey,
  type WordSource,
  wordParams,
  wordsOf,
} from './field-errors';
export * from './files/file.constants';
export * from './files/file.schemas';
export { formCatalogues } from './forms/form.catalogues';
export {
  type AjvErrorObject,
  ajvErrorMessage,
  asSentence,
  formProblemMessage,
  type LocalizedValidationError,
  localizeAjvErrors,
} from './forms/form.messages';
export { formBuilderMessages } from './forms/form-builder.messages';
export * from './http/common.schemas';
export {
  type ClientRoute,
  type EndpointAccess,
  type EndpointInput,
  type EndpointOutput,
  type EndpointSpec,
  expressPath,
  type HttpMethod,
} from './http/endpoint';
export * from './http/job-view.constants';
export * from './http/job-view.schemas';
export * from './http/label-selection.schemas';
export { imageMediaTypes } from './http/media-types';
export { jobMessages } from './jobs/job.messages';
export * from './jobs/job.schemas';
export * from './labels/label.constants';
export * from './labels/label-batch.jobs';
export * from './labels/label-batch.schemas';
export * from './labels/label-layout.errors';
export * from './labels/label-layouts';
export * from './labels/label-life.schemas';
export { labelScreenMessages } from './labels/label-screens.messages';
export * from './lots/genealogy.endpoints';
export * from './lots/genealogy.schemas';
export * from './lots/lot.constants';
export { lotMessages } from './lots/lot.messages';
export * from './lots/lot.schemas';
export { lotDetailMessages } from './lots/lot-details.messages';
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
export { buildOpenApiDocument } from './openapi';
export { overviewMessages } from './overview/overview.messages';
export { processMessages } from './processes/process.messages';
export * from './processes/process.schemas';
export { processDetailMessages } from './processes/process-details.messages';
export { processJobMessages } from './processes/process-jobs.messages';
export {
  processProblemCatalogues,
  processProblemMessage,
  stageDisplayName,
} from './processes/process-problems.messages';
export * from './products/product.constants';
export { productMessages } from './products/product.messages';
export * from './products/product.schemas';
export * from './recalls/recall.endpoints';
export * from './recalls/recall.errors';
export { recallMessages } from './recalls/recall.messages';
export * from './recalls/recall.schemas';
export { RecallReportPayload } from './recalls/recall-report.jobs';
export {
  type RecallReportMessageKey,
  recallReportHeading,
  recallReportKey,
  recallReportMessages,
  recallReportWord,
} from './recalls/recall-report.messages';
export { recallScreenMessages } from './recalls/recall-screens.messages';
export * from './scans/scan.endpoints';
export * from './scans/scan.errors';
export * from './scans/scan.schemas';
export * from './signup/signup.constants';
export * from './signup/signup.endpoints';
export * from './signup/signup.errors';
export { signUpMessages } from './signup/signup.messages';
export * from './signup/signup.schemas';
export { staffMessages } from './staff/staff.messages';
export * from './staff/staff.schemas';
export * from './system/health.schemas';
export {
  describeTemplateFault,
  renderTemplateReadme,
  type TemplateLoadFault,
} from './template-readme';
export { type TemplateErrorCode, templateErrors } from './templates/template.errors';
export { templateMessages } from './templates/template.messages';
export * from './templates/template.schemas';
export * from './templates/template-draft.schemas';
export { templateDraftTabMessages } from './templates/template-draft-tabs.messages';
export { templateEditorMessages } from './templates/template-editor.messages';
export { templateExpertMessages } from './templates/template-expert.messages';
export * from './tenants/tenant.constants';
export { tenantMessages } from './tenants/tenant.messages';
export * from './tenants/tenant.schemas';
export { tokenMessages } from './tokens/token.messages';
export * from './tokens/token.schemas';
export * from './trace/public-trace.schemas';
export * from './trace/resolver.errors';
export { type TracePageMessageKey, tracePageMessages } from './trace/trace-page.messages';
export {
  type CatalogImportReportSource,
  type CatalogImportRowSource,
  type CatalogImportViewSource,
  type InspectedRecallDetailSource,
  type LabelBatchPageSource,
  type LabelBatchViewSource,
  localizeCatalogImportReport,
  localizeCatalogImportView,
  localizeInspectedRecallDetail,
  localizeLabelBatchPage,
  localizeLabelBatchView,
  localizeProcessDraft,
  localizeProcessView,
  localizeRecallDetail,
  localizeRecallReportView,
  localizeTemplateDraftView,
  localizeTenantJob,
  localizeTenantJobPage,
  type ProcessDraftSource,
  type ProcessProblemSource,
  type ProcessViewSource,
  type RecallDetailSource,
  type RecallReportViewSource,
  type TemplateDraftCheckSource,
  type TemplateDraftViewSource,
  type TenantJobPageSource,
  type TenantJobViewSource,
} from './worded-views';
