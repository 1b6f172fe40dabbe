import { fileURLToPath } from 'node:url';
import type { DatabaseDefinition } from '../src/index';
import * as notesSchema from './fixtures/notes-schema';

export const fixtureSchemaName = 'platform_db_test';

export const notesDatabase: DatabaseDefinition<typeof notesSchema> = {
  schemaName: fixtureSchemaName,
  migrationsFolder: fileURLToPath(new URL('./fixtures/migrations', import.meta.url)),
  drizzleSchema: notesSchema,
};
