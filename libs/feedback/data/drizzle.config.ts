// `npx drizzle-kit generate --config drizzle.config.ts --name <change>` in this folder writes the next
// migration into ./migrations. Never `push`: the service migrates its own schema at start. What drizzle-kit
// cannot express goes into `--custom` migrations, e.g. the audit log's append-only trigger
// (`appendOnlyTriggerSql('feedback')` of @asiointi/platform-audit; test/audit-log.test.ts keeps them equal).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './migrations',
});
