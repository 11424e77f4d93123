export {
  createTestDatabase,
  postgresTestUrl,
  servicesRequired,
  type TestDatabase,
  testDrivers,
} from './test-database';
