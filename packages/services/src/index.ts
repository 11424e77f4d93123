export {
  type CreateAdminInput,
  type CreateAdminOutcome,
  createPlatformAdmin,
  platformHasNoUser,
} from './admin/first-admin.service';
export { setPlatformRoles } from './admin/platform-roles.service';
export { clientNetwork } from './auth/client-address';
export { assertStrongPassword, hashPassword, passwordWorkStats, verifyPassword } from './auth/passwords';
export {
  type PersonPrincipal,
  type Principal,
  requireInspectorOf,
  requirePerson,
  requirePlatformRole,
  requireTenantAction,
  type TenantActor,
} from './auth/principal';
export { safeEqual } from './auth/secrets';
export { enqueueSessionPurge, purgeExpiredSessionsJob } from './auth/session-purge.jobs';
export {
  authenticateSession,
  changePassword,
  getSessionView,
  isPerson,
  type SignedIn,
  signOut,
  switchTenant,
} from './auth/sessions.service';
export { setPasswordPolicies, setPasswordWithCode } from './auth/set-password.service';
export { signIn, signInPolicies } from './auth/sign-in.service';
export { type CatalogExportRequest, exportCatalogItems } from './catalogs/catalog-export.service';
export { catalogImportJob } from './catalogs/catalog-import.jobs';
export { type CatalogImportOutcome, importCatalogItems } from './catalogs/catalog-import.service';
export { resumeCatalogImports } from './catalogs/catalog-import-background';
export {
  cancelCatalogImport,
  getCatalogImport,
  retryCatalogImport,
} from './catalogs/catalog-imports.service';
export {
  changeItemOfCatalog,
  createItemInCatalog,
  getItemHistory,
  getItemOfCatalog,
  listItemsOfCatalog,
} from './catalogs/catalog-items.service';
export { changeCatalog, createCatalog, getCatalog, listCatalogs } from './catalogs/catalogs.service';
export {
  type AnchoredLotFault,
  auditCheckpoints,
  type CheckpointAudit,
  type CheckpointProblem,
  type CheckpointProblemKind,
} from './checkpoints/checkpoint-audit';
export {
  type CheckpointKey,
  CheckpointKeyError,
  type CheckpointKeySettings,
  type CheckpointVerifier,
  checkpointKeyFromPem,
  checkpointVerifierFromPem,
  type LoadedCheckpointKey,
  loadCheckpointKey,
} from './checkpoints/checkpoint-key';
export { enqueueHourlyCheckpoint, makeCheckpointJob } from './checkpoints/checkpoints.jobs';
export {
  makeCheckpoint,
  type PublishedCheckpoint,
  publishedCheckpoint,
} from './checkpoints/checkpoints.service';
export {
  checkpointLotProof,
  checkpointPublicKey,
  getPublishedCheckpoint,
  latestPublishedCheckpoint,
  listPublishedCheckpoints,
  makeCheckpointNow,
} from './checkpoints/checkpoints-publishing.service';
export {
  composeServices,
  type QueueSettings,
  type ServiceSettings,
  type Services,
} from './composition/compose-services';
export { featureJobs } from './composition/feature-jobs';
export { listTenantJobs, tenantJobSources } from './composition/tenant-jobs';
export {
  defineJob,
  enqueueJob,
  type FeatureJob,
  type JobDeclaration,
  type JobProgress,
  type RunnableJob,
} from './context/feature-job';
export {
  defaultServiceConfig,
  type ServiceConfig,
  type ServiceContext,
  type Sources,
} from './context/service-context';
export { AppError, type FieldError, isUniqueViolation } from './errors/app-error';
export { assertStorableText, unstorableText } from './errors/storable-text';
export { assertFileKey, type FileStore, fileKey } from './file-store/file-store.port';
export { createLocalFileStore } from './file-store/local-file-store';
export { sanitizeFileName, sniffFileType } from './files/file-content';
export { getFileInfo, readFileVariant, uploadFile } from './files/files.service';
export {
  compileFormValidatorModule,
  createFormValidator,
  formValidatorId,
  getFormValidatorModule,
} from './forms/form-validator-modules.service';
export {
  assertIdempotencyKey,
  type IdempotentOutcome,
  type IdempotentRequest,
  idempotencyKeyTtlMs,
  runIdempotent,
} from './idempotency/idempotency.service';
export * from './jobs/index';
export type { JobAudience } from './jobs-view/job-audience';
export type { JobPageRequest, TenantJobSource } from './jobs-view/tenant-job-source';
export { activateLabels } from './labels/label-activations.service';
export {
  enqueueLabelBatchPlan,
  generateLabelChunkJob,
  labelBatchJobs,
  planLabelBatchJob,
  renderLabelPdfJob,
  resumeLabelBatches,
} from './labels/label-batches.jobs';
export {
  cancelLabelBatch,
  getLabelBatch,
  listLabelBatches,
  orderLabelBatch,
  requireLabelBatch,
  retryLabelBatch,
} from './labels/label-batches.service';
export { labelChunks, storeLabelChunk } from './labels/label-chunks';
export { getLabel } from './labels/label-history.service';
export {
  archiveLayoutOfTenant,
  changeLabelLayout,
  createLabelLayout,
  findLayoutForPrinting,
  listLayoutsOfTenant,
  longestLabelQrModules,
} from './labels/label-layouts.service';
export {
  batchCsvChunks,
  batchCsvFileName,
  labelBatchCsv,
  labelBatchPdf,
  labelBatchZip,
  requireDownloadableBatch,
  streamBatchCsv,
} from './labels/label-outputs.service';
export { renderBatchPdf } from './labels/label-pdf';
export { batchPrintItems } from './labels/label-print-items';
export { voidLabels } from './labels/label-voids.service';
export { createLabelSvgRenderer, labelSvg } from './labels/render/label-svg';
export type { LabelPrintItem } from './labels/render/label-texts';
export { type LabelsPdfOptions, writeLabelsPdf } from './labels/render/labels-pdf';
export { labelSvgFileName, writeLabelsZip } from './labels/render/labels-zip';
export { type QrPath, qrPath } from './labels/render/qr-svg';
export { closeStage } from './lots/close-stage';
export { listCatalogItemLots } from './lots/genealogy/catalog-item-lots.service';
export {
  downloadLotGenealogyCsv,
  getInspectedLotGenealogy,
  getLotGenealogy,
} from './lots/genealogy/genealogy.service';
export { getLot, getStageEntry } from './lots/lot-detail.service';
export { recordContentOf } from './lots/lot-views';
export { createLot, listLots } from './lots/lots.service';
export { correctRecord, recordStage } from './lots/record-stage';
export { verifyRecordChains, verifyRecords } from './lots/record-verification.service';
export { createTransformation } from './lots/transformations.service';
export { getWorkList } from './lots/work-list.service';
export {
  publishProcess,
  restoreProcessVersion,
  saveProcessDraft,
} from './processes/process-drafts.service';
export { definitionProblems } from './processes/process-problems';
export {
  diffProcessVersions,
  getProcessVersion,
  listVersionsOfProcess,
} from './processes/process-versions.service';
export {
  createProcess,
  duplicateProcess,
  exportProcess,
  getProcess,
  importProcess,
  listTenantProcesses,
  updateProcess,
} from './processes/processes.service';
export { changeProduct, createProduct, getProduct, listProducts } from './products/products.service';
export { cancelRecall, createRecall, getRecall, updateRecall } from './recalls/recall-drafts.service';
export { getInspectedRecall, listInspectedRecalls, listRecalls } from './recalls/recall-list.service';
export { closeRecall, publishRecall } from './recalls/recall-publish.service';
export { recallReportJob, resumeRecallReports } from './recalls/recall-report.jobs';
export {
  recallReportCsv,
  recallReportPdf,
  recallReportView,
  requestRecallReport,
} from './recalls/recall-report.service';
export { scansCsv } from './scans/scan-export.service';
export { createScanLedger, type ScanLedgerHandle, type ScanLedgerOptions } from './scans/scan-ledger';
export { getScanSettings, putScanSettings } from './scans/scan-settings.service';
export { scanStatistics } from './scans/scan-statistics.service';
export { type DemoCredentials, seedDemoIfEmpty } from './seed/demo-seed';
export { getSignUpSettings, type SignedUp, type SignUpRequest, signUp } from './signup/sign-up.service';
export { decideTenant, listPendingTenants } from './signup/tenant-approval.service';
export { systemSources } from './sources/system-sources';
export {
  addStaff,
  INVITATION_TTL_MS,
  listStaffInvitations,
  renewStaffInvitationCode,
  revokeStaffInvitation,
} from './staff/invitations.service';
export { acceptMyInvitation, declineMyInvitation, listMyInvitations } from './staff/my-invitations.service';
export { issueSetPasswordCode, listStaff, removeStaff, updateStaffRole } from './staff/staff.service';
export { checkHealth } from './system/health';
export { publishTemplateDraft } from './templates/template-draft-publishing.service';
export { getTemplateDraftUpdate, takeTemplateDraftUpdate } from './templates/template-draft-updates';
export {
  createTemplateDraft,
  discardTemplateDraft,
  getTemplateDraft,
  listTemplateDrafts,
  openTemplateDraft,
  saveTemplateDraftDetails,
  saveTemplateDraftProcess,
} from './templates/template-drafts.service';
export { checkTemplateFile } from './templates/template-file-check';
export {
  type BrokenTemplateFile,
  readTemplateFile,
  readTemplateFolder,
  type TemplateInFolder,
  templateFileName,
  templateLoadFault,
} from './templates/template-folder';
export {
  getLibraryTemplate,
  isTemplatePublisher,
  listLibraryTemplates,
  listLibraryTemplateVersions,
  type TemplateListQuery,
} from './templates/template-library.service';
export {
  createTemplate,
  deprecateTemplateVersion,
  publishTemplateVersion,
  storeTemplateVersion,
  syncTemplateFiles,
  type TemplateSyncResult,
} from './templates/template-publishing.service';
export { getProcessTemplateUpdate, takeTemplateChanges } from './templates/template-updates';
export {
  storedTemplateCard,
  storedTemplateFile,
  type TemplateStanding,
  templateCard,
  templateContentHash,
  templateSearchText,
  toTemplateSummary,
  toTemplateVersionSummary,
  toTemplateView,
} from './templates/template-views';
export { createProcessFromTemplate } from './templates/use-template';
export {
  getTenantLogo,
  removeTenantLogo,
  setTenantLogo,
} from './tenants/tenant-logo.service';
export { createTenant, getCurrentTenant, toTenantView, updateCurrentTenant } from './tenants/tenants.service';
export {
  authenticateApiToken,
  createApiToken,
  listTenantApiTokens,
  revokeTenantApiToken,
} from './tokens/api-tokens.service';
export { createInProcessPublicChanges } from './trace/in-process.public-changes';
export {
  createPublicTraceLoader,
  loadPublicTrace,
  maxTraceAncestors,
  type PublicTraceLoader,
} from './trace/public-trace.service';
export { createRedisPublicChanges, type RedisPublicChangesOptions } from './trace/redis.public-changes';
export { TaggedCache, type TaggedCacheOptions } from './trace/tagged-cache';
export {
  type LoadPublicTrace,
  type PublicChanges,
  type ScanInput,
  type ScanLedger,
  type TraceAnswer,
  type TraceLookup,
  traceTags,
} from './trace/trace-ports';
