// A throwaway copy of the workspace for the generator's end-to-end test: the files git knows (with the
// working tree's changes), and a node_modules of links to the real one's packages, except the workspace's
// own packages, which link to the copy's projects (as npm install would link them).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from './workspace-tree';

export function copyWorkspace(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'asiointi-generator-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: workspaceRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(workspaceRoot, file);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(from, path.join(copy, file));
  }
  mkdirSync(path.join(copy, 'node_modules', '@asiointi'), { recursive: true });
  for (const entry of readdirSync(path.join(workspaceRoot, 'node_modules'))) {
    if (entry === '@asiointi' || entry === '.package-lock.json') continue;
    symlinkSync(path.join(workspaceRoot, 'node_modules', entry), path.join(copy, 'node_modules', entry));
  }
  linkWorkspacePackages(copy);
  return copy;
}

/** node_modules/@asiointi/<package> for every project of the copy that has none yet (after generating). */
export function linkWorkspacePackages(copy: string): void {
  const folders = [
    ...['apps', 'tools'].flatMap((top) => readdirSync(path.join(copy, top)).map((name) => `${top}/${name}`)),
    ...readdirSync(path.join(copy, 'libs')).flatMap((scope) =>
      readdirSync(path.join(copy, 'libs', scope)).map((name) => `libs/${scope}/${name}`),
    ),
  ];
  for (const folder of folders) {
    const manifest = path.join(copy, folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name;
    const link = path.join(copy, 'node_modules', name);
    if (!existsSync(link)) symlinkSync(path.relative(path.dirname(link), path.join(copy, folder)), link);
  }
}

export interface CommandResult {
  status: number;
  output: string;
}

/**
 * A command in the copy, with an environment free of the outer run's Nx and npm settings (which would
 * point the inner Nx at the real workspace).
 */
export function runInCopy(
  copy: string,
  command: string,
  args: string[],
  { input, timeoutMs = 900_000 }: { input?: string; timeoutMs?: number } = {},
): CommandResult {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(NX_|npm_|INIT_CWD$|VITEST|TEST$)/i.test(key)),
  );
  const result = spawnSync(command, args, {
    cwd: copy,
    env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', CI: 'true' },
    encoding: 'utf8',
    input,
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export function removeCopy(copy: string | undefined): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
}
