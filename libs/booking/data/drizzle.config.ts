// `npx drizzle-kit generate --name <change>` in this folder writes the next migration into ./migrations.
// Never `push`: every service migrates its own schema at start.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './migrations',
});
