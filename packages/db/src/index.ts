export {
  answerInvitation,
  type ClaimedInvitation,
  claimInvitationByCode,
  expireInvitations,
  findTenantInvitation,
  findUsableInvitationByCode,
  type InvitationLogin,
  type InvitationRow,
  insertInvitation,
  listInvitationsToLogin,
  listTenantInvitations,
  lockInvitationToLogin,
  type NewInvitation,
  renewInvitationCode,
} from './accounts/invitations.repository';
export {
  deleteMembership,
  findMember,
  findMemberByLogin,
  findMembership,
  insertMembership,
  listInactiveMembershipsOfUser,
  listMembers,
  listMembershipsOfUser,
  lockOwners,
  type MemberRow,
  type MembershipRow,
  updateMembershipRole,
} from './accounts/memberships.repository';
export {
  clearSessionTenantForUser,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  setSessionTenant,
  touchSession,
} from './accounts/sessions.repository';
export {
  consumeSetPasswordCode,
  expireAllSetPasswordCodesOfUser,
  expireSetPasswordCodes,
  findUsableSetPasswordCode,
  insertSetPasswordCode,
} from './accounts/set-password-codes.repository';
export {
  claimAttempt,
  clearSignInFailures,
  recordSignInFailure,
  refundAttempt,
  rememberSignInAddress,
  signedInFromAddressSince,
  type ThrottlePolicy,
  throttleWait,
} from './accounts/sign-in-throttle.repository';
export {
  countPlatformRole,
  countUsers,
  findUserById,
  findUserByLogin,
  grantPlatformRole,
  insertUser,
  listPlatformRoles,
  type NewUser,
  replacePlatformRoles,
  setUserPassword,
} from './accounts/users.repository';
export {
  advanceCatalogImport,
  type CatalogImportWithCatalog,
  claimStalledCatalogImport,
  findCatalogImport,
  finishCatalogImport,
  insertCatalogImport,
  listCatalogImports,
  listUnfinishedCatalogImports,
  type NewCatalogImport,
  requeueFailedCatalogImport,
  startCatalogImport,
} from './catalog-imports/catalog-imports.repository';
export {
  type CatalogItemHistoryEntry,
  type CatalogItemQuery,
  type CatalogItemSort,
  type CatalogItemWrite,
  deleteCatalogItems,
  findCatalogItem,
  insertCatalogItems,
  listActiveCatalogItems,
  listCatalogItemHistory,
  searchCatalogItems,
  updateCatalogItem,
} from './catalogs/catalog-items.repository';
export {
  findVisibleCatalog,
  insertCatalog,
  listVisibleCatalogs,
  updateCatalog,
  type VisibleCatalog,
} from './catalogs/catalogs.repository';
export {
  countLotsNotAnchored,
  findCheckpoint,
  findLatestCheckpoint,
  findTenantCheckpointLeaf,
  insertCheckpoint,
  listAllCheckpoints,
  listAllLotHeads,
  listCheckpointLeaves,
  listCheckpoints,
  listLotsById,
  listRecordHashes,
} from './checkpoints/checkpoints.repository';
export {
  type Database,
  type DatabaseConfig,
  type Db,
  type DriverName,
  openDatabase,
  pingDatabase,
} from './database';
export {
  findFileForServing,
  findTenantFiles,
  insertFile,
  type NewFile,
} from './files/files.repository';
export type { TenantJobListing } from './jobs/tenant-job-listing';
export {
  addGeneratedLabels,
  claimStalledLabelBatch,
  findLabelBatch,
  findLabelBatchById,
  findLabelBatchWithNamesById,
  insertLabelBatch,
  type LabelBatchQuery,
  type LabelBatchWithNames,
  listLabelBatchJobs,
  listUnfinishedLabelBatches,
  lockLabelBatch,
  nextLabelBatchNumber,
  searchLabelBatches,
  updateLabelBatch,
  updateLabelBatchIn,
} from './labels/label-batches.repository';
export {
  changeLabelRuns,
  findLabelsOutsideStates,
  findTenantLabels,
  insertLabelEvents,
  type LabelRunRef,
  type LabelStateGroup,
  listRecordLabelRuns,
  lockLabelBatches,
  type RecordLabelRun,
  type TenantLabel,
} from './labels/label-events.repository';
export {
  findLabelDetail,
  type LabelDetailRow,
  type LabelEventDetail,
  listLabelEvents,
} from './labels/label-history.repository';
export {
  archiveLabelLayout,
  findLabelLayout,
  insertLabelLayout,
  type LabelLayoutColumns,
  listLabelLayouts,
  updateLabelLayout,
} from './labels/label-layouts.repository';
export {
  countBatchLabels,
  insertLabelEvent,
  insertLabels,
  labelSeqExists,
  labelSeqsBetween,
  type NewLabel,
  type NewLabelEvent,
  readLabelRange,
  voidBatchLabels,
} from './labels/labels.repository';
export {
  DatabaseLockedError,
  type DirectoryLock,
  type LockHolder,
  lockDatabaseDirectory,
  lockFileName,
} from './lock/directory-lock';
export {
  claimIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotentResponse,
  type IdempotencyClaim,
  type StoredIdempotentResponse,
  saveIdempotentResponse,
} from './lots/idempotency-keys.repository';
export {
  countCurrentStageRecords,
  findLotRecord,
  insertLotRecords,
  type LotRecordWithNames,
  listChainRecords,
  listCurrentRecordsOfStage,
  listLotRecords,
} from './lots/lot-records.repository';
export {
  findLot,
  findLots,
  findProcessVersionById,
  insertLot,
  type LotQuery,
  type LotWithNames,
  latestProcessVersion,
  listLotHeads,
  listOpenLots,
  lockLots,
  lotCodeExists,
  nextLotSeq,
  searchLots,
  updateLotHead,
  updateLotRecordedQuantity,
} from './lots/lots.repository';
export { findLotNeighbours, insertTransformation, type LinkedLot } from './lots/transformations.repository';
export { loadMigrations, type Migration, migrateToLatest } from './migrator';
export {
  findFormValidatorModule,
  insertFormValidatorModule,
} from './processes/form-validator-modules.repository';
export {
  findProcess,
  findProcessVersion,
  insertProcess,
  insertProcessVersion,
  listProcesses,
  listProcessVersions,
  lockProcess,
  type ProcessVersionWithPublisher,
  type ProcessWithLatest,
  updateProcessDetails,
  updateProcessDraft,
} from './processes/processes.repository';
export {
  findProduct,
  insertProduct,
  type ProductContent,
  type ProductQuery,
  searchProducts,
  updateProduct,
} from './products/products.repository';
export type {
  ApiTokenRow,
  CatalogImportRow,
  CatalogItemHistoryRow,
  CatalogItemRow,
  CatalogRow,
  CheckpointLeafRow,
  CheckpointRow,
  DB,
  FileRow,
  LabelBatchRow,
  LabelEventRow,
  LabelLayoutRow,
  LabelRow,
  LotRecordRow,
  LotRow,
  ProcessRow,
  ProcessVersionRow,
  ProductRow,
  SessionRow,
  TenantRow,
  UserRow,
} from './schema';
export { deleteTenantLogo, findTenantLogo, upsertTenantLogo } from './tenants/tenant-logos.repository';
export {
  changeTenantStatus,
  findTenant,
  insertTenant,
  listTenantsByStatus,
  lockTenantsIfEmpty,
  type TenantWithLogo,
  updateTenant,
} from './tenants/tenants.repository';
export {
  findApiTokenByHash,
  insertApiToken,
  listApiTokens,
  markApiTokenUsed,
  revokeApiToken,
} from './tokens/api-tokens.repository';
