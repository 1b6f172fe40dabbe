// A module is also a scope of acting on behalf: a guardian or a mandate holder is allowed or refused per
// module. The portal's relations service decides the scopes platform-auth lists, so every module is listed
// there (in production the region registers the service in its mandate register likewise); scopes of
// modules still to come may be listed ahead of them.
import type { Tree } from '@nx/devkit';

export const actingScopesFile = 'libs/platform/auth/src/guardianship/acting-scopes.ts';

export function addActingScope(tree: Tree, name: string): void {
  const source = tree.read(actingScopesFile, 'utf-8');
  const match = source?.match(/export const ACTING_SCOPES = \[([^\]]*)\] as const;/);
  if (!source || !match)
    throw new Error(`${actingScopesFile}: no "export const ACTING_SCOPES = [...] as const;"`);
  const scopes = [...(match[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)].map((scope) => scope[1]);
  if (scopes.includes(name)) return;
  const list = [...scopes, name].map((scope) => `'${scope}'`).join(', ');
  tree.write(actingScopesFile, source.replace(match[0], `export const ACTING_SCOPES = [${list}] as const;`));
}
