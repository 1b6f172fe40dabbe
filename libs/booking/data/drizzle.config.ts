// `npx drizzle-kit generate --name <change>` in this folder writes the next migration into ./migrations.
// Never `push`: every service migrates its own schema at start. What drizzle-kit cannot express goes into
// `npx drizzle-kit generate --custom --name <change>`, e.g. 0002_audit_log_append_only.sql, which holds
// `appendOnlyTriggerSql('booking')` of @asiointi/platform-audit (test/audit-log.test.ts keeps them equal).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './migrations',
});
