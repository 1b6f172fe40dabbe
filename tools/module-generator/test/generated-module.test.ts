// A module made by the generator, for real, in a copy of the workspace: its six projects pass lint,
// typecheck, test (database tests on PGlite, and on PostgreSQL when DATABASE_URL is set) and build; lint
// holds it to the module boundaries; the registrations stay in sync; a second run for the name is refused.
// (Its browser smoke test runs with the portal's browser tests once a module is generated in the workspace.)
import { existsSync } from 'node:fs';
import path from 'node:path';
import { moduleBoundaryProbes, type BoundaryProbe } from '@asiointi/workspace-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyWorkspace,
  linkWorkspacePackages,
  removeCopy,
  runInCopy,
  type CommandResult,
} from './workspace-copy';

const name = 'kit-check';
const projects = ['contract', 'domain', 'data', 'api']
  .map((layer) => `${name}-${layer}`)
  .concat([name, `${name}-service`]);

function nx(copy: string, ...args: string[]): CommandResult {
  return runInCopy(copy, path.join(copy, 'node_modules/.bin/nx'), args);
}

function generate(copy: string): CommandResult {
  return nx(
    copy,
    'g',
    '@asiointi/module-generator:module',
    name,
    '--title-fi=Tarkistuspalvelu',
    '--title-sv=Kontrolltjänst',
    '--title-en=Check service',
    '--staff-roles=family-centre-worker',
    '--skipInstall',
    '--no-interactive',
  );
}

/** The rules ESLint fires for a snippet placed at `file` of the copy. */
function lintProbe(copy: string, probe: BoundaryProbe): string[] {
  const eslint = path.join(copy, 'node_modules/.bin/eslint');
  const result = runInCopy(copy, eslint, ['--format', 'json', '--stdin', '--stdin-filename', probe.file], {
    input: probe.code,
  });
  const reports = JSON.parse(result.output.slice(result.output.indexOf('['))) as {
    messages: { ruleId: string | null; message: string }[];
  }[];
  return reports.flatMap((report) =>
    report.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`),
  );
}

describe('a module made by the generator', () => {
  let copy: string | undefined;
  let generated: CommandResult;

  beforeAll(() => {
    copy = copyWorkspace();
    generated = generate(copy);
    linkWorkspacePackages(copy);
  });
  afterAll(() => removeCopy(copy));

  it('is written with its first migrations', () => {
    expect(generated.status, generated.output).toBe(0);
    expect(existsSync(path.join(copy!, `apps/${name}-service/src/${name}-service.ts`))).toBe(true);
    const migrations = path.join(copy!, `libs/${name}/data/migrations`);
    expect(existsSync(path.join(migrations, '0000_create_module_tables.sql'))).toBe(true);
    expect(existsSync(path.join(migrations, '0001_audit_log_append_only.sql'))).toBe(true);
  });

  it('passes lint, typecheck, its tests and its build', () => {
    const checked = nx(
      copy!,
      'run-many',
      '-t',
      'lint',
      'typecheck',
      'test',
      'build',
      '-p',
      ...projects,
      '--outputStyle=static',
    );
    expect(checked.status, checked.output.slice(-6000)).toBe(0);
  }, 900_000);

  it('is held to the module boundaries by lint', () => {
    for (const probe of moduleBoundaryProbes(name, 'KitCheckRouter', 'booking')) {
      const fired = lintProbe(copy!, probe);
      if (probe.refusedBy.length === 0) expect(fired, probe.name).toEqual([]);
      for (const rule of probe.refusedBy) expect(fired, probe.name).toContain(rule);
    }
  }, 300_000);

  it('leaves the registrations in sync, and is refused a second time', () => {
    const check = nx(copy!, 'sync:check');
    expect(check.status, check.output).toBe(0);
    const again = generate(copy!);
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(`A module named "${name}" exists already`);
  }, 120_000);
});
