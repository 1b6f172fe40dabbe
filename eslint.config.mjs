// Lint for the whole workspace. Module boundaries (the README's "Layout"): a module depends on its
// own scope and on platform only, the shell never on a module, browser code never on server-only packages,
// pure layers (domain, contract) never on I/O. Rules follow the projects' Nx tags, read from their
// package.json files, so a module made by the generator gets every rule without an edit here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const serverOnlyPackages = [
  '@trpc/server',
  '@trpc/server/*',
  'drizzle-orm',
  'drizzle-orm/*',
  'postgres',
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  'fastify',
  '@fastify/*',
  'pino',
  'prom-client',
  'node:*',
];

/** Every project of the workspace with its folder and tags (apps/*, libs/<scope>/*, tools/*). */
function workspaceProjects() {
  const root = import.meta.dirname;
  const folders = [
    ...['apps', 'tools'].flatMap((top) => readdirSync(path.join(root, top)).map((name) => `${top}/${name}`)),
    ...readdirSync(path.join(root, 'libs')).flatMap((scope) =>
      readdirSync(path.join(root, 'libs', scope)).map((name) => `libs/${scope}/${name}`),
    ),
  ];
  return folders.flatMap((folder) => {
    const manifest = path.join(root, folder, 'package.json');
    if (!existsSync(manifest)) return [];
    const tags = JSON.parse(readFileSync(manifest, 'utf8')).nx?.tags ?? [];
    return [{ folder, tags }];
  });
}

const projects = workspaceProjects();
const sharedScopes = new Set(['platform', 'shell', 'tools']);
/** The domain modules: every scope a project carries that is not a shared one. */
const modules = [
  ...new Set(projects.flatMap(({ tags }) => tags.filter((tag) => tag.startsWith('scope:')).map((tag) => tag.slice(6)))),
].filter((scope) => !sharedScopes.has(scope));

/** Source files of every project carrying one of the tags. */
function filesOfProjectsTagged(...wanted) {
  return projects
    .filter(({ tags }) => tags.some((tag) => wanted.includes(tag)))
    .map(({ folder }) => `${folder}/**/*.{ts,tsx}`);
}

// The boundary rule sees only packages; Node's built-ins need naming for no-restricted-imports.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

// Tests of a contract may use the test tools; the contract itself may import zod only.
const testToolPackages = ['vitest', 'fast-check'];

function moduleBoundaries({ testTools }) {
  const options = {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      // Scopes: a module sees itself and the platform; the shell sees the platform only.
      ...modules.map((m) => ({
        sourceTag: `scope:${m}`,
        onlyDependOnLibsWithTags: [`scope:${m}`, 'scope:platform'],
      })),
      { sourceTag: 'scope:shell', onlyDependOnLibsWithTags: ['scope:shell', 'scope:platform'] },
      { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform'] },
      { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },
      // Layers inside a module.
      {
        sourceTag: 'type:contract',
        onlyDependOnLibsWithTags: ['type:contract'],
        allowedExternalImports: testTools ? ['zod', ...testToolPackages] : ['zod'],
      },
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:contract', 'type:domain'],
        bannedExternalImports: serverOnlyPackages,
      },
      {
        sourceTag: 'type:data',
        onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:data'],
      },
      {
        sourceTag: 'type:api',
        onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:data', 'type:util'],
      },
      // An app (a remote, a service, the shell) builds on libraries, never on another app; tools that run
      // apps (the launcher, the benchmark) are type:tool.
      {
        sourceTag: 'type:app',
        onlyDependOnLibsWithTags: ['type:api', 'type:data', 'type:domain', 'type:contract', 'type:util', 'type:ui', 'type:feature'],
      },
      { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'] },
      { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain', 'type:contract'] },
      { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:util', 'type:contract', 'type:domain'] },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:data', 'type:domain', 'type:contract'] },
      // Browser code never bundles server-only packages; it may name an api lib for its types only
      // (checked below with no-restricted-imports, which tells type imports apart).
      {
        sourceTag: 'runtime:browser',
        onlyDependOnLibsWithTags: ['runtime:browser', 'runtime:any', 'type:api'],
        // Tests run in Node: they may serve a real tRPC router in process to the client under test.
        bannedExternalImports: testTools
          ? serverOnlyPackages.filter((name) => !name.startsWith('@trpc/server'))
          : serverOnlyPackages,
      },
      { sourceTag: 'runtime:any', onlyDependOnLibsWithTags: ['runtime:any'], bannedExternalImports: serverOnlyPackages },
    ],
  };
  if (!testTools) return options;
  // Tests may also use the workspace's test kits (e.g. the dev identity provider's token helper).
  for (const constraint of options.depConstraints) {
    const allowed = constraint.onlyDependOnLibsWithTags;
    if (allowed && !allowed.includes('*')) constraint.onlyDependOnLibsWithTags = [...allowed, 'scope:tools'];
  }
  return options;
}

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/migrations/meta/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ testTools: false })],
    },
  },
  {
    // Browser projects (tag runtime:browser: the shell, every remote, the UI libs): api libs for
    // `import type` only, data libs and services never, no Node built-ins, React's hook rules.
    files: filesOfProjectsTagged('runtime:browser'),
    // Build configuration and tests run in Node.
    ignores: ['**/*.config.ts', '**/test/**', '**/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@asiointi/([a-z0-9-]+-api|platform-audit)$',
              allowTypeImports: true,
              message: 'Browser code may import an api lib for its types only: use `import type`.',
            },
            {
              regex: '^@asiointi/[a-z0-9-]+-(data|service)$',
              message: 'Browser code never imports a data lib or a service.',
            },
          ],
          paths: nodeBuiltins.map((name) => ({ name, message: 'Browser code cannot use Node built-ins.' })),
        },
      ],
    },
  },
  {
    // Pure layers: a domain or contract lib runs anywhere (browser and Node) and does no I/O.
    files: filesOfProjectsTagged('type:domain', 'type:contract'),
    ignores: ['**/*.config.ts', '**/test/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Domain and contract libs are pure: no Node built-ins (no I/O, and they run in browsers too).',
          })),
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**/*.{ts,tsx}'],
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries({ testTools: true })] },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**/*.{ts,tsx}', 'tools/**/*.{ts,mjs}', '**/*.config.ts', 'apps/*-service/src/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS entry points Nx requires (the generators' factories).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Build and test configuration is tooling, not part of a project's code graph.
    files: ['**/vitest.config.ts', '**/vite.config.ts', '**/drizzle.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
);
