import { fileURLToPath } from 'node:url';
import type { DatabaseDefinition } from '@asiointi/platform-db';
import * as eventsSchema from './fixtures/events-schema';

export const eventsDatabase: DatabaseDefinition<typeof eventsSchema> = {
  schemaName: 'platform_events_test',
  migrationsFolder: fileURLToPath(new URL('./fixtures/migrations', import.meta.url)),
  drizzleSchema: eventsSchema,
};

export { eventsSchema };
