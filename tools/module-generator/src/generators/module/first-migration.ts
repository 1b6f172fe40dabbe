// The module's first migrations, made by drizzle-kit from its schema (so that the next `drizzle-kit generate`
// finds nothing to add): the platform's tables and the module's own, then the audit log's append-only trigger.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appendOnlyTriggerSql } from '@asiointi/platform-audit';

export function writeFirstMigrations(workspaceRoot: string, dataLib: string, schemaName: string): void {
  const cwd = path.join(workspaceRoot, dataLib);
  const drizzleKit = path.join(workspaceRoot, 'node_modules/.bin/drizzle-kit');
  const generate = (...args: string[]) =>
    execFileSync(drizzleKit, ['generate', '--config', 'drizzle.config.ts', ...args], { cwd, stdio: 'pipe' });
  generate('--name', 'create_module_tables');
  generate('--custom', '--name', 'audit_log_append_only');
  const folder = path.join(cwd, 'migrations');
  const custom = readdirSync(folder).find((file) => file.endsWith('_audit_log_append_only.sql'));
  if (!custom) throw new Error(`drizzle-kit wrote no audit_log_append_only migration in ${folder}`);
  writeFileSync(path.join(folder, custom), appendOnlyTriggerSql(schemaName));
}
