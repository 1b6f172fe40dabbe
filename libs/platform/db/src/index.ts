export type {
  AppDatabase,
  DatabaseDefinition,
  DatabaseDialect,
  OpenDatabase,
  OpenDatabaseOptions,
} from './database-types';
export { isDatabaseUnavailable } from './database-unavailable';
export { openDatabase } from './open-database';
export { PgErrorCode, postgresErrorCode } from './postgres-error-code';
export { retryOnConflict } from './retry-on-conflict';
export { selectRows } from './select-rows';
