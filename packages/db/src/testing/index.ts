export {
  fixtureTransformation,
  type GenealogyScaffold,
  genealogyScaffold,
  insertFixtureLots,
} from './genealogy-fixtures';
export { crashHolder, type HolderRun, startEmbeddedDatabaseHolder, stopHolder } from './holder-process';
export {
  createTestDatabase,
  postgresTestUrl,
  servicesRequired,
  type TestDatabase,
  testDrivers,
} from './test-database';
