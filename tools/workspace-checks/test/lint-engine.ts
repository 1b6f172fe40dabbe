// Lints a snippet as if it were a file at a given path of the workspace, with the workspace's own
// ESLint configuration and Nx project graph, and returns the rules that fired.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let eslint: ESLint | undefined;

export async function ruleViolations(relativeFilePath: string, code: string): Promise<string[]> {
  if (!eslint) {
    // The boundary rule reads the cached project graph; make sure there is one.
    await createProjectGraphAsync({ exitOnError: false });
    eslint = new ESLint({ cwd: workspaceRoot });
  }
  const [result] = await eslint.lintText(code, { filePath: path.join(workspaceRoot, relativeFilePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}
