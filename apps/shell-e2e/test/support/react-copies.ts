// Finds the files of a remote's build that hold its own fallback copy of React or ReactDOM, by the
// version export each copy carries. The portal must never download them: the remote uses the shell's.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function reactCopiesInBuild(buildDir: string): string[] {
  const version = (require('react/package.json') as { version: string }).version;
  const markers = [`version=\`${version}\``, `bundleType:0,version:\`${version}\``];
  const assetsDir = path.join(buildDir, 'assets');
  return readdirSync(assetsDir)
    .filter((name) => name.endsWith('.js'))
    .filter((name) => {
      const content = readFileSync(path.join(assetsDir, name), 'utf8');
      return markers.some((marker) => content.includes(marker));
    });
}
