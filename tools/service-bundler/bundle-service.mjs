#!/usr/bin/env node
// Bundles a service for production: one ESM entry (<out>/main.mjs) for Node 20, its migrations next to it,
// and a package.json whose only (optional) dependency is PGlite.
//
//   node bundle-service.mjs --entry src/main.ts --out <dir> --migrations <dir>
//
// PGlite stays outside the bundle: a production service always has DATABASE_URL and never loads it, and
// code splitting keeps the dynamic import that loads it (with its driver) in a chunk of its own.
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pglite = '@electric-sql/pglite';

// Runs first in every output file. CommonJS dependencies expect require, __filename and __dirname; the bundle
// defaults MIGRATIONS_DIR to the migrations copied next to it (chunks sit beside main.mjs, so the URL fits).
const banner = `import { createRequire as __bundleCreateRequire } from 'node:module';
import { dirname as __bundleDirname } from 'node:path';
import { fileURLToPath as __bundleFileURLToPath } from 'node:url';
const require = __bundleCreateRequire(import.meta.url);
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleDirname(__filename);
process.env.MIGRATIONS_DIR ??= __bundleFileURLToPath(new URL('./migrations', import.meta.url));`;

function readArguments() {
  const { values } = parseArgs({
    options: { entry: { type: 'string' }, out: { type: 'string' }, migrations: { type: 'string' } },
  });
  if (!values.entry || !values.out) {
    throw new Error('usage: bundle-service.mjs --entry src/main.ts --out <dir> [--migrations <dir>]');
  }
  return {
    entry: path.resolve(values.entry),
    outDir: path.resolve(values.out),
    migrations: values.migrations && path.resolve(values.migrations),
  };
}

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

async function bundle(entry, outDir) {
  await build({
    entryPoints: { main: entry },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: [pglite, `${pglite}/*`],
    banner: { js: banner },
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

async function copyMigrations(migrations, outDir) {
  const journal = path.join(migrations, 'meta', '_journal.json');
  await stat(journal).catch(() => {
    throw new Error(`--migrations ${migrations} holds no meta/_journal.json`);
  });
  await cp(migrations, path.join(outDir, 'migrations'), { recursive: true });
}

async function writeManifest(outDir) {
  const root = await readJson(path.join(workspaceRoot, 'package.json'));
  const service = await readJson(path.resolve('package.json')).catch(() => ({}));
  const manifest = {
    name: service.name ?? path.basename(outDir),
    version: service.version ?? '0.0.0',
    private: true,
    type: 'module',
    main: 'main.mjs',
    engines: { node: root.engines?.node ?? '>=20' },
    optionalDependencies: { [pglite]: root.dependencies[pglite] },
  };
  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

const { entry, outDir, migrations } = readArguments();
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
await bundle(entry, outDir);
if (migrations) await copyMigrations(migrations, outDir);
await writeManifest(outDir);
console.log(
  `bundled ${path.relative(process.cwd(), entry)} -> ${path.join(path.relative(process.cwd(), outDir), 'main.mjs')}`,
);
