// Test helpers, a separate entry point so that service code never pulls vitest in.
export { describeOnDatabases, type DatabaseTestEngine } from './describe-on-databases';
export {
  availableTestDialects,
  createTestDatabase,
  type CreateTestDatabaseOptions,
  type TestDatabase,
} from './test-database';
export { createScratchDatabase, type ScratchDatabase } from './scratch-database';
export { databaseFingerprint, type DatabaseFingerprintOptions } from './database-fingerprint';
export { rowIds, type RowIdsOptions } from './row-ids';
