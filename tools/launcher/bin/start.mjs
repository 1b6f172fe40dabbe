#!/usr/bin/env node
// `npm start`: build what the portal serves (Nx caches it, so a second start is quick), then run it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// The shell and every module's remote: the browser projects that have a build.
const frontends = ['tag:runtime:browser'];

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...frontends, '--outputStyle=static'], {
  cwd: workspaceRoot,
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const portal = spawn(process.execPath, ['--import', 'tsx', path.join(workspaceRoot, 'tools/launcher/src/main.ts')], {
  cwd: workspaceRoot,
  stdio: 'inherit',
});
// Ctrl-C reaches both processes (same process group); the portal stops itself cleanly.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => portal.kill('SIGTERM'));
portal.on('exit', (code) => process.exit(code ?? 0));
