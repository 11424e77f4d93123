export { type Login, normalizeLogin, normalizePhone } from './access/login';
export {
  oneOf,
  type PlatformRole,
  platformRoles,
  type TenantAction,
  type TenantKind,
  type TenantRole,
  type TenantStatus,
  tenantActions,
  tenantKinds,
  tenantRoleAllows,
  tenantRoles,
  tenantStatuses,
} from './access/roles';
export { canonicalJson } from './canonical/canonical-json';
export {
  type AnchorFault,
  type AnchorFaultKind,
  anchorFaults,
  type LotNow,
} from './checkpoints/anchor-check';
export {
  type CheckpointCheck,
  type CheckpointStatement,
  checkpointFormat,
  checkSignedCheckpoint,
  firstPreviousHash,
  parseStatement,
  type SignedCheckpoint,
  statementText,
} from './checkpoints/checkpoint-statement';
export {
  type CheckpointLeaf,
  fromHex,
  type HashBytes,
  type InclusionProof,
  inclusionProof,
  leafHash,
  merkleRoot,
  sortLeaves,
  toHex,
  verifyInclusion,
} from './checkpoints/merkle-tree';
export { countryCodes, isCountryCode } from './geo/countries';
export { type ProvinceCode, provinceCodes, provinces } from './geo/provinces';
export { checkGln, checkGs1Key, type Gs1KeyCheck, gs1CheckDigit } from './gs1/check-digit';
export {
  canonicalDigitalLinkPath,
  type DigitalLinkFault,
  type DigitalLinkFaultCode,
  type DigitalLinkKeys,
  type DigitalLinkParse,
  type DigitalLinkRequest,
  digitalLinkPercentEncode,
  type Gs1TradeItemLink,
  type LinkTypeRequest,
  normalizeLinkType,
  parseDigitalLink,
  percentDecodeSegment,
  type ResolverLinkType,
  resolverLinkTypes,
  type ShortLabelLink,
} from './gs1/digital-link-uri';
export { type GtinCheck, gtinHasCompanyPrefix, normalizeGtin } from './gs1/gtin';
export {
  type CatalogImportWork,
  catalogImportRetryable,
  catalogImportStalled,
} from './jobs/catalog-import-states';
export { type JobPhase, jobStalled, jobStallMs, jobWaitStallMs } from './jobs/job-stall';
export {
  type BuiltInLabelLayout,
  builtInLabelLayouts,
} from './labels/built-in-label-layouts';
export {
  type LabelUrlKeys,
  labelUrl,
  labelUrlPrefix,
  printedLabelKeys,
} from './labels/digital-link';
export {
  type LabelDesign,
  type LabelSize,
  type LabelTextLine,
  labelDesign,
  type MmBox,
  minQrModuleMm,
  qrTextGapMm,
  scanHint,
} from './labels/label-design';
export {
  type LabelLayout,
  type LabelLayoutFault,
  type LabelLayoutFaultCode,
  type LabelLayoutField,
  labelCells,
  labelLayoutFault,
  labelLayoutLimits,
  labelsPerPage,
  qrModuleMm,
} from './labels/label-layout';
export { type LabelRun, labelRunCount, labelRunsOf, normalizeLabelRuns } from './labels/label-runs';
export {
  formatLabelCode,
  generateLabelSerials,
  isMistypedLabelSerial,
  type LabelSerialFault,
  type LabelSerialParse,
  labelSerialAlphabet,
  labelSerialCheckSymbol,
  labelSerialLength,
  parseLabelSerial,
} from './labels/label-serial';
export {
  type LabelAction,
  type LabelBatchState,
  type LabelBatchWork,
  type LabelPdfState,
  type LabelState,
  type LabelSystemVoidReason,
  type LabelTransition,
  type LabelTransitionFault,
  type LabelVoidReason,
  labelActions,
  labelBatchCancellable,
  labelBatchRetryable,
  labelBatchRetryWork,
  labelBatchStalled,
  labelBatchStallMs,
  labelBatchStates,
  labelBatchWorkInProgress,
  labelBatchWorkPhase,
  labelPdfStates,
  labelStates,
  labelSystemVoidReasons,
  labelTransition,
  labelVoidReasons,
  maxLabelBatchQuantity,
} from './labels/label-states';
export {
  fitLabelText,
  type LabelFont,
  type LabelTextRun,
  labelCodeRun,
  labelHintRuns,
  labelNameRuns,
  labelTextRuns,
  labelTextWidthMm,
  shrinkLabelText,
} from './labels/label-text-fit';
export { qrModuleCount, qrQuietZoneModules } from './labels/qr-capacity';
export {
  type Closure,
  type ClosureLimits,
  type ClosureNode,
  createGenealogy,
  type Genealogy,
  type LotLink,
  orderClosure,
} from './lots/genealogy';
export {
  expandLotCodePattern,
  type LotCodeDate,
  type LotCodePatternFault,
  lotCodePattern,
  lotCodePatternFault,
  lotCodeTokens,
  maxLotCodeLength,
} from './lots/lot-code';
export {
  inheritedStageIds,
  isProcessComplete,
  type LotJobState,
  type LotProgress,
  type LotStage,
  lotStages,
  type StageState,
} from './lots/lot-stages';
export { type MovedInput, type MovedLink, type MovedOutput, movedQuantities } from './lots/moved-quantities';
export {
  type ChainedRecord,
  type ChainFault,
  type ChainFaultKind,
  type ClosedBy,
  type GpsPoint,
  genesisHash,
  type RecordContent,
  type RecordKind,
  type RecordTransformation,
  recordHashInput,
  verifyLotChain,
  type WaitingFlag,
} from './lots/record-chain';
export {
  findStageJob,
  jobRecordable,
  jobsNeeded,
  type MissingJob,
  missingJobs,
  stageJobName,
} from './lots/stage-jobs';
export {
  type ConvertQuantity,
  planTransformation,
  type TransformationFault,
  type TransformationInput,
  type TransformationOutput,
  type TransformationPlan,
} from './lots/transformation-quantities';
export {
  type ApplicableWait,
  applicableWaits,
  firstAllowedDay,
  type LatestJobRecord,
  type WaitingTarget,
  waitingBreaches,
} from './lots/waiting-periods';
export {
  type BusinessStep,
  type BusinessStepSource,
  businessSteps,
  cbvBusinessStepPrefix,
  findBusinessStep,
  isKnownBusinessStep,
  nguonBusinessStepPrefix,
} from './processes/business-steps';
export {
  type LocalizedText,
  lacksEnglish,
  lotQuantityStage,
  type ProcessDefinition,
  type ProcessEdge,
  type ProcessStage,
  processSchemaVersion,
  type StageForm,
  type StageJob,
  type StageKind,
  type StagePosition,
  stageBindsLabels,
  stageJobs,
  stageKinds,
  type WaitingBreachMode,
  type WaitingPeriod,
  waitingBreachModes,
  type YieldRange,
} from './processes/process-definition';
export {
  diffProcessDefinitions,
  type EdgeByKey,
  type FieldDiff,
  type FieldPropertyChange,
  type FieldSummary,
  hasChanges,
  type ProcessDiff,
  type StageDiff,
  type StagePropertyChange,
} from './processes/process-diff';
export { emptyProcessDefinition, isProcessDefinitionChanged } from './processes/process-draft';
export {
  type CopiedStages,
  copyStages,
  nextStageKey,
  predecessors,
  stageKeyFollowsName,
  stageKeyFromName,
  startStageIds,
  successors,
  topologicalOrder,
  wouldCreateCycle,
} from './processes/process-editing';
export {
  checkStageJobs,
  type JobLabel,
  type JobProblem,
  jobKeyPattern,
  jobLabel,
  jobProblemCodes,
  stageWithJobsSettings,
} from './processes/process-job-problems';
export {
  checkProcessGraph,
  maxProcessEdges,
  maxProcessStages,
  maxStageNameLength,
  maxYieldPercent,
  type ProcessProblem,
  type ProcessProblemCode,
  processProblemCodes,
  type StageLabel,
  stageKeyPattern,
  stageLabel,
  type YieldRangeFault,
  yieldRangeFault,
} from './processes/process-problems';
export { type CertificationKind, certificationKinds } from './products/certification-kinds';
export { type ProductType, productTypeIds, productTypes } from './products/product-types';
export { type RecallClosureLot, recallClosure } from './recalls/recall-closure';
export {
  maxScanPeriodDays,
  parseScanPeriod,
  type ScanPeriod,
  type ScanPeriodFault,
  vietnamDayOf,
} from './scans/scan-days';
export {
  defaultScanSignalSettings,
  isRepeatScan,
  type RecentScan,
  repeatScanWindowMs,
  type ScanSignalKind,
  type ScanSignalSettings,
  type SpreadFigures,
  scanCountTrips,
  scanSettingsFault,
  scanSignalKinds,
  scanSignalLimits,
  spreadFigures,
  spreadTrips,
} from './scans/scan-signals';
export {
  applyTemplateDetailParts,
  type TemplateDetailChange,
  type TemplateDetailPart,
  type TemplateDetailsShape,
  type TemplateDetailsTriple,
  templateDetailChanges,
  wholeTemplateDetailParts,
} from './templates/template-details-merge';
export {
  catalogReferencesIn,
  currentTemplateSchemaVersion,
  renameCatalogReferences,
  type TemplateUpgrade,
  templateCatalogKeyPattern,
  templateFormatSteps,
  templateKeyPattern,
  upgradeTemplateFile,
} from './templates/template-format';
export {
  applyTemplateStages,
  type CatalogMap,
  catalogKeysOfStage,
  instantiateTemplateDefinition,
  renameStageCatalogs,
  type TemplateStageChange,
  type TemplateStageChangeKind,
  templateStageChanges,
} from './templates/template-use';
export { foldText, searchWords } from './text/fold-text';
export {
  jsonSyntaxErrorOffset,
  jsonSyntaxErrorPosition,
  type TextPosition,
  textPositionOf,
} from './text/json-syntax-error';
export {
  certificationExpired,
  certificationName,
  type NamedCertification,
} from './trace/certification-names';
export {
  addDays,
  type DatedRecord,
  type LotDates,
  lotDateKind,
  lotDates,
  vietnamDay,
} from './trace/lot-dates';
