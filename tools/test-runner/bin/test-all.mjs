#!/usr/bin/env node
// The workspace test command (`npm test`): lint, typecheck, unit and database tests, builds and browser
// tests through Nx, then one closing line "N passed, N failed" summed over every test runner's report.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../src/ensure-chromium.mjs';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const reportsDir = path.join(workspaceRoot, 'dist/test-results');
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['lint', 'typecheck', 'test', 'build', 'e2e'];

if (targets.includes('e2e')) ensureChromium();

rmSync(reportsDir, { recursive: true, force: true });
const nx = spawnSync('npx', ['nx', 'run-many', '-t', ...targets, '--outputStyle=stream'], {
  cwd: workspaceRoot,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const reports = existsSync(reportsDir) ? readdirSync(reportsDir).filter((name) => name.endsWith('.json')) : [];
for (const name of reports) {
  const report = JSON.parse(readFileSync(path.join(reportsDir, name), 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed without a failing test failed in its setup (a beforeAll, an import): its tests never
  // ran and the report calls them skipped. They count as failed, and such a file counts at least once.
  for (const file of report.testResults ?? []) {
    const results = file.assertionResults ?? [];
    if (file.status !== 'failed' || results.some((test) => test.status === 'failed')) continue;
    const notRun = results.filter((test) => test.status !== 'passed').length;
    totals.failed += Math.max(notRun, 1);
    totals.skipped -= notRun;
  }
}

const tasksFailed = nx.status !== 0;
if (tasksFailed) console.error('\nSome Nx tasks failed (see above): lint, typecheck, build or a test run that did not finish.');
console.log(`\n${reports.length} test reports read.`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(tasksFailed || totals.failed > 0 || reports.length === 0 ? 1 : 0);
