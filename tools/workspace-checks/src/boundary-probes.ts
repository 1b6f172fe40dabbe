// What lint must refuse (and allow) in every domain module, as snippets placed where a file of the module
// would be. The workspace's own test runs them against booking; the module generator's test runs them
// against a module it has just generated, so a new module gets the same rules without an edit.

export const boundaryRule = '@nx/enforce-module-boundaries';
/** Tells type imports apart: browser code may name an api lib's types only. */
export const browserImportsRule = '@typescript-eslint/no-restricted-imports';
/** Node built-ins in pure layers (domain, contract). */
export const pureLayerImportsRule = 'no-restricted-imports';

export interface BoundaryProbe {
  /** What the probe shows, for the test's name. */
  name: string;
  /** Where the snippet pretends to be, relative to the workspace root. */
  file: string;
  code: string;
  /** Rules that must fire; empty: the snippet must pass lint. */
  refusedBy: readonly string[];
}

function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * The probes for module `name` (apps/<name>, libs/<name>/*): `routerType` is its api lib's router type,
 * `otherModule` another module whose contract it must not import.
 */
export function moduleBoundaryProbes(name: string, routerType: string, otherModule: string): BoundaryProbe[] {
  const remote = `apps/${name}/src/boundary-probe.ts`;
  const domain = `libs/${name}/domain/src/boundary-probe.ts`;
  const contract = `libs/${name}/contract/src/boundary-probe.ts`;
  const router = `${camel(name)}Router`;
  return [
    {
      name: 'the remote may import its api lib for the router type',
      file: remote,
      code: `import type { ${routerType} } from '@asiointi/${name}-api';\nexport type Probe = ${routerType};\n`,
      refusedBy: [],
    },
    {
      name: 'the remote may not import its api lib as a value',
      file: remote,
      code: `import { ${router} } from '@asiointi/${name}-api';\nexport const probe = ${router};\n`,
      refusedBy: [browserImportsRule],
    },
    {
      name: 'the remote may not import its data lib',
      file: remote,
      code: `import * as data from '@asiointi/${name}-data';\nexport const probe = data;\n`,
      refusedBy: [browserImportsRule, boundaryRule],
    },
    {
      name: 'the remote may not use Node built-ins',
      file: remote,
      code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      refusedBy: [browserImportsRule],
    },
    {
      name: 'the domain lib may not use Node built-ins',
      file: domain,
      code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
      refusedBy: [pureLayerImportsRule],
    },
    {
      name: 'the domain lib may not do database I/O',
      file: domain,
      code: "import { drizzle } from 'drizzle-orm/postgres-js';\nexport const probe = drizzle;\n",
      refusedBy: [boundaryRule],
    },
    {
      name: 'the contract may not use Node built-ins',
      file: contract,
      code: "import path from 'node:path';\nexport const probe = path;\n",
      refusedBy: [pureLayerImportsRule],
    },
    {
      name: 'the module may not reach into another module',
      file: domain,
      code: `import * as other from '@asiointi/${otherModule}-contract';\nexport const probe = other;\n`,
      refusedBy: [boundaryRule],
    },
    {
      name: 'the remote may not build on another app, its own service included',
      file: remote,
      code: `import * as service from '@asiointi/${name}-service';\nexport const probe = service;\n`,
      refusedBy: [browserImportsRule, boundaryRule],
    },
  ];
}
