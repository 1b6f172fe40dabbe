import { fileURLToPath } from 'node:url';
import type { DatabaseDefinition } from '@asiointi/platform-db';
import * as notificationsSchema from './fixtures/notifications-schema';

export const notificationsDatabase: DatabaseDefinition<typeof notificationsSchema> = {
  schemaName: 'platform_notifications_test',
  migrationsFolder: fileURLToPath(new URL('./fixtures/migrations', import.meta.url)),
  drizzleSchema: notificationsSchema,
};

export { notificationsSchema };
