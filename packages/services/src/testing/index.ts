// The services test kit: for this package's tests only (not exported from src/index.ts).
export {
  bringToDrying,
  createFarmKit,
  createTwoFarms,
  type FarmKit,
  farmDefinition,
  field,
  formOf,
  newLot,
  plotOf,
  stageOf,
  type TwoFarms,
} from './farm-kit';
export { insertLabelBatch, mistyped, type TestLabelBatch, unknownSerial } from './label-kit';
export { refusalOf } from './refusal';
export { createServiceKit, type FixedSources, fixedSources, type ServiceKit } from './service-kit';
export {
  draftDetailsOf,
  publishTestTemplate,
  readRepoTemplate,
  repoTemplatesDir,
  type TestTemplate,
} from './template-kit';
export { minimalObject, storeRawTemplateVersion, teaTemplate, tenantRowCounts } from './template-use-kit';
export { createTenantKit, signedInPerson, type TenantKit } from './tenant-kit';
export { tinyPng } from './tiny-png';
