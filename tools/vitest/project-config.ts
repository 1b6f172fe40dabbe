// One vitest setup for every project: the project's own folder, and a JSON report per project that the
// workspace test command sums into its closing "N passed, N failed" line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function projectTestConfig(projectDir: string, overrides: ViteUserConfig = {}): ViteUserConfig {
  const manifest = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
    nx: { name: string };
  };
  const reportFile = path.join(workspaceRoot, 'dist/test-results', `${manifest.nx.name}.json`);
  return mergeConfig(
    defineConfig({
      root: projectDir,
      test: {
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        reporters: ['default', 'json'],
        outputFile: { json: reportFile },
        passWithNoTests: false,
      },
    }),
    overrides,
  );
}
