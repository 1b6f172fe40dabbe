import { localizedTextSchema } from './localized-text';
import { moduleNameSchema } from './module-name';
import { z } from 'zod';

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
