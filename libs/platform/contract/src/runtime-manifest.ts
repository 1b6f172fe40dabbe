import { localizedTextSchema } from './localized-text';
import { z } from 'zod';

/**
 * A module's name: its path in the portal (/family-centre), its service's audit name and its acting scope.
 * The shell knows no list of them: whatever the manifest names is deployed.
 */
export const moduleNameSchema = z
  .string()
  .max(40)
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a module name is lower-case words joined by hyphens');
export type ModuleName = z.infer<typeof moduleNameSchema>;

/**
 * The name a module's remote has in the federation runtime (its Vite config's `name`): the module's name
 * with underscores for hyphens, since federation names become JavaScript identifiers.
 */
export function federationNameOf(name: ModuleName): string {
  return name.replaceAll('-', '_');
}

/** A path inside the module, e.g. "staff": no leading slash, no way out of the module's own routes. */
const modulePathSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/);

const httpUrlSchema = z.url({ protocol: /^https?$/ });

export const runtimeRemoteSchema = z.object({
  name: moduleNameSchema,
  /** The remote's mf-manifest.json; its chunks resolve relative to it, wherever it is served. */
  manifestUrl: httpUrlSchema,
  /** Base URL of the module's own service; the remote calls `${apiUrl}/trpc`. */
  apiUrl: httpUrlSchema,
  /** The deployed version, for support and cache busting. */
  version: z.string().min(1).max(50),
  /** The module's name as residents read it on its tile, its pages and "who has handled my data". */
  title: localizedTextSchema,
  /** One sentence under the title on the front page. */
  description: localizedTextSchema,
  /** Where the module's pages for professionals are, linked from the staff bar. */
  staff: z.object({ path: modulePathSchema, title: localizedTextSchema }).optional(),
});
export type RuntimeRemote = z.infer<typeof runtimeRemoteSchema>;

/**
 * remotes.json, served next to the shell: which modules are deployed and where. Moving or
 * shipping a remote changes only this file, never the shell's build.
 */
export const runtimeManifestSchema = z
  .object({ remotes: z.array(runtimeRemoteSchema).max(50) })
  .superRefine(({ remotes }, ctx) => {
    const seen = new Set<string>();
    remotes.forEach(({ name }, index) => {
      if (seen.has(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `Remote "${name}" is listed twice`,
          path: ['remotes', index, 'name'],
        });
      }
      seen.add(name);
    });
  });
export type RuntimeManifest = z.infer<typeof runtimeManifestSchema>;
